import { areaBBox } from './bbox';
import type { AreaGeometry, BBox } from './types';
import { polygonsOf } from '../zones/zone-geometry';

/** The tolerance of the on-edge test, as in point-in-polygon.ts: 1e-12 degrees. */
const EDGE_TOLERANCE = 1e-12;
/** Fields per edge: ax, ay, bx, by, the larger x, the polygon it belongs to, the smaller and the larger y. */
const STRIDE = 8;

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
  /** The bands' edges, one band after another, each band's sorted by their larger x (STRIDE numbers an edge). */
  private readonly bandEdges: Float64Array;
  /** Where each band's edges start in bandEdges, counted in edges; one more than there are bands. */
  private readonly bandStart: Int32Array;
  /** Per polygon, the test number that last flipped its parity, and the parity then. */
  private readonly flippedAt: Int32Array;
  private readonly parity: Uint8Array;
  private readonly touched: Int32Array;
  private test = 0;
  private readonly west: number;
  private readonly east: number;
  private readonly north: number;
  /** One polygon (a zone, most often): parity is one flag, no bookkeeping per polygon. */
  private readonly single: boolean;

  constructor(area: AreaGeometry) {
    this.bbox = areaBBox(area);
    const polygons = polygonsOf(area);
    let edgeCount = 0;
    for (const rings of polygons) for (const ring of rings) edgeCount += ring.length;
    const edges = new Float64Array(edgeCount * STRIDE);
    let e = 0;
    polygons.forEach((rings, p) => {
      for (const ring of rings) {
        // The same pairs as ringPosition: a = ring[i], b = ring[j], j the vertex before i.
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++, e++) {
          const a = ring[i];
          const b = ring[j];
          const at = e * STRIDE;
          edges[at] = a[0];
          edges[at + 1] = a[1];
          edges[at + 2] = b[0];
          edges[at + 3] = b[1];
          edges[at + 4] = Math.max(a[0], b[0]);
          edges[at + 5] = p;
          edges[at + 6] = Math.min(a[1], b[1]);
          edges[at + 7] = Math.max(a[1], b[1]);
        }
      }
    });
    const [, south, , north] = this.bbox;
    // About four edges a band, but no band lower than the mean edge is tall: an edge then lies
    // in one or two bands, not in dozens (a city's zones joined have short edges over kilometres).
    let meanHeight = 0;
    for (let k = 0; k < edgeCount; k++) meanHeight += edges[k * STRIDE + 7] - edges[k * STRIDE + 6];
    meanHeight /= Math.max(1, edgeCount);
    const bandCount = Math.max(1, Math.min(8192, Math.ceil(edgeCount / 4), Math.ceil((north - south) / Math.max(meanHeight, 1e-9))));
    this.south = south;
    this.bandHeight = Math.max((north - south) / bandCount, 1e-9);
    const maxX = new Float64Array(edgeCount);
    for (let k = 0; k < edgeCount; k++) maxX[k] = edges[k * STRIDE + 4];
    const low = new Int32Array(edgeCount);
    const high = new Int32Array(edgeCount);
    const sizes = new Int32Array(bandCount);
    for (let k = 0; k < edgeCount; k++) {
      low[k] = this.band(edges[k * STRIDE + 6] - EDGE_TOLERANCE, bandCount);
      high[k] = this.band(edges[k * STRIDE + 7] + EDGE_TOLERANCE, bandCount);
      for (let band = low[k]; band <= high[k]; band++) sizes[band]++;
    }
    this.bandStart = new Int32Array(bandCount + 1);
    for (let band = 0; band < bandCount; band++) this.bandStart[band + 1] = this.bandStart[band] + sizes[band];
    // Each band's edges (by number), dealt in order, then sorted by their larger x: a few edges a
    // band, so an insertion sort, with the library's sort for the rare crowded band.
    const dealt = new Int32Array(this.bandStart[bandCount]);
    const filled = this.bandStart.slice(0, bandCount);
    for (let k = 0; k < edgeCount; k++) for (let band = low[k]; band <= high[k]; band++) dealt[filled[band]++] = k;
    for (let band = 0; band < bandCount; band++) {
      const from = this.bandStart[band];
      const to = this.bandStart[band + 1];
      if (to - from > 32) {
        dealt.subarray(from, to).sort((a, b) => maxX[a] - maxX[b]);
        continue;
      }
      for (let i = from + 1; i < to; i++) {
        const edge = dealt[i];
        let j = i - 1;
        while (j >= from && maxX[dealt[j]] > maxX[edge]) {
          dealt[j + 1] = dealt[j];
          j--;
        }
        dealt[j + 1] = edge;
      }
    }
    this.bandEdges = new Float64Array(dealt.length * STRIDE);
    for (let n = 0; n < dealt.length; n++) {
      const from = dealt[n] * STRIDE;
      for (let f = 0; f < STRIDE; f++) this.bandEdges[n * STRIDE + f] = edges[from + f];
    }
    this.west = this.bbox[0];
    this.east = this.bbox[2];
    this.north = north;
    this.single = polygons.length === 1;
    this.flippedAt = new Int32Array(polygons.length);
    this.parity = new Uint8Array(polygons.length);
    this.touched = new Int32Array(polygons.length);
  }

  private band(y: number, bandCount = this.bandStart.length - 1): number {
    return Math.min(bandCount - 1, Math.max(0, Math.floor((y - this.south) / this.bandHeight)));
  }

  /** Whether the area covers (lng, lat): inside, or on an edge or a vertex. */
  covers(lng: number, lat: number): boolean {
    if (lng < this.west - EDGE_TOLERANCE || lng > this.east + EDGE_TOLERANCE || lat < this.south - EDGE_TOLERANCE || lat > this.north + EDGE_TOLERANCE) return false;
    const band = this.bandEdges;
    const which = this.band(lat);
    const end = this.bandStart[which + 1] * STRIDE;
    // Skip the edges wholly west of the point: they can neither hold it nor cross a ray east of it.
    let low = this.bandStart[which];
    let high = this.bandStart[which + 1];
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
    let inside = false;
    for (let at = low * STRIDE; at < end; at += STRIDE) {
      // An edge whose y-range misses the point can neither hold it nor be crossed by the ray.
      if (lat < band[at + 6] - EDGE_TOLERANCE || lat > band[at + 7] + EDGE_TOLERANCE) continue;
      const ax = band[at], ay = band[at + 1], bx = band[at + 2], by = band[at + 3];
      const cross = (bx - ax) * (lat - ay) - (by - ay) * (lng - ax);
      if (Math.abs(cross) <= EDGE_TOLERANCE && lng >= Math.min(ax, bx) - EDGE_TOLERANCE && lng <= band[at + 4] + EDGE_TOLERANCE) return true;
      if (ay > lat !== by > lat && lng < ((bx - ax) * (lat - ay)) / (by - ay) + ax) {
        if (this.single) {
          inside = !inside;
          continue;
        }
        const polygon = band[at + 5];
        if (this.flippedAt[polygon] !== test) {
          this.flippedAt[polygon] = test;
          this.parity[polygon] = 0;
          this.touched[touchedCount++] = polygon;
        }
        this.parity[polygon] ^= 1;
      }
    }
    if (this.single) return inside;
    for (let t = 0; t < touchedCount; t++) if (this.parity[this.touched[t]]) return true;
    return false;
  }
}
