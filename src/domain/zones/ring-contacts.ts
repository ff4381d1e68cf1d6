import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/**
 * Where the rings of an area touch or cross one another or themselves, found once with a
 * spatial index of their edges (docs/architecture.md, Zone checks): about n log n for n
 * vertices, where testing every pair of edges took 6 minutes for 100 000 vertices.
 *
 * The rules: rings, and a ring with itself, meet at most at vertices (one edge meeting the next, a
 * hole touching its shell at a point, as Clipper2 may leave them), never across an edge, at an
 * edge's inside or along a stretch (a spike folding back along its edge).
 */
export type ContactKind = 'self' | 'hole-shell' | 'hole-hole' | 'part-part';

export interface Contact {
  kind: ContactKind;
  at: Position;
  /** 1-based polygon and ring of the first edge involved. */
  polygon: number;
  ring: number;
}

/** Edges as flat arrays: one entry per edge, ring by ring. */
interface Edges {
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** Global ring number, 1-based polygon, 1-based ring within its polygon, position within the ring, edges in the ring. */
  ringOf: Int32Array;
  polygonOf: Int32Array;
  ringInPolygon: Int32Array;
  indexInRing: Int32Array;
  ringEdges: Int32Array;
}

/** A ring's vertices without the closing repeat and without consecutive repeats. */
export function distinctRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

function edgesOf(polygons: Position[][][]): Edges {
  const n = polygons.reduce((sum, rings) => sum + rings.reduce((s, ring) => s + ring.length, 0), 0);
  const edges: Edges = {
    ax: new Float64Array(n),
    ay: new Float64Array(n),
    bx: new Float64Array(n),
    by: new Float64Array(n),
    ringOf: new Int32Array(n),
    polygonOf: new Int32Array(n),
    ringInPolygon: new Int32Array(n),
    indexInRing: new Int32Array(n),
    ringEdges: new Int32Array(n),
  };
  let e = 0;
  let globalRing = 0;
  polygons.forEach((rings, p) =>
    rings.forEach((ring, r) => {
      globalRing++;
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i];
        const b = ring[(i + 1) % ring.length];
        edges.ax[e] = a[0];
        edges.ay[e] = a[1];
        edges.bx[e] = b[0];
        edges.by[e] = b[1];
        edges.ringOf[e] = globalRing;
        edges.polygonOf[e] = p + 1;
        edges.ringInPolygon[e] = r + 1;
        edges.indexInRing[e] = i;
        edges.ringEdges[e] = ring.length;
        e++;
      }
    }),
  );
  return edges;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether c, collinear with a–b, lies within the box of a–b. */
const within = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);

/**
 * How two edges meet: undefined when they do not; 'vertex' when only at a point that is an
 * end of both; 'other' (with where) when they cross, one ends on the other's inside, or they
 * overlap along a stretch.
 */
function meet(edges: Edges, i: number, j: number): { kind: 'vertex' | 'other'; at: Position } | undefined {
  const { ax, ay, bx, by } = edges;
  const [p1x, p1y, p2x, p2y] = [ax[i], ay[i], bx[i], by[i]];
  const [q1x, q1y, q2x, q2y] = [ax[j], ay[j], bx[j], by[j]];
  const o1 = orient(p1x, p1y, p2x, p2y, q1x, q1y);
  const o2 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
  const o3 = orient(q1x, q1y, q2x, q2y, p1x, p1y);
  const o4 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
  if (o1 === 0 && o2 === 0) {
    // Collinear: they overlap along a stretch, meet at one shared end, or miss.
    const ends: Position[] = [];
    if (within(p1x, p1y, p2x, p2y, q1x, q1y)) ends.push([q1x, q1y]);
    if (within(p1x, p1y, p2x, p2y, q2x, q2y)) ends.push([q2x, q2y]);
    if (within(q1x, q1y, q2x, q2y, p1x, p1y)) ends.push([p1x, p1y]);
    if (within(q1x, q1y, q2x, q2y, p2x, p2y)) ends.push([p2x, p2y]);
    if (ends.length === 0) return undefined;
    const distinct = ends.filter((e, k) => ends.findIndex((f) => f[0] === e[0] && f[1] === e[1]) === k);
    if (distinct.length === 1 && isEndOfBoth(distinct[0], p1x, p1y, p2x, p2y, q1x, q1y, q2x, q2y))
      return { kind: 'vertex', at: distinct[0] };
    return { kind: 'other', at: distinct[0] };
  }
  if (o1 * o2 > 0 || o3 * o4 > 0) return undefined;
  // They meet at one point: an end lying on the other edge, or a proper crossing.
  let at: Position;
  if (o1 === 0) at = [q1x, q1y];
  else if (o2 === 0) at = [q2x, q2y];
  else if (o3 === 0) at = [p1x, p1y];
  else if (o4 === 0) at = [p2x, p2y];
  else {
    const t =
      ((q1x - p1x) * (q2y - q1y) - (q1y - p1y) * (q2x - q1x)) / ((p2x - p1x) * (q2y - q1y) - (p2y - p1y) * (q2x - q1x));
    return { kind: 'other', at: [p1x + t * (p2x - p1x), p1y + t * (p2y - p1y)] };
  }
  return { kind: isEndOfBoth(at, p1x, p1y, p2x, p2y, q1x, q1y, q2x, q2y) ? 'vertex' : 'other', at };
}

