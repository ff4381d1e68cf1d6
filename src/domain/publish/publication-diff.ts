import type { PublicSnapshot } from './snapshot';

/** What changed between two publications, by zone: the planner reads it before confirming. */
export interface PublicationChanges {
  added: string[];
  /** Zones whose tier, name, declaration, earliest release or outline changed. */
  adjusted: string[];
  lifted: string[];
}

const outline = (zone: PublicSnapshot['zones'][number]) => JSON.stringify(zone.geometry.coordinates);

/** Zone by zone (by id), what `next` adds, changes and no longer holds since `previous` (none: all added). */
export function publicationChanges(previous: PublicSnapshot | undefined, next: PublicSnapshot): PublicationChanges {
  const before = new Map((previous?.zones ?? []).map((zone) => [zone.id, zone]));
  const after = new Set(next.zones.map((zone) => zone.id));
  const changes: PublicationChanges = { added: [], adjusted: [], lifted: [] };
  for (const zone of next.zones) {
    const old = before.get(zone.id);
    if (!old) changes.added.push(zone.name);
    else if (
      old.tier !== zone.tier ||
      old.name !== zone.name ||
      old.declaredOn !== zone.declaredOn ||
      old.release?.earliestOn !== zone.release?.earliestOn ||
      outline(old) !== outline(zone)
    )
      changes.adjusted.push(zone.name);
  }
  for (const [id, zone] of before) if (!after.has(id)) changes.lifted.push(zone.name);
  return changes;
}
