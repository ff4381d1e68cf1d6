import type { AreaGeometry } from './types';
import type { Position } from 'geojson';

/**
 * Whether (lng, lat) lies on the segment a–b, within a tolerance of 1e-12 degrees (sub-micrometre).
 */
function onSegment(lng: number, lat: number, a: Position, b: Position): boolean {
  const cross = (b[0] - a[0]) * (lat - a[1]) - (b[1] - a[1]) * (lng - a[0]);
  if (Math.abs(cross) > 1e-12) return false;
  return (
    lng >= Math.min(a[0], b[0]) - 1e-12 &&
    lng <= Math.max(a[0], b[0]) + 1e-12 &&
    lat >= Math.min(a[1], b[1]) - 1e-12 &&
    lat <= Math.max(a[1], b[1]) + 1e-12
  );
}

/** -1 on the boundary, 1 inside, 0 outside (even–odd rule, so winding does not matter). */
function ringPosition(lng: number, lat: number, ring: Position[]): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (onSegment(lng, lat, a, b)) return -1;
    if (a[1] > lat !== b[1] > lat && lng < ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside ? 1 : 0;
}

function polygonCovers(lng: number, lat: number, rings: Position[][]): boolean {
  const outer = ringPosition(lng, lat, rings[0]);
  if (outer === 0) return false;
  if (outer === -1) return true;
  for (let h = 1; h < rings.length; h++) {
    const hole = ringPosition(lng, lat, rings[h]);
    if (hole === -1) return true; // on a hole's edge: still on the area's boundary
    if (hole === 1) return false;
  }
  return true;
}

/**
 * Whether an area covers a point. A point on an edge or a vertex counts as inside (PostGIS
 * `ST_Covers`, turf's default), and so does a point on the edge of a hole. Ring winding is ignored.
 *
 * @example areaCoversPoint({ type: 'Polygon', coordinates: [[[0,0],[1,0],[1,1],[0,1],[0,0]]] }, 1, 0.5) // true
 */
export function areaCoversPoint(area: AreaGeometry, lng: number, lat: number): boolean {
  if (area.type === 'Polygon') return polygonCovers(lng, lat, area.coordinates);
  return area.coordinates.some((polygon) => polygonCovers(lng, lat, polygon));
}
