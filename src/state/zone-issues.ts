import type { AreaGeometry } from '../domain/geo/types';
import { JIAXING_BBOX } from '../domain/geo/jiaxing';
import { validateZoneGeometry, type ZoneIssue } from '../domain/zones/validate-zone';
import type { Zone } from '../domain/zones/zone';

/** The jurisdiction: zones entirely more than half a degree outside it are flagged. */
export const JURISDICTION_BBOX = JIAXING_BBOX;

const cache = new WeakMap<AreaGeometry, ZoneIssue[]>();

/**
 * A zone's problems, computed from its geometry and never stored. Geometries are immutable, so
 * the result is cached on the geometry object and recomputed only after an edit.
 */
export function zoneIssues(zone: Zone): ZoneIssue[] {
  let issues = cache.get(zone.geometry);
  if (!issues) {
    issues = validateZoneGeometry(zone.geometry, { jurisdiction: JURISDICTION_BBOX });
    cache.set(zone.geometry, issues);
  }
  return issues;
}

/** Records what a check done elsewhere (the worker, on import) found for a geometry, so it is not checked again here. */
export function rememberZoneIssues(geometry: AreaGeometry, issues: ZoneIssue[]): void {
  cache.set(geometry, issues);
}
