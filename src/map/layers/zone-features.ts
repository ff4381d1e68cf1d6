import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Plan } from '../../domain/plan/plan';
import { TIER_SEVERITY } from '../../domain/zones/tier';
import type { ZoneIssue } from '../../domain/zones/validate-zone';
import type { Zone } from '../../domain/zones/zone';

/**
 * Zones as map features: tier, name and label text, whether invalid or selected. Sorted so the
 * most severe tier draws on top. Names go into a text layer, never into HTML.
 */
export function zoneFeatures(
  plan: Plan,
  issuesOf: (zone: Zone) => ZoneIssue[],
  selectedId: string | undefined,
  tierLabel: (tier: Zone['tier']) => string,
  /** The zone clock's badge, when there is one: its text, and whether the zone is due. */
  badgeOf: (zone: Zone) => { text: string; due: boolean } | undefined = () => undefined,
): FeatureCollection<Polygon | MultiPolygon> {
  const zones = [...plan.zones].sort((a, b) => TIER_SEVERITY[a.tier] - TIER_SEVERITY[b.tier]);
  return {
    type: 'FeatureCollection',
    features: zones.map((zone) => {
      const badge = zone.liftedOn ? undefined : badgeOf(zone);
      return {
        type: 'Feature',
        id: undefined,
        properties: {
          id: zone.id,
          tier: zone.tier,
          name: zone.name,
          label: `${tierLabel(zone.tier)}\n${zone.name}${badge ? `\n${badge.text}` : ''}`,
          due: badge?.due ?? false,
          invalid: issuesOf(zone).length > 0,
          selected: zone.id === selectedId,
          lifted: Boolean(zone.liftedOn),
        },
        geometry: zone.geometry,
      };
    }),
  };
}

/** The spots to highlight for invalid zones. */
export function zoneIssuePoints(plan: Plan, issuesOf: (zone: Zone) => ZoneIssue[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: plan.zones.flatMap((zone) =>
      issuesOf(zone)
        .filter((issue) => issue.at)
        .map((issue) => ({
          type: 'Feature' as const,
          properties: { id: zone.id, code: issue.code },
          geometry: { type: 'Point' as const, coordinates: issue.at as number[] },
        })),
    ),
  };
}
