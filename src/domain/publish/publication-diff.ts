import type { PublishedZone } from '../plan/publication';
import type { PublicSnapshot } from './snapshot-types';

/** What changed between two publications, by zone: the planner reads it before confirming. */
export interface PublicationChanges {
  added: string[];
  /** Zones whose tier, name, declaration, earliest release or outline changed. */
  adjusted: string[];
  lifted: string[];
}

/** FNV-1a over a string, as 8 hex digits: enough to tell two outlines apart in a plan's record. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The zones of a snapshot as a record keeps them. */
export function publishedZones(snapshot: PublicSnapshot): PublishedZone[] {
  return snapshot.zones.map((zone) => ({
    id: zone.id,
    name: zone.name,
    tier: zone.tier,
    declaredOn: zone.declaredOn,
    ...(zone.release ? { earliestOn: zone.release.earliestOn } : {}),
    outline: shortHash(JSON.stringify(zone.geometry.coordinates)),
  }));
}

/** Zone by zone (by id), what `next` adds, changes and no longer holds since `previous` (none: all added). */
export function publicationChanges(
  previous: readonly PublishedZone[] | undefined,
  next: readonly PublishedZone[],
): PublicationChanges {
  const before = new Map((previous ?? []).map((zone) => [zone.id, zone]));
  const after = new Set(next.map((zone) => zone.id));
  const changes: PublicationChanges = { added: [], adjusted: [], lifted: [] };
  for (const zone of next) {
    const old = before.get(zone.id);
    if (!old) changes.added.push(zone.name);
    else if (
      old.tier !== zone.tier ||
      old.name !== zone.name ||
      old.declaredOn !== zone.declaredOn ||
      old.earliestOn !== zone.earliestOn ||
      old.outline !== zone.outline
    )
      changes.adjusted.push(zone.name);
  }
  for (const [id, zone] of before) if (!after.has(id)) changes.lifted.push(zone.name);
  return changes;
}
