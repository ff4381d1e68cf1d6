import type { Position } from 'geojson';
import type { AreaGeometry, BBox } from './types';
import { ScratchArrays } from '../collections/scratch-arrays';
import { polygonsOf } from '../zones/zone-geometry';

/** The tolerance of the on-edge test, as in point-in-polygon.ts: 1e-12 degrees. */
const EDGE_TOLERANCE = 1e-12;
/** Fields per edge: ax, ay, bx, by, the larger x, the ring it belongs to, the smaller and the larger y. */
const STRIDE = 8;

/** Working arrays for building the bands (one build at a time). */
const scratch = new ScratchArrays();

/**
 * An area prepared for many point tests: its edges sorted into horizontal bands, so a test
 * looks only at the few edges of the point's band that reach east of it, instead of every edge
 * of the area. A merged tier can have tens of thousands of edges; a band holds a handful.
 *
 * Gives exactly what areaCoversPoint gives, for any area, valid or not: per ring, whether the
 * point is on it or how often a ray east of it crosses it, and then areaCoversPoint's rule per
 * polygon (on or in the outer ring, and on a hole's edge or in no hole, holes in their order).
 * The edges and the arithmetic are the same, so the results agree bit for bit.
 */
export class AreaIndex {
  readonly bbox: BBox;
  private readonly polygons: Position[][][];
  private readonly south: number;
  /** Whether the bands are built: on the first test, as a walk over a grid may never need one. */
  private built = false;
  private bandHeight = 1;
  /** The bands' edges, one band after another, each band's sorted by their larger x (STRIDE numbers an edge). */
  private bandEdges = new Float64Array(0);
  /** Where each band's edges start in bandEdges, counted in edges; one more than there are bands. */
  private bandStart: number[] = [0, 0];
  /** Per ring, the test number that last touched it, and then: its crossing parity, and whether the point was on it. */
  private readonly touchedAt: Int32Array;
  private readonly parity: Uint8Array;
  private readonly onRing: Uint8Array;
  /** The rings touched by the current test, in the order met. */
  private readonly touched: Int32Array;
  /** Per ring, its polygon and whether it is the polygon's outer ring; per polygon, its outer ring. */
  private readonly polygonOf: Int32Array;
  private readonly outerRing: Int32Array;
  private test = 0;
  private readonly west: number;
  private readonly east: number;
  private readonly north: number;
  /** One ring (a zone without holes, most often): parity is one flag, no bookkeeping per ring. */
  private readonly single: boolean;

  constructor(area: AreaGeometry) {
    const polygons = polygonsOf(area);
    this.polygons = polygons;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    let ringCount = 0;
    for (const rings of polygons) {
      ringCount += rings.length;
      // The extent of the outer rings, as areaBBox gives it.
      for (const [x, y] of rings[0] ?? []) {
        if (x < west) west = x;
        if (x > east) east = x;
        if (y < south) south = y;
        if (y > north) north = y;
      }
    }
    this.bbox = [west, south, east, north];
    this.west = west;
    this.south = south;
    this.east = east;
    this.north = north;
    this.polygonOf = new Int32Array(ringCount);
    this.outerRing = new Int32Array(polygons.length);
    for (let p = 0, r = 0; p < polygons.length; p++) {
      this.outerRing[p] = r;
      for (let q = 0; q < polygons[p].length; q++) this.polygonOf[r++] = p;
    }
    this.single = ringCount === 1;
    this.touchedAt = new Int32Array(ringCount);
    this.parity = new Uint8Array(ringCount);
    this.onRing = new Uint8Array(ringCount);
    this.touched = new Int32Array(ringCount);
  }

