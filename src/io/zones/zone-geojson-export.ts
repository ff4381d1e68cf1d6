import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Plan } from '../../domain/plan/plan';
import { normalizeArea } from '../../domain/zones/zone-geometry';

const TIER_ZH = { sealed: '封控区', controlled: '管控区', precaution: '防范区' } as const;

/**
 * The plan's zones as an RFC 7946 FeatureCollection: WGS-84, exterior rings counter-clockwise,
 * at most 7 decimals. Properties carry what a partner needs to read it without Cordon.
 */
export function zonesToGeoJson(plan: Plan): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: plan.zones.map((zone): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      id: zone.id,
      properties: {
        id: zone.id,
        tier: zone.tier,
        tierName: TIER_ZH[zone.tier],
        name: zone.name,
        declaredOn: zone.declaredOn,
        ...(zone.liftedOn ? { liftedOn: zone.liftedOn } : {}),
        notes: zone.notes,
        origin: zone.origin,
      },
      geometry: normalizeArea(zone.geometry),
    })),
  };
}
