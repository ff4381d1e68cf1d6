import { areaBBox } from './bbox';
import type { AreaGeometry, BBox } from './types';
import { polygonsOf } from '../zones/zone-geometry';

/** The tolerance of the on-edge test, as in point-in-polygon.ts: 1e-12 degrees. */
const EDGE_TOLERANCE = 1e-12;
/** Fields per edge: ax, ay, bx, by, the larger x, and the polygon it belongs to. */
const STRIDE = 6;

/**
 * An area prepared for many point tests: its edges sorted into horizontal bands, so a test
 * looks only at the few edges of the point's band that reach east of it, instead of every edge
 * of the area. A merged tier can have tens of thousands of edges; a band holds a handful.
 *
 * Gives exactly what areaCoversPoint gives for a valid area (polygons that do not overlap, holes
 * inside their shells): a point on an edge or a vertex is covered; otherwise a point is covered
 * when a ray east of it crosses the rings of some one polygon an odd number of times. The edges
 * and the arithmetic are the same, in the same order, so the results agree bit for bit.
 */
export class AreaIndex {
  readonly bbox: BBox;
  private readonly south: number;
  private readonly bandHeight: number;
  /** Per band, its edges (STRIDE numbers each) sorted by their larger x. */
  private readonly bands: Float64Array[];
  /** Per polygon, the test number that last flipped its parity, and the parity then. */
  private readonly flippedAt: Int32Array;
  private readonly parity: Uint8Array;
  private readonly touched: Int32Array;
  private test = 0;

  constructor(area: AreaGeometry) {
    this.bbox = areaBBox(area);
    const polygons = polygonsOf(area);
    const edges: number[] = [];
    polygons.forEach((rings, p) => {
      for (const ring of rings) {
        // The same pairs as ringPosition: a = ring[i], b = ring[j], j the vertex before i.
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[i];
          const b = ring[j];
          edges.push(a[0], a[1], b[0], b[1], Math.max(a[0], b[0]), p);
        }
      }
    });
    const edgeCount = edges.length / STRIDE;
    const [, south, , north] = this.bbox;
    const bandCount = Math.max(1, Math.min(8192, Math.ceil(edgeCount / 4)));
    this.south = south;
    this.bandHeight = Math.max((north - south) / bandCount, 1e-9);
    const lists: number[][] = Array.from({ length: bandCount }, () => []);
    for (let e = 0; e < edgeCount; e++) {
      const ay = edges[e * STRIDE + 1];
      const by = edges[e * STRIDE + 3];
      const low = this.band(Math.min(ay, by) - EDGE_TOLERANCE, bandCount);
      const high = this.band(Math.max(ay, by) + EDGE_TOLERANCE, bandCount);
      for (let k = low; k <= high; k++) lists[k].push(e);
    }
    this.bands = lists.map((list) => {
      list.sort((a, b) => edges[a * STRIDE + 4] - edges[b * STRIDE + 4]);
      const band = new Float64Array(list.length * STRIDE);
      list.forEach((e, n) => band.set(edges.slice(e * STRIDE, e * STRIDE + STRIDE), n * STRIDE));
      return band;
    });
    this.flippedAt = new Int32Array(polygons.length);
    this.parity = new Uint8Array(polygons.length);
    this.touched = new Int32Array(polygons.length);
  }

  private band(y: number, bandCount = this.bands.length): number {
    return Math.min(bandCount - 1, Math.max(0, Math.floor((y - this.south) / this.bandHeight)));
  }

  /** Whether the area covers (lng, lat): inside, or on an edge or a vertex. */
  covers(lng: number, lat: number): boolean {
    const [west, south, east, north] = this.bbox;
    if (lng < west - EDGE_TOLERANCE || lng > east + EDGE_TOLERANCE || lat < south - EDGE_TOLERANCE || lat > north + EDGE_TOLERANCE) return false;
    const band = this.bands[this.band(lat)];
    // Skip the edges wholly west of the point: they can neither hold it nor cross a ray east of it.
    let low = 0;
    let high = band.length / STRIDE;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (band[mid * STRIDE + 4] + EDGE_TOLERANCE < lng) low = mid + 1;
      else high = mid;
    }
    if (this.test >= 0x3fffffff) {
      this.test = 0;
      this.flippedAt.fill(0);
    }
    const test = ++this.test;
    let touchedCount = 0;
    for (let at = low * STRIDE; at < band.length; at += STRIDE) {
      const ax = band[at], ay = band[at + 1], bx = band[at + 2], by = band[at + 3];
      const cross = (bx - ax) * (lat - ay) - (by - ay) * (lng - ax);
      if (
        Math.abs(cross) <= EDGE_TOLERANCE &&
        lng >= Math.min(ax, bx) - EDGE_TOLERANCE && lng <= Math.max(ax, bx) + EDGE_TOLERANCE &&
        lat >= Math.min(ay, by) - EDGE_TOLERANCE && lat <= Math.max(ay, by) + EDGE_TOLERANCE
      ) {
        return true;
      }
      if (ay > lat !== by > lat && lng < ((bx - ax) * (lat - ay)) / (by - ay) + ax) {
        const polygon = band[at + 5];
        if (this.flippedAt[polygon] !== test) {
          this.flippedAt[polygon] = test;
          this.parity[polygon] = 0;
          this.touched[touchedCount++] = polygon;
        }
        this.parity[polygon] ^= 1;
      }
    }
    for (let t = 0; t < touchedCount; t++) if (this.parity[this.touched[t]]) return true;
    return false;
  }
}
