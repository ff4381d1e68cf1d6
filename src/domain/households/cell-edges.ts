import type { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import type { GridIndex } from './grid-index';
import { crossedCells, type CrossedCells } from './crossed-cells';
import { ScratchArrays } from '../collections/scratch-arrays';

/**
 * Below this size a cross product (degrees squared) is too close to call against the other
 * arithmetic: ten times the on-edge tolerance of areaCoversPoint (1e-12), and far above the
 * rounding error of products of coordinate differences (about 1e-16). A point this close to an
 * edge's line, a cell centre this close, or a vertex this close to the line from the centre to a
 * point, is tested the full way instead.
 */
const TOO_CLOSE = 1e-11;
/** Rings one row's quick tests can follow at once (one bit each). */
const MAX_RINGS = 30;

/**
 * The grid cells an area's edges pass through, each with the edges that do, for one grid; and
 * with them, tests that look at those few edges only.
 *
 * A row of cells is walked from west to east along its centre line: which rings each cell's
 * centre is inside comes from where the line crosses the edges listed in the row (areaCoversPoint's
 * crossing rule, with its arithmetic), and areaCoversPoint's rule then says whether the area covers
 * it (in an outer ring and in none of its holes). A cell no edge crosses is covered as its centre
 * is. In a crossed cell, a point is inside the rings its cell's centre is inside, each flipped once
 * for each of the ring's edges that the segment from the centre to the point crosses.
 *
 * Whenever a point, a centre or a vertex is too close to an edge's line to call, the full test
 * decides (AreaIndex.covers), so the answers are exactly the full test's.
 */
export class CellEdges {
  /** The crossed cells, ascending. */
  readonly cells: Int32Array;
  private readonly lists: CrossedCells;

  constructor(
    readonly index: GridIndex,
    area: AreaGeometry,
  ) {
    this.lists = crossedCells(index, area);
    this.cells = this.lists.cells;
  }

  /** The place of the first crossed cell at or after `cell` in `cells`. */
  firstFrom(cell: number): number {
    let low = 0;
    let high = this.cells.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cells[mid] < cell) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Readies row `row` for a walk from west to east: where its centre line crosses the area's
   * edges (the edges listed in the row's crossed cells, which are all that cross it), and a bit
   * for each ring listed in the row. False when more rings meet in the row than there are bits:
   * the row is then walked with full tests.
   */
  beginRow(row: number, prepared: AreaIndex): boolean {
    const { index } = this;
    const { coords, ringOf, edgeIds, start } = this.lists;
    const y = index.south + (row + 0.5) * index.cellLat;
    const state = rowState;
    state.y = y;
    state.ringCount = 0;
    state.crossings = 0;
    state.next = 0;
    state.mask = 0;
    state.stamp = scratch.ints('stamp', ringOf.length, state.stamp.length);
    if (++state.stampNow >= 0x3fffffff) {
      state.stampNow = 1;
      state.stamp.fill(0);
    }
    const stamp = state.stamp;
    const now = state.stampNow;
    const last = this.firstFrom((row + 1) * index.columns);
    for (let slot = this.firstFrom(row * index.columns); slot < last; slot++) {
      for (let i = start[slot]; i < start[slot + 1]; i++) {
        const e = edgeIds[i];
        if (stamp[e] === now) continue;
        stamp[e] = now;
        const bit = rowBit(ringOf[e]);
        if (bit === 0) return false;
        const ax = coords[4 * e],
          ay = coords[4 * e + 1],
          bx = coords[4 * e + 2],
          by = coords[4 * e + 3];
        // areaCoversPoint's crossing rule, with its arithmetic.
        if (ay > y === by > y) continue;
        if (state.crossings === state.xs.length) {
          state.xs = scratch.floats('xs', state.crossings + 1, state.crossings);
          state.xbits = scratch.ints('xbits', state.crossings + 1, state.crossings);
        }
        state.xs[state.crossings] = ((bx - ax) * (y - ay)) / (by - ay) + ax;
        state.xbits[state.crossings++] = bit;
        state.mask ^= bit;
      }
    }
    // The crossings from west to east (a few a row: an insertion sort).
    const { xs, xbits } = state;
    for (let i = 1; i < state.crossings; i++) {
      const x = xs[i];
      const bit = xbits[i];
      let j = i - 1;
      while (j >= 0 && xs[j] > x) {
        xs[j + 1] = xs[j];
        xbits[j + 1] = xbits[j];
        j--;
      }
      xs[j + 1] = x;
      xbits[j + 1] = bit;
    }
    // Per polygon met in the row: the bits of its outer ring (none: it covers nothing here) and of its holes.
    state.polygonCount = 0;
    for (let bit = 0; bit < state.ringCount; bit++) {
      const polygon = prepared.polygonOfRing(state.rings[bit]);
      let p = 0;
      while (p < state.polygonCount && state.polygons[p] !== polygon) p++;
      if (p === state.polygonCount) {
        state.polygons[state.polygonCount++] = polygon;
        state.outers[p] = 0;
        state.holes[p] = 0;
      }
      if (prepared.isOuterRing(state.rings[bit])) state.outers[p] |= 1 << bit;
      else state.holes[p] |= 1 << bit;
    }
    return true;
  }

  /**
   * The rings (bits) the row's centre line is inside at `x` (the crossing rule: crossings east of
   * x, per ring, odd). Calls must come with x ascending, after beginRow.
   */
  maskAt(x: number): number {
    const state = rowState;
    while (state.next < state.crossings && !(x < state.xs[state.next])) state.mask ^= state.xbits[state.next++];
    return state.mask;
  }

  /** Whether rings `mask` (of the current row) cover a point: inside an outer ring and none of its holes. */
  coveredBy(mask: number): boolean {
    const state = rowState;
    for (let p = 0; p < state.polygonCount; p++)
      if ((mask & state.outers[p]) !== 0 && (mask & state.holes[p]) === 0) return true;
    return false;
  }

  /**
   * Calls `visit(k)` for each point k in `from`–`to` (the crossed cell at place `slot`) that the
   * area covers, skipping those `wanted` turns down before any test. `centre` is maskAt of the
   * cell's centre, or -1 when the row is not ready (every point then gets the full test).
   */
  forEachCovered(
    slot: number,
    from: number,
    to: number,
    prepared: AreaIndex,
    visit: (k: number, cell: number) => void,
    wanted: ((k: number) => boolean) | undefined,
    centre: number,
  ): void {
    const { orderedLng, orderedLat } = this.index;
    const cell = this.cells[slot];
    if (centre < 0 || !this.prepareCell(slot)) {
      for (let k = from; k < to; k++)
        if ((!wanted || wanted(k)) && prepared.covers(orderedLng[k], orderedLat[k])) visit(k, cell);
      return;
    }
    // The quick test (see the class), written out here: it runs for every point of every crossed cell.
    const { local, cx, localEnd } = cellState;
    const { y: cy, polygonCount, outers, holes } = rowState;
    const [outer, hole] = [outers[0], holes[0]];
    for (let k = from; k < to; k++) {
      if (wanted && !wanted(k)) continue;
      const lng = orderedLng[k];
      const lat = orderedLat[k];
      let mask = centre;
      let full = false;
      for (let at = 0; at < localEnd; at += LOCAL_STRIDE) {
        const ax = local[at],
          ay = local[at + 1],
          bx = local[at + 2],
          by = local[at + 3];
        const side = (bx - ax) * (lat - ay) - (by - ay) * (lng - ax);
        if (Math.abs(side) <= TOO_CLOSE) {
          full = true;
          break;
        }
        // On the centre's side of the edge's line: the segment from the centre cannot cross the edge.
        if (side > 0 === local[at + 4] > 0) continue;
        const dx = lng - cx;
        const dy = lat - cy;
        const sa = dx * (ay - cy) - dy * (ax - cx);
        const sb = dx * (by - cy) - dy * (bx - cx);
        if (Math.abs(sa) <= TOO_CLOSE || Math.abs(sb) <= TOO_CLOSE) {
          full = true;
          break;
        }
        if (sa > 0 !== sb > 0) mask ^= local[at + 5];
      }
      let covered: boolean;
      if (full) covered = prepared.covers(lng, lat);
      else if (polygonCount === 1) covered = (mask & outer) !== 0 && (mask & hole) === 0;
      else covered = this.coveredBy(mask);
      if (covered) visit(k, cell);
    }
  }

  /**
   * Readies the quick test for the points of one crossed cell of the current row: its edges,
   * with the side of each the centre is on and its ring's bit. False when the centre is too
   * close to an edge to start from.
   */
  private prepareCell(slot: number): boolean {
    const { index } = this;
    const { coords, ringOf, edgeIds, start } = this.lists;
    const column = this.cells[slot] % index.columns;
    const cx = index.west + (column + 0.5) * index.cellLng;
    const cy = rowState.y;
    const first = start[slot];
    const count = start[slot + 1] - first;
    const state = cellState;
    state.local = scratch.floats('local', LOCAL_STRIDE * count);
    const { local } = state;
    for (let i = 0; i < count; i++) {
      const e = edgeIds[first + i];
      const ax = coords[4 * e],
        ay = coords[4 * e + 1],
        bx = coords[4 * e + 2],
        by = coords[4 * e + 3];
      const side = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
      if (Math.abs(side) <= TOO_CLOSE) return false;
      const at = LOCAL_STRIDE * i;
      local[at] = ax;
      local[at + 1] = ay;
      local[at + 2] = bx;
      local[at + 3] = by;
      local[at + 4] = side > 0 ? 1 : -1;
      local[at + 5] = rowBit(ringOf[e]);
    }
    state.cx = cx;
    state.localEnd = LOCAL_STRIDE * count;
    return true;
  }
}

/** The row's and the cell's working arrays, kept between rows and grown on demand. */
const scratch = new ScratchArrays();

/** Fields per edge of the cell being tested: ax, ay, bx, by, the side the centre is on (±1), its ring's bit. */
const LOCAL_STRIDE = 6;

/** The row being walked (one at a time, in one thread): its centre line's crossings, rings and polygons. */
const rowState = {
  y: 0,
  xs: scratch.floats('xs', 64),
  xbits: scratch.ints('xbits', 64),
  crossings: 0,
  next: 0,
  mask: 0,
  rings: new Int32Array(MAX_RINGS),
  ringCount: 0,
  polygons: new Int32Array(MAX_RINGS),
  outers: new Int32Array(MAX_RINGS),
  holes: new Int32Array(MAX_RINGS),
  polygonCount: 0,
  /** Per edge, the row it was last met in (so an edge listed in several cells of a row counts once). */
  stamp: scratch.ints('stamp', 1024),
  stampNow: 0,
};

/** The crossed cell being tested: its centre's x and its edges. */
const cellState = {
  cx: 0,
  local: scratch.floats('local', LOCAL_STRIDE * 64),
  localEnd: 0,
};

/** A ring's bit in the current row, given on first sight; 0 when there are too many rings. */
function rowBit(ring: number): number {
  const state = rowState;
  for (let bit = 0; bit < state.ringCount; bit++) if (state.rings[bit] === ring) return 1 << bit;
  if (state.ringCount === MAX_RINGS) return 0;
  state.rings[state.ringCount] = ring;
  return 1 << state.ringCount++;
}

const byArea = new WeakMap<AreaIndex, CellEdges>();

/** The crossed cells of a prepared area on a grid, kept with the prepared area while the grid is the same. */
export function cellEdgesOf(index: GridIndex, area: AreaGeometry, prepared: AreaIndex): CellEdges {
  let edges = byArea.get(prepared);
  if (!edges || edges.index !== index) byArea.set(prepared, (edges = new CellEdges(index, area)));
  return edges;
}
