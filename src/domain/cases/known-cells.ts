import { cellToBoundary, isPentagon } from 'h3-js';

/** The side of the buckets that remember a nearby cell, in degrees (about 30 m): well under a resolution-10 cell. */
const BUCKET_DEGREES = 0.0003;
const BUCKET_SLOTS = 1 << 16;
/**
 * How far inside a cell's outline a point must be, in degrees (about 1 cm), for the outline to
 * decide without h3. H3's edges are arcs of great circles; over a 75 m edge they stray from the
 * straight line in degrees by well under a millimetre, so a point this far inside is in the cell.
 */
const MARGIN = 1e-7;

/**
 * The outlines of the cells met so far, and per bucket of positions the last cell met there, so
 * that a case deep inside a known cell is placed in it by six cross products instead of a call to
 * `latLngToCell` (about 0.7 µs). Cases near an outline, in a new place, or in a cell whose outline
 * is not a plain hexagon (pentagons, cells across an icosahedron edge) go to h3 as before: every
 * case lands in exactly the cell h3 gives.
 */
export class KnownCells {
  /**
   * Per cell (by index): its six vertices, lng and lat, counter-clockwise; NaN first for a cell not
   * used here. Learnt the second time a bucket meets the cell, so cells met once cost nothing.
   */
  private outlines = new Float64Array(12 * 256);
  /** Per cell: 1 once its outline is read (0, or past the end, before). */
  private outlineRead = new Uint8Array(256);
  private readonly names: string[] = [];
  private readonly bucketX = new Int32Array(BUCKET_SLOTS);
  private readonly bucketY = new Int32Array(BUCKET_SLOTS);
  /** Per slot, 1 + the index of the last cell met in it; 0 when empty. */
  private readonly bucketCell = new Int32Array(BUCKET_SLOTS);

  /** The known cell that surely holds the position, or -1 when h3 must say. */
  find(lng: number, lat: number): number {
    const x = Math.floor(lng / BUCKET_DEGREES);
    const y = Math.floor(lat / BUCKET_DEGREES);
    const slot = slotOf(x, y);
    const entry = this.bucketCell[slot];
    if (entry === 0 || this.bucketX[slot] !== x || this.bucketY[slot] !== y) return -1;
    const index = entry - 1;
    if (this.outlineRead[index] !== 1) this.learnOutline(index, this.names[index]);
    return this.deepInside(index, lng, lat) ? index : -1;
  }

  /** Remembers that the position is in cell `index` (named `cell`; indexes are given in order from 0). */
  learn(index: number, cell: string, lng: number, lat: number): void {
    if (index === this.names.length) this.names.push(cell);
    const x = Math.floor(lng / BUCKET_DEGREES);
    const y = Math.floor(lat / BUCKET_DEGREES);
    const slot = slotOf(x, y);
    this.bucketX[slot] = x;
    this.bucketY[slot] = y;
    this.bucketCell[slot] = index + 1;
  }

  private learnOutline(index: number, cell: string): void {
    if (index >= this.outlineRead.length) {
      // Both per-cell arrays grow together, to hold the cell.
      let cells = this.outlineRead.length * 2;
      while (index >= cells) cells *= 2;
      const read = new Uint8Array(cells);
      read.set(this.outlineRead);
      this.outlineRead = read;
      const outlines = new Float64Array(12 * cells);
      outlines.set(this.outlines);
      this.outlines = outlines;
    }
    this.outlineRead[index] = 1;
    const at = 12 * index;
    const boundary = cellToBoundary(cell);
    let usable = boundary.length === 6 && !isPentagon(cell);
    // Counter-clockwise in (lng, lat), as the inside test wants.
    let twiceArea = 0;
    for (let k = 0; k < boundary.length; k++) {
      const [latA, lngA] = boundary[k];
      const [latB, lngB] = boundary[(k + 1) % boundary.length];
      twiceArea += lngA * latB - lngB * latA;
      if (Math.abs(lngB - lngA) > 1) usable = false;
    }
    if (!usable) {
      this.outlines[at] = NaN;
      return;
    }
    for (let k = 0; k < 6; k++) {
      const [lat, lng] = boundary[twiceArea > 0 ? k : 5 - k];
      this.outlines[at + 2 * k] = lng;
      this.outlines[at + 2 * k + 1] = lat;
    }
  }

  /** Whether the position is inside the cell's outline by more than the margin on every side. */
  private deepInside(index: number, lng: number, lat: number): boolean {
    const o = this.outlines;
    const at = 12 * index;
    if (Number.isNaN(o[at])) return false;
    for (let k = 0; k < 6; k++) {
      const ax = o[at + 2 * k];
      const ay = o[at + 2 * k + 1];
      const next = k === 5 ? 0 : k + 1;
      const bx = o[at + 2 * next];
      const by = o[at + 2 * next + 1];
      const ex = bx - ax;
      const ey = by - ay;
      // Left of the edge by more than the margin (the cross product is the distance times the
      // length); written so that anything not a number fails too.
      if (!(ex * (lat - ay) - ey * (lng - ax) > MARGIN * Math.hypot(ex, ey))) return false;
    }
    return true;
  }
}

/** The bucket slot of a bucket's column and row. */
function slotOf(x: number, y: number): number {
  return (Math.imul(x, 73_856_093) ^ Math.imul(y, 19_349_663)) & (BUCKET_SLOTS - 1);
}