  /** Sorts the edges into bands (see the class). */
  private build(): void {
    this.built = true;
    const { polygons, south, north } = this;
    let edgeCount = 0;
    for (const rings of polygons) for (const ring of rings) edgeCount += ring.length;
    const edges = scratch.floats('edges', edgeCount * STRIDE);
    let e = 0;
    let r = 0;
    let meanHeight = 0;
    for (let p = 0; p < polygons.length; p++) {
      const rings = polygons[p];
      for (let q = 0; q < rings.length; q++, r++) {
        const ring = rings[q];
        // The same pairs as ringPosition: a = ring[i], b = ring[j], j the vertex before i.
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++, e++) {
          const ax = ring[i][0],
            ay = ring[i][1],
            bx = ring[j][0],
            by = ring[j][1];
          const at = e * STRIDE;
          edges[at] = ax;
          edges[at + 1] = ay;
          edges[at + 2] = bx;
          edges[at + 3] = by;
          edges[at + 4] = ax > bx ? ax : bx;
          edges[at + 5] = r;
          edges[at + 6] = ay < by ? ay : by;
          edges[at + 7] = ay < by ? by : ay;
          meanHeight += edges[at + 7] - edges[at + 6];
        }
      }
    }
    // About four edges a band, but no band lower than the mean edge is tall: an edge then lies
    // in one or two bands, not in dozens (a city's zones joined have short edges over kilometres).
    meanHeight /= Math.max(1, edgeCount);
    const bandCount = Math.max(
      1,
      Math.min(8192, Math.ceil(edgeCount / 4), Math.ceil((north - south) / Math.max(meanHeight, 1e-9))),
    );
    this.bandHeight = Math.max((north - south) / bandCount, 1e-9);
    const low = scratch.ints('low', edgeCount);
    const high = scratch.ints('high', edgeCount);
    const sizes = scratch.ints('sizes', bandCount + 1);
    sizes.fill(0, 0, bandCount + 1);
    for (let k = 0; k < edgeCount; k++) {
      low[k] = this.band(edges[k * STRIDE + 6] - EDGE_TOLERANCE, bandCount);
      high[k] = this.band(edges[k * STRIDE + 7] + EDGE_TOLERANCE, bandCount);
      for (let band = low[k]; band <= high[k]; band++) sizes[band]++;
    }
    this.bandStart = [0];
    for (let band = 0; band < bandCount; band++) this.bandStart.push(this.bandStart[band] + sizes[band]);
    // Each band's edges (by number), dealt in order, then sorted by their larger x: a few edges a
    // band, so an insertion sort, with the library's sort for the rare crowded band.
    const dealtCount = this.bandStart[bandCount];
    const dealt = scratch.ints('dealt', dealtCount);
    const filled = sizes;
    for (let band = 0; band < bandCount; band++) filled[band] = this.bandStart[band];
    for (let k = 0; k < edgeCount; k++) for (let band = low[k]; band <= high[k]; band++) dealt[filled[band]++] = k;
    const maxXOf = (k: number) => edges[k * STRIDE + 4];
    for (let band = 0; band < bandCount; band++) {
      const from = this.bandStart[band];
      const to = this.bandStart[band + 1];
      if (to - from > 32) {
        dealt.subarray(from, to).sort((a, b) => maxXOf(a) - maxXOf(b));
        continue;
      }
      for (let i = from + 1; i < to; i++) {
        const edge = dealt[i];
        const x = edges[edge * STRIDE + 4];
        let j = i - 1;
        while (j >= from && edges[dealt[j] * STRIDE + 4] > x) {
          dealt[j + 1] = dealt[j];
          j--;
        }
        dealt[j + 1] = edge;
      }
    }
    const bandEdges = new Float64Array(dealtCount * STRIDE);
    for (let n = 0, to = 0; n < dealtCount; n++, to += STRIDE) {
      const from = dealt[n] * STRIDE;
      bandEdges[to] = edges[from];
      bandEdges[to + 1] = edges[from + 1];
      bandEdges[to + 2] = edges[from + 2];
      bandEdges[to + 3] = edges[from + 3];
      bandEdges[to + 4] = edges[from + 4];
      bandEdges[to + 5] = edges[from + 5];
      bandEdges[to + 6] = edges[from + 6];
      bandEdges[to + 7] = edges[from + 7];
    }
    this.bandEdges = bandEdges;
  }

  private band(y: number, bandCount = this.bandStart.length - 1): number {
    return Math.min(bandCount - 1, Math.max(0, Math.floor((y - this.south) / this.bandHeight)));
  }

  /** Whether the area covers (lng, lat): inside, or on an edge or a vertex. */
  covers(lng: number, lat: number): boolean {
    if (
      lng < this.west - EDGE_TOLERANCE ||
      lng > this.east + EDGE_TOLERANCE ||
      lat < this.south - EDGE_TOLERANCE ||
      lat > this.north + EDGE_TOLERANCE
    )
      return false;
    if (!this.built) this.build();
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
      this.touchedAt.fill(0);
    }
    const test = ++this.test;
    let touchedCount = 0;
    let inside = false;
    for (let at = low * STRIDE; at < end; at += STRIDE) {
      // An edge whose y-range misses the point can neither hold it nor be crossed by the ray.
      if (lat < band[at + 6] - EDGE_TOLERANCE || lat > band[at + 7] + EDGE_TOLERANCE) continue;
      const ax = band[at],
        ay = band[at + 1],
        bx = band[at + 2],
        by = band[at + 3];
      const cross = (bx - ax) * (lat - ay) - (by - ay) * (lng - ax);
      const onEdge =
        Math.abs(cross) <= EDGE_TOLERANCE &&
        lng >= Math.min(ax, bx) - EDGE_TOLERANCE &&
        lng <= band[at + 4] + EDGE_TOLERANCE;
      const crosses = ay > lat !== by > lat && lng < ((bx - ax) * (lat - ay)) / (by - ay) + ax;
      if (this.single) {
        if (onEdge) return true;
        if (crosses) inside = !inside;
        continue;
      }
      if (!onEdge && !crosses) continue;
      const ring = band[at + 5];
      if (this.touchedAt[ring] !== test) {
        this.touchedAt[ring] = test;
        this.parity[ring] = 0;
        this.onRing[ring] = 0;
        this.touched[touchedCount++] = ring;
      }
      if (onEdge) this.onRing[ring] = 1;
      else this.parity[ring] ^= 1;
    }
    if (this.single) return inside;
    if (touchedCount === 0) return false;
    if (touchedCount === 1) {
      // One ring met (most tests): covered only when it is an outer ring and the point is on it or
      // inside it (a hole met alone lies outside its untouched outer ring).
      const ring = this.touched[0];
      return this.outerRing[this.polygonOf[ring]] === ring && (this.onRing[ring] === 1 || this.parity[ring] === 1);
    }
    return this.anyPolygonCovers(touchedCount, test);
  }

  /** The polygon a ring belongs to (rings are numbered as the area lists them: polygon by polygon, outer ring first). */
  polygonOfRing(ring: number): number {
    return this.polygonOf[ring];
  }

  /** Whether a ring is its polygon's outer ring (else a hole). */
  isOuterRing(ring: number): boolean {
    return this.outerRing[this.polygonOf[ring]] === ring;
  }

  /**
   * areaCoversPoint's rule over the rings the test touched: a polygon covers the point when it is
   * on its outer ring, or inside it and then, hole by hole in order, on a hole's edge before being
   * inside a hole. Untouched rings are neither held nor crossed.
   */
  private anyPolygonCovers(touchedCount: number, test: number): boolean {
    const touched = this.touched.subarray(0, touchedCount).sort();
    for (let t = 0; t < touchedCount; t++) {
      const outer = this.outerRing[this.polygonOf[touched[t]]];
      // Each polygon once: from its first touched ring, its outer ring if touched (rings sort in order).
      if (t > 0 && this.polygonOf[touched[t - 1]] === this.polygonOf[touched[t]]) continue;
      if (this.touchedAt[outer] !== test) continue;
      if (this.onRing[outer]) return true;
      if (!this.parity[outer]) continue;
      let covered = true;
      for (let h = t + 1; h < touchedCount && this.polygonOf[touched[h]] === this.polygonOf[outer]; h++) {
        if (this.onRing[touched[h]]) break;
        if (this.parity[touched[h]]) {
          covered = false;
          break;
        }
      }
      if (covered) return true;
    }
    return false;
  }
}