function isEndOfBoth(
  at: Position,
  p1x: number,
  p1y: number,
  p2x: number,
  p2y: number,
  q1x: number,
  q1y: number,
  q2x: number,
  q2y: number,
): boolean {
  const isEnd = (x1: number, y1: number, x2: number, y2: number) =>
    (at[0] === x1 && at[1] === y1) || (at[0] === x2 && at[1] === y2);
  return isEnd(p1x, p1y, p2x, p2y) && isEnd(q1x, q1y, q2x, q2y);
}

function kindOf(edges: Edges, i: number, j: number): ContactKind {
  if (edges.ringOf[i] === edges.ringOf[j]) return 'self';
  if (edges.polygonOf[i] !== edges.polygonOf[j]) return 'part-part';
  return edges.ringInPolygon[i] === 1 || edges.ringInPolygon[j] === 1 ? 'hole-shell' : 'hole-hole';
}

/**
 * The first forbidden contact of each kind (rings given without their closing vertex and
 * without consecutive repeats, see distinctRing), in edge order.
 */
export function ringContacts(polygons: Position[][][]): Contact[] {
  const edges = edgesOf(polygons);
  const n = edges.ax.length;
  if (n === 0) return [];
  const index = new Flatbush(n);
  for (let e = 0; e < n; e++)
    index.add(
      Math.min(edges.ax[e], edges.bx[e]),
      Math.min(edges.ay[e], edges.by[e]),
      Math.max(edges.ax[e], edges.bx[e]),
      Math.max(edges.ay[e], edges.by[e]),
    );
  index.finish();
  const found = new Map<ContactKind, Contact>();
  for (let i = 0; i < n && found.size < 4; i++) {
    const near = index.search(
      Math.min(edges.ax[i], edges.bx[i]),
      Math.min(edges.ay[i], edges.by[i]),
      Math.max(edges.ax[i], edges.bx[i]),
      Math.max(edges.ay[i], edges.by[i]),
    );
    for (const j of near) {
      if (j <= i) continue;
      const kind = kindOf(edges, i, j);
      if (found.has(kind)) continue;
      const contact = meet(edges, i, j);
      if (!contact) continue;
      // Rings, and a ring with itself, may meet at a vertex (one edge meeting the next, a hole touching its shell at a point).
      if (contact.kind === 'vertex') continue;
      // A hole against its shell is named by the hole.
      const named = kind === 'hole-shell' && edges.ringInPolygon[i] === 1 ? j : i;
      found.set(kind, { kind, at: contact.at, polygon: edges.polygonOf[named], ring: edges.ringInPolygon[named] });
    }
  }
  return [...found.values()];
}

/** Whether a point lies strictly inside a ring (even–odd; a point on the boundary is not inside). */
export function strictlyInside(point: Position, ring: Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (orient(xj, yj, xi, yi, x, y) === 0 && within(xj, yj, xi, yi, x, y)) return false;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A vertex of `ring` that is not a vertex of `other`: on a ring that only touches `other` at vertices, one off its boundary. */
export function vertexNotOn(ring: Position[], other: Position[]): Position | undefined {
  const keys = new Set(other.map((p) => `${p[0]},${p[1]}`));
  return ring.find((p) => !keys.has(`${p[0]},${p[1]}`));
}
