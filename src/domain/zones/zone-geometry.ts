import { rewind } from '@turf/turf';
import { ringAreaSquareMeters } from '../geo/ellipsoid';
import type { Polygon, Position } from 'geojson';
import type { AreaGeometry, SquareMeters } from '../geo/types';
import { roundTo7Decimals } from '../geo/round';

/**
 * Area of a zone on the WGS-84 ellipsoid in square metres, holes subtracted (what PostGIS's
 * `ST_Area(geography)` gives, to a few parts per million). Winding does not change it.
 */
export function areaSquareMeters(geometry: AreaGeometry): SquareMeters {
  let total = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    total += Math.abs(ringAreaSquareMeters(outer));
    for (const hole of holes) total -= Math.abs(ringAreaSquareMeters(hole));
  }
  return total as SquareMeters;
}

/** Rounds to 7 decimals (about 1 cm), drops repeated vertices and closes the ring. */
function cleanRing(ring: Position[]): Position[] {
  const result: Position[] = [];
  for (const position of ring) {
    const next: Position = [roundTo7Decimals(position[0]), roundTo7Decimals(position[1])];
    const last = result[result.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) result.push(next);
  }
  if (result.length > 1) {
    const first = result[0];
    const last = result[result.length - 1];
    if (first[0] === last[0] && first[1] === last[1]) result.pop();
  }
  if (result.length > 0) result.push([result[0][0], result[0][1]]);
  return result;
}

/**
 * The form every stored zone geometry takes: 7 decimals, no repeated vertices, closed rings,
 * exterior rings counter-clockwise and holes clockwise (RFC 7946). Pure: returns a new geometry.
 */
export function normalizeArea(geometry: AreaGeometry): AreaGeometry {
  const cleaned: AreaGeometry =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(cleanRing) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(cleanRing)) };
  const ringsOk = (rings: Position[][]) => rings.every((ring) => ring.length >= 4);
  const canRewind = cleaned.type === 'Polygon' ? ringsOk(cleaned.coordinates) : cleaned.coordinates.every(ringsOk);
  return canRewind ? (rewind(cleaned, { reverse: false }) as AreaGeometry) : cleaned;
}

/** Every polygon of an area, as arrays of rings. */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** One polygon when there is one part, a MultiPolygon otherwise. */
export function areaFromPolygons(polygons: Position[][][]): AreaGeometry {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Whether an area is one polygon without holes: the shapes whose vertices can be dragged. */
export function isSimplePolygon(geometry: AreaGeometry): geometry is Polygon {
  return geometry.type === 'Polygon' && geometry.coordinates.length === 1;
}
