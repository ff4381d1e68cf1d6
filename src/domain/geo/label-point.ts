import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { ringAreaSquareMeters } from './ellipsoid';
import type { AreaGeometry } from './types';
import { polygonsOf } from '../zones/zone-geometry';

/** Each geometry's label point, kept while the geometry (never changed in place) stays. */
const points = new WeakMap<object, Position>();

/** The point farthest inside an area's largest part (polylabel, to about 10 cm): where its label goes. */
export function labelPoint(geometry: AreaGeometry): Position {
  let point = points.get(geometry);
  if (!point) {
    const parts = polygonsOf(geometry);
    const largest = parts.reduce((best, part) =>
      Math.abs(ringAreaSquareMeters(part[0])) > Math.abs(ringAreaSquareMeters(best[0])) ? part : best,
    );
    const [lng, lat] = polylabel(largest, 1e-6);
    point = Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : largest[0][0];
    points.set(geometry, point);
  }
  return point;
}
