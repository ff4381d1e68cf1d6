import type { AreaGeometry, Meters } from '../geo/types';
import { LocalPlane } from './local-plane';
import type { PolygonEngine, Ring } from './polygon-engine';

/** Vertices of each case's circle: 64 keep its area within 0.2 % of the true disc. */
const CIRCLE_VERTICES = 64;

/**
 * A proposed sealed area around cases (docs/architecture.md, Domain model): a disc of `radius`
 * metres around each, joined where they touch. The planner edits it afterwards. Undefined when
 * there are no cases or the radius is not positive.
 */
export function sealAround(
  engine: PolygonEngine,
  cases: readonly { lng: number; lat: number }[],
  radius: Meters,
): AreaGeometry | undefined {
  if (cases.length === 0 || !(radius > 0)) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lng, lat } of cases)
    [west, south, east, north] = [Math.min(west, lng), Math.min(south, lat), Math.max(east, lng), Math.max(north, lat)];
  const plane = new LocalPlane((west + east) / 2, (south + north) / 2);
  const rings: Ring[] = cases.map(({ lng, lat }) => {
    const [x, y] = plane.project(lng, lat);
    const r = radius * plane.scaleAt(lat);
    const ring = new Float64Array(3 * CIRCLE_VERTICES);
    for (let k = 0; k < CIRCLE_VERTICES; k++) {
      const angle = (2 * Math.PI * k) / CIRCLE_VERTICES;
      ring[3 * k] = x + r * Math.cos(angle);
      ring[3 * k + 1] = y + r * Math.sin(angle);
    }
    return ring;
  });
  return plane.toArea(engine.union(rings));
}
