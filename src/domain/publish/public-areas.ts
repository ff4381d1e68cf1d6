import type { AreaGeometry } from '../geo/types';
import type { EffectiveTiers } from '../zones/effective-tiers';
import { LocalPlane } from '../zones/local-plane';
import type { PolygonEngine, Ring } from '../zones/polygon-engine';
import { areaFromPolygons, polygonsOf } from '../zones/zone-geometry';
import type { Tier } from '../zones/tier';

/** Vertices closer than this (metres) to the line of their neighbours are dropped for the web. */
export const PUBLIC_SIMPLIFY_METERS = 2;
/**
 * The most a point may move between tiers by the simplification and rounding (metres): a point
 * whose published tier differs from its true one lies within this of a true tier boundary. The
 * tests check it on arcs, districts and random zones.
 */
export const PUBLIC_TOLERANCE_METERS = 5;
/** Published coordinates keep six decimals (11 cm of latitude). */
const DECIMALS = 1e6;

export type PublicTierAreas = Partial<Record<Tier, AreaGeometry>>;

const round = (value: number) => Math.round(value * DECIMALS) / DECIMALS;

/** An area with its coordinates rounded to six decimals; rings that collapse are dropped. */
function roundArea(area: AreaGeometry | undefined): AreaGeometry | undefined {
  if (!area) return undefined;
  const polygons = polygonsOf(area)
    .map((polygon) =>
      polygon
        .map((ring) => ring.map(([lng, lat]) => [round(lng), round(lat)]))
        .filter((ring) => new Set(ring.map((position) => position.join())).size >= 3),
    )
    .filter((polygon) => polygon.length > 0);
  return polygons.length ? areaFromPolygons(polygons) : undefined;
}

/**
 * The areas of the three tiers, simplified for the web without gaps or overlaps between them.
 * Each tier's outline is not simplified on its own (two tiers sharing a border would simplify it
 * two ways). Instead the nested unions are: sealed, sealed ∪ controlled, and all three; the
 * published tiers are their differences, so they partition the simplified whole by construction,
 * and a shared border is one line drawn once.
 */
export function publicTierAreas(engine: PolygonEngine, tiers: EffectiveTiers): PublicTierAreas {
  const present = [tiers.sealed, tiers.controlled, tiers.precaution].filter((area) => area !== undefined);
  if (present.length === 0) return {};
  const plane = LocalPlane.around(present);
  const rings = (area: AreaGeometry | undefined): Ring[] => (area ? plane.toRings(area) : []);
  const simplified = (area: Ring[]) => engine.union(engine.simplify(engine.union(area), PUBLIC_SIMPLIFY_METERS));
  const sealed = rings(tiers.sealed);
  const upToControlled = [...sealed, ...rings(tiers.controlled)];
  const all = [...upToControlled, ...rings(tiers.precaution)];
  const [s, sc, scp] = [sealed, upToControlled, all].map((area) => (area.length ? simplified(area) : []));
  const result: PublicTierAreas = {};
  const put = (tier: Tier, area: Ring[]) => {
    const geometry = roundArea(plane.toArea(area));
    if (geometry) result[tier] = geometry;
  };
  put('sealed', s);
  put('controlled', engine.difference(sc, s));
  put('precaution', engine.difference(scp, sc));
  return result;
}

/** One zone's outline, simplified as the tiers are (zones may overlap one another; tiers may not). */
export function publicZoneArea(engine: PolygonEngine, area: AreaGeometry): AreaGeometry | undefined {
  const plane = LocalPlane.around([area]);
  const rings = engine.union(engine.simplify(engine.union(plane.toRings(area)), PUBLIC_SIMPLIFY_METERS));
  return roundArea(plane.toArea(rings)) ?? roundArea(area);
}
