import { area, centroid, featureCollection, intersect, multiPolygon, polygon as turfPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaBBox } from '../geo/bbox';
import { metersPerDegreeLngAt, METERS_PER_DEGREE_LAT } from '../geo/distance';
import type { AreaGeometry } from '../geo/types';
import type { Zone } from './zone';
import { polygonsOf } from './zone-geometry';

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

const asFeature = (geometry: AreaGeometry): Feature<Polygon | MultiPolygon> =>
  geometry.type === 'Polygon' ? turfPolygon(geometry.coordinates) : multiPolygon(geometry.coordinates);

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
export function checkZones(zones: readonly Zone[], isValid: (zone: Zone) => boolean = () => true): ZoneCheck[] {
  const checks: ZoneCheck[] = [];
  const usable = zones.filter(isValid);
  const margin = GAP_TOLERANCE_METERS / METERS_PER_DEGREE_LAT / 0.8;
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i];
      const b = usable[j];
      if (!boxesNear(a.geometry, b.geometry, margin)) continue;
      const shared = intersect(featureCollection([asFeature(a.geometry), asFeature(b.geometry)]));
      const sharedArea = shared ? area(shared) : 0;
      if (shared && sharedArea >= MIN_OVERLAP_SQUARE_METERS) {
        checks.push({
          kind: 'overlap',
          zoneIds: [a.id, b.id],
          areaSquareMeters: sharedArea,
          at: centroid(shared).geometry.coordinates,
        });
      } else if (!shared && a.tier === b.tier) {
        const distance = boundaryDistance(a.geometry, b.geometry);
        if (distance.meters > 0.05 && distance.meters < GAP_TOLERANCE_METERS) {
          checks.push({ kind: 'gap', zoneIds: [a.id, b.id], distanceMeters: distance.meters, at: distance.at });
        }
      }
    }
  }
  return checks;
}
