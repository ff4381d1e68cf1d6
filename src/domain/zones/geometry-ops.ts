import { difference, featureCollection, intersect, polygon as turfPolygon, multiPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaBBox } from '../geo/bbox';
import type { AreaGeometry } from '../geo/types';
import { areaFromPolygons, normalizeArea, polygonsOf } from './zone-geometry';

/** Why an operation could not be done; the UI turns these into messages. */
export type GeometryOpFailure =
  'nothing-left' | 'no-overlap' | 'line-does-not-cross' | 'not-touching' | 'line-too-short';

export type GeometryOpResult<T> = { ok: true; value: T } | { ok: false; reason: GeometryOpFailure };

const asFeature = (geometry: AreaGeometry): Feature<Polygon | MultiPolygon> =>
  geometry.type === 'Polygon' ? turfPolygon(geometry.coordinates) : multiPolygon(geometry.coordinates);

/**
 * The zone with `cutter` taken out (a hole where the cutter lies inside, a bite where it crosses
 * the edge). Fails when the cutter misses the zone or would remove all of it.
 */
export function subtractArea(zone: AreaGeometry, cutter: AreaGeometry): GeometryOpResult<AreaGeometry> {
  if (!intersect(featureCollection([asFeature(zone), asFeature(cutter)]))) return { ok: false, reason: 'no-overlap' };
  const rest = difference(featureCollection([asFeature(zone), asFeature(cutter)]));
  if (!rest) return { ok: false, reason: 'nothing-left' };
  return { ok: true, value: normalizeArea(rest.geometry) };
}

/** The union of two zones; they must overlap or share an edge, else the merge would be two islands. */
export function mergeAreas(a: AreaGeometry, b: AreaGeometry): GeometryOpResult<AreaGeometry> {
  const merged = union(featureCollection([asFeature(a), asFeature(b)]));
  if (!merged) return { ok: false, reason: 'nothing-left' };
  const parts = polygonsOf(merged.geometry).length;
  if (parts >= polygonsOf(a).length + polygonsOf(b).length) return { ok: false, reason: 'not-touching' };
  return { ok: true, value: normalizeArea(merged.geometry) };
}

/**
 * Splits a zone along a drawn line into two or more zones that share the cut edge exactly. The
 * line is extended past the zone at both ends; everything on its left becomes one side.
 */
export function splitArea(zone: AreaGeometry, line: Position[]): GeometryOpResult<AreaGeometry[]> {
  const points = line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
  if (points.length < 2) return { ok: false, reason: 'line-too-short' };
  const [west, south, east, north] = areaBBox(zone);
  const reach = 4 * Math.max(east - west, north - south, 1e-4);
  const direction = (from: Position, to: Position): Position => {
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const length = Math.hypot(dx, dy);
    return [dx / length, dy / length];
  };
  const startDirection = direction(points[1], points[0]);
  const endDirection = direction(points[points.length - 2], points[points.length - 1]);
  const start: Position = [points[0][0] + startDirection[0] * reach, points[0][1] + startDirection[1] * reach];
  const end: Position = [
    points[points.length - 1][0] + endDirection[0] * reach,
    points[points.length - 1][1] + endDirection[1] * reach,
  ];
  // Left of travel is (-dy, dx).
  const leftOf = (p: Position, d: Position): Position => [p[0] - d[1] * reach, p[1] + d[0] * reach];
  const overall = direction(start, end);
  const ring = [start, ...points, end, leftOf(end, overall), leftOf(start, overall), start];
  const left = turfPolygon([ring]);
  const zoneFeature = asFeature(zone);
  const leftPart = intersect(featureCollection([zoneFeature, left]));
  const rightPart = difference(featureCollection([zoneFeature, left]));
  if (!leftPart || !rightPart) return { ok: false, reason: 'line-does-not-cross' };
  const parts = [...polygonsOf(leftPart.geometry), ...polygonsOf(rightPart.geometry)].map((polygon) =>
    normalizeArea(areaFromPolygons([polygon])),
  );
  return { ok: true, value: parts };
}
