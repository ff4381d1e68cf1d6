import { areaCoversPoint } from '../geo/point-in-polygon';
import { TIER_SEVERITY, type Tier } from '../zones/tier';
import { polygonsOf } from '../zones/zone-geometry';
import type { PublicSnapshot, PublicZone } from './snapshot-types';

/** The public page's answer for a place: which tier and zone, or how far the nearest zone is. */
export type PublicAnswer =
  | {
      inside: true;
      tier: Tier;
      /** The most severe zone covering the place; none where only a derived ring does. */
      zone?: PublicZone;
    }
  | { inside: false; nearest?: { zone: PublicZone; meters: number } };

const RADIANS = Math.PI / 180;
/** Metres per degree of latitude on a sphere of the Earth's mean radius. */
const METERS_PER_DEGREE = 6_371_008.8 * RADIANS;

/** Metres from a point to a zone's outline, flat within the zone's neighbourhood (a city's scale). */
function metersToOutline(zone: PublicZone, lng: number, lat: number): number {
  const kx = METERS_PER_DEGREE * Math.cos(lat * RADIANS);
  let best = Infinity;
  for (const polygon of polygonsOf(zone.geometry))
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - lng) * kx;
        const ay = (ring[i - 1][1] - lat) * METERS_PER_DEGREE;
        const dx = (ring[i][0] - lng) * kx - ax;
        const dy = (ring[i][1] - lat) * METERS_PER_DEGREE - ay;
        const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

/**
 * The answer at a place (WGS-84). The tier is the published tiers' (rings included; edges count
 * as inside, the most severe first); the zone is the most severe zone that covers the place.
 */
export function answerAt(snapshot: PublicSnapshot, lng: number, lat: number): PublicAnswer {
  const tier = (['sealed', 'controlled', 'precaution'] as const).find((candidate) => {
    const area = snapshot.tiers[candidate];
    return area !== undefined && areaCoversPoint(area, lng, lat);
  });
  const covering = snapshot.zones
    .filter((zone) => areaCoversPoint(zone.geometry, lng, lat))
    .sort((a, b) => TIER_SEVERITY[b.tier] - TIER_SEVERITY[a.tier]);
  if (tier) return { inside: true, tier, ...(covering[0] ? { zone: covering[0] } : {}) };
  if (covering[0]) return { inside: true, tier: covering[0].tier, zone: covering[0] };
  let nearest: { zone: PublicZone; meters: number } | undefined;
  for (const zone of snapshot.zones) {
    const meters = metersToOutline(zone, lng, lat);
    if (!nearest || meters < nearest.meters) nearest = { zone, meters };
  }
  return { inside: false, ...(nearest ? { nearest } : {}) };
}
