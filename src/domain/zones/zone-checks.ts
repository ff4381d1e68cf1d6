import type { Position } from 'geojson';
import { areaBBox } from '../geo/bbox';
import { metersPerDegreeLngAt, METERS_PER_DEGREE_LAT } from '../geo/distance';
import type { AreaGeometry } from '../geo/types';
import type { Zone } from './zone';
import { areaSquareMeters, polygonsOf } from './zone-geometry';
import { LocalPlane, ringsArea, signedArea } from './local-plane';
import type { PolygonEngine, Ring } from './polygon-engine';

/** Two zones that overlap, by how much, and where. */
export interface ZoneOverlap {
  kind: 'overlap';
  zoneIds: [string, string];
  areaSquareMeters: number;
  at: Position;
}

/** Two zones of one tier that almost touch: a sliver between them nobody is responsible for. */
export interface ZoneGap {
  kind: 'gap';
  zoneIds: [string, string];
  distanceMeters: number;
  at: Position;
}

export type ZoneCheck = ZoneOverlap | ZoneGap;

/** Zones closer than this without touching are reported as a gap. */
export const GAP_TOLERANCE_METERS = 25;
/** Overlaps smaller than this are rounding, not planning. */
const MIN_OVERLAP_SQUARE_METERS = 1;

/** Where the overlap sits: the centre of mass of its rings' largest outer ring, as a position. */
function centreOf(plane: LocalPlane, rings: readonly Ring[]): Position {
  let best: Ring | undefined;
  for (const ring of rings) if (!best || signedArea(ring) > signedArea(best)) best = ring;
  const ring = best as Ring;
  let [cx, cy, twice] = [0, 0, 0];
  for (let i = 0, j = ring.length - 3; i < ring.length; j = i, i += 3) {
    const cross = ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
    cx += (ring[j] + ring[i]) * cross;
    cy += (ring[j + 1] + ring[i + 1]) * cross;
    twice += cross;
  }
  const [x, y] = twice ? [cx / (3 * twice), cy / (3 * twice)] : [ring[0], ring[1]];
  return plane.unproject(x, y);
}

/** Nearest distance in metres between the boundaries of two areas, and the point on `a` there. */
function boundaryDistance(a: AreaGeometry, b: AreaGeometry): { meters: number; at: Position } {
  const lat = areaBBox(a)[1];
  const kx = metersPerDegreeLngAt(lat);
  const ky = METERS_PER_DEGREE_LAT;
  const ringsOf = (g: AreaGeometry) => polygonsOf(g).flat();
  let best = { meters: Infinity, at: [0, 0] as Position };
  const scan = (from: AreaGeometry, to: AreaGeometry) => {
    for (const ring of ringsOf(from)) {
      for (const p of ring) {
        for (const other of ringsOf(to)) {
          for (let i = 0; i + 1 < other.length; i++) {
            const ax = (other[i][0] - p[0]) * kx;
            const ay = (other[i][1] - p[1]) * ky;
            const dx = (other[i + 1][0] - other[i][0]) * kx;
            const dy = (other[i + 1][1] - other[i][1]) * ky;
            const length2 = dx * dx + dy * dy;
            const t = length2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2)) : 0;
            const meters = Math.hypot(ax + t * dx, ay + t * dy);
            if (meters < best.meters) best = { meters, at: p };
          }
        }
      }
    }
  };
  scan(a, b);
  scan(b, a);
  return best;
}

const boxesNear = (a: AreaGeometry, b: AreaGeometry, marginDegrees: number): boolean => {
  const [aw, as, ae, an] = areaBBox(a);
  const [bw, bs, be, bn] = areaBBox(b);
  return aw <= be + marginDegrees && bw <= ae + marginDegrees && as <= bn + marginDegrees && bs <= an + marginDegrees;
};

/**
 * Overlaps between any two zones, and gaps under 25 m between zones of the same tier, for the
 * check panel. Zones whose geometry is invalid are skipped (they are listed as invalid instead).
 */
export function checkZones(
  engine: PolygonEngine,
  zones: readonly Zone[],
  isValid: (zone: Zone) => boolean = () => true,
): ZoneCheck[] {
  const checks: ZoneCheck[] = [];
  const usable = zones.filter(isValid);
  const plane = LocalPlane.around(usable.map((zone) => zone.geometry));
  const rings = new Map<string, Ring[]>();
  const ringsOf = (zone: Zone) => {
    let value = rings.get(zone.id);
    if (!value) rings.set(zone.id, (value = plane.toRings(zone.geometry)));
    return value;
  };
  const margin = GAP_TOLERANCE_METERS / METERS_PER_DEGREE_LAT / 0.8;
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i];
      const b = usable[j];
      if (!boxesNear(a.geometry, b.geometry, margin)) continue;
      const shared = engine.intersection(ringsOf(a), ringsOf(b));
      const planeArea = ringsArea(shared);
      const sharedArea = planeArea > 0 ? (plane.toArea(shared) ?? 0) : 0;
      const squareMeters = sharedArea ? areaSquareMeters(sharedArea) : 0;
      if (squareMeters >= MIN_OVERLAP_SQUARE_METERS) {
        checks.push({
          kind: 'overlap',
          zoneIds: [a.id, b.id],
          areaSquareMeters: squareMeters,
          at: centreOf(plane, shared),
        });
      } else if (planeArea <= 0 && a.tier === b.tier) {
        const distance = boundaryDistance(a.geometry, b.geometry);
        if (distance.meters > 0.05 && distance.meters < GAP_TOLERANCE_METERS) {
          checks.push({ kind: 'gap', zoneIds: [a.id, b.id], distanceMeters: distance.meters, at: distance.at });
        }
      }
    }
  }
  return checks;
}
