import type { Position } from 'geojson';
import type { AreaGeometry } from '../geo/types';
import { LocalPlane, ringsArea } from './local-plane';
import type { PolygonEngine, Ring } from './polygon-engine';
import { normalizeArea, polygonsOf } from './zone-geometry';

/** Why an operation could not be done; the UI turns these into messages. */
export type GeometryOpFailure =
  'nothing-left' | 'no-overlap' | 'line-does-not-cross' | 'not-touching' | 'line-too-short';

export type GeometryOpResult<T> = { ok: true; value: T } | { ok: false; reason: GeometryOpFailure };

/** Less than this (square metres) of overlap, or of a part left, is rounding, not area. */
const NEGLIGIBLE_SQUARE_METERS = 0.01;
/** Vertices within this of the line through their neighbours (metres) go: the seam a merge leaves, say. */
const COLLINEAR_METERS = 0.01;

/**
 * The inputs in one plane around them, and the way back: results keep the inputs' own positions
 * for every vertex an operation did not move, and take the stored form (normalizeArea).
 */
function planeFor(engine: PolygonEngine, areas: readonly AreaGeometry[]) {
  const plane = LocalPlane.around(areas);
  const snap = plane.snapOf(areas);
  return {
    rings: (area: AreaGeometry) => plane.toRings(area),
    project: (p: Position) => plane.project(p[0], p[1]),
    back: (rings: readonly Ring[]) => {
      const tidy = engine.simplify(rings, COLLINEAR_METERS);
      const area = ringsArea(tidy) > NEGLIGIBLE_SQUARE_METERS ? plane.toArea(tidy, snap) : undefined;
      return area && normalizeArea(area);
    },
  };
}

/**
 * The zone with `cutter` taken out (a hole where the cutter lies inside, a bite where it crosses
 * the edge). Fails when the cutter misses the zone or would remove all of it.
 */
export function subtractArea(
  engine: PolygonEngine,
  zone: AreaGeometry,
  cutter: AreaGeometry,
): GeometryOpResult<AreaGeometry> {
  const plane = planeFor(engine, [zone, cutter]);
  const [a, b] = [plane.rings(zone), plane.rings(cutter)];
  if (ringsArea(engine.intersection(a, b)) < NEGLIGIBLE_SQUARE_METERS) return { ok: false, reason: 'no-overlap' };
  const rest = plane.back(engine.difference(a, b));
  return rest ? { ok: true, value: rest } : { ok: false, reason: 'nothing-left' };
}

/** The union of two zones; they must overlap or share an edge, else the merge would be two islands. */
export function mergeAreas(engine: PolygonEngine, a: AreaGeometry, b: AreaGeometry): GeometryOpResult<AreaGeometry> {
  const plane = planeFor(engine, [a, b]);
  const merged = plane.back(engine.union([...plane.rings(a), ...plane.rings(b)]));
  if (!merged) return { ok: false, reason: 'nothing-left' };
  if (polygonsOf(merged).length >= polygonsOf(a).length + polygonsOf(b).length)
    return { ok: false, reason: 'not-touching' };
  return { ok: true, value: merged };
}

/**
 * Splits a zone along a drawn line into two or more zones that share the cut edge exactly. The
 * line is extended past the zone at both ends; everything on its left becomes one side.
 */
export function splitArea(
  engine: PolygonEngine,
  zone: AreaGeometry,
  line: Position[],
): GeometryOpResult<AreaGeometry[]> {
  const points = line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
  if (points.length < 2) return { ok: false, reason: 'line-too-short' };
  const plane = planeFor(engine, [zone]);
  const path = points.map(plane.project);
  const rings = plane.rings(zone);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (let i = 0; i < ring.length; i += 3)
      [west, south, east, north] = [
        Math.min(west, ring[i]),
        Math.min(south, ring[i + 1]),
        Math.max(east, ring[i]),
        Math.max(north, ring[i + 1]),
      ];
  const reach = 4 * Math.max(east - west, north - south, 10);
  const direction = (from: number[], to: number[]): [number, number] => {
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const length = Math.hypot(dx, dy);
    return [dx / length, dy / length];
  };
  const startDirection = direction(path[1], path[0]);
  const endDirection = direction(path[path.length - 2], path[path.length - 1]);
  const last = path[path.length - 1];
  const start = [path[0][0] + startDirection[0] * reach, path[0][1] + startDirection[1] * reach];
  const end = [last[0] + endDirection[0] * reach, last[1] + endDirection[1] * reach];
  // Left of travel is (-dy, dx).
  const overall = direction(start, end);
  const leftOf = (p: number[]) => [p[0] - overall[1] * reach, p[1] + overall[0] * reach];
  const outline = [start, ...path, end, leftOf(end), leftOf(start)];
  const left = new Float64Array(outline.flatMap(([x, y]) => [x, y, 0]));
  const leftPart = plane.back(engine.intersection(rings, [left]));
  const rightPart = plane.back(engine.difference(rings, [left]));
  if (!leftPart || !rightPart) return { ok: false, reason: 'line-does-not-cross' };
  const parts = [...polygonsOf(leftPart), ...polygonsOf(rightPart)].map((polygon): AreaGeometry => ({
    type: 'Polygon',
    coordinates: polygon,
  }));
  return { ok: true, value: parts };
}
