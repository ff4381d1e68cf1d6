import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { labelPoint } from '../../domain/geo/label-point';
import { polygonsOf } from '../../domain/zones/zone-geometry';
import { TIER_SEVERITY } from '../../domain/zones/tier';
import type { ZoneIssue } from '../../domain/zones/validate-zone';
import type { Zone } from '../../domain/zones/zone';

/**
 * Zones as map features: their geometry with the tier, name and whether invalid or lifted, and
 * the zone's id (promoted to the feature id, which selection's feature state uses). Sorted so
 * the most severe tier draws on top. Nothing here changes with the date or the selection, so
 * the map is given the zones' geometry again only when the zones change (docs/architecture.md,
 * The map controller).
 */
export function zoneFeatures(
  zones: readonly Zone[],
  issuesOf: (zone: Zone) => ZoneIssue[],
): FeatureCollection<Polygon | MultiPolygon | MultiLineString> {
  const sorted = [...zones].sort((a, b) => TIER_SEVERITY[a.tier] - TIER_SEVERITY[b.tier]);
  return {
    type: 'FeatureCollection',
    features: sorted.flatMap((zone) => {
      const invalid = issuesOf(zone).length > 0;
      const properties = { id: zone.id, tier: zone.tier, name: zone.name, invalid, lifted: Boolean(zone.liftedOn) };
      const area: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties, geometry: zone.geometry };
      if (!invalid) return [area];
      // MapLibre drops a ring whose signed area is zero (a symmetric bow tie), so an invalid zone's
      // rings are also given as lines: its outline stays on the map, to be seen and fixed.
      const outline: Feature<MultiLineString> = {
        type: 'Feature',
        properties,
        geometry: { type: 'MultiLineString', coordinates: polygonsOf(zone.geometry).flat() },
      };
      return [area, outline];
    }),
  };
}

/** Where a zone's label goes (domain/geo/label-point.ts). */
export const labelAnchor = labelPoint;

/**
 * The zones' labels as points: tier, name and the zone clock's badge, and whether the zone is
 * due. These change with the date (the slider), and are few, small features.
 */
export function zoneLabelPoints(
  zones: readonly Zone[],
  tierLabel: (tier: Zone['tier']) => string,
  /** The zone clock's badge, when there is one: its text, and whether the zone is due. */
  badgeOf: (zone: Zone) => { text: string; due: boolean } | undefined = () => undefined,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: zones
      .filter((zone) => polygonsOf(zone.geometry).some((part) => part[0]?.length >= 4))
      .map((zone) => {
        const badge = zone.liftedOn ? undefined : badgeOf(zone);
        return {
          type: 'Feature' as const,
          properties: {
            id: zone.id,
            tier: zone.tier,
            label: `${tierLabel(zone.tier)}\n${zone.name}${badge ? `\n${badge.text}` : ''}`,
            due: badge?.due ?? false,
          },
          geometry: { type: 'Point' as const, coordinates: labelAnchor(zone.geometry) },
        };
      }),
  };
}

/** The spots to highlight for invalid zones. */
export function zoneIssuePoints(
  zones: readonly Zone[],
  issuesOf: (zone: Zone) => ZoneIssue[],
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: zones.flatMap((zone) =>
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
