import type { Position } from 'geojson';
import type { AreaGeometry } from '../geo/types';
import { polygonsOf } from '../zones/zone-geometry';
import { ScratchArrays } from '../collections/scratch-arrays';
import type { GridIndex } from './grid-index';

/** Working arrays for the area being listed (one at a time). */
const scratch = new ScratchArrays();

/** How far past an edge, in cells, a cell still counts as crossed: float error in the strips, and no more. */
const STRIP_MARGIN = 1e-7;

/** The grid cells an area's edges pass through, each with the edges that do (see crossedCells). */
export interface CrossedCells {
  /** The crossed cells, ascending. */
  cells: Int32Array;
  /** Where each crossed cell's edges start in `edgeIds`; one more than there are cells. */
  start: Int32Array;
  edgeIds: Int32Array;
  /** Per edge: ax, ay, bx, by. */
  coords: Float64Array;
  /** Per edge, its ring, numbered as AreaIndex numbers them (polygon by polygon, outer ring first). */
  ringOf: Int32Array;
}

/**
 * The cells of a grid that an area's edges pass through, with the edges that pass through each,
 * listed with a hair of margin (a cell an edge only grazes is crossed too). Edges, or their parts,
 * east or west of the grid are listed in its last or first column, so that every edge a row's
 * centre line crosses is listed in that row.
 */
export function crossedCells(index: GridIndex, area: AreaGeometry): CrossedCells {
  const { west, south, cellLng, cellLat, columns, rows } = index;
  const polygons = polygonsOf(area);
  let edgeCount = 0;
  for (const polygon of polygons) for (const ring of polygon) edgeCount += edgesOf(ring);
  const coords = new Float64Array(4 * edgeCount);
  const ringOf = new Int32Array(edgeCount);
  // Each (cell, edge) pair the edges make, then dealt by cell (a counting sort over the block
  // of cells the pairs fall in), edges in order within a cell.
  let pairCell = scratch.ints('pairCell', 4 * edgeCount + 16);
  let pairEdge = scratch.ints('pairEdge', 4 * edgeCount + 16);
  let pairCount = 0;
  let [cMin, cMax, rMin, rMax] = [columns, -1, rows, -1];
  let e = 0;
  let r = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const edges = edgesOf(ring);
      for (let i = 0; i < edges; i++, e++) {
        const next = (i + 1) % ring.length;
        const ax = ring[i][0],
          ay = ring[i][1],
          bx = ring[next][0],
          by = ring[next][1];
        coords[4 * e] = ax;
        coords[4 * e + 1] = ay;
        coords[4 * e + 2] = bx;
        coords[4 * e + 3] = by;
        ringOf[e] = r;
        // Each column the edge passes, and in it the rows its y-range spans, with a hair of
        // margin: a cell the edge only grazes is crossed too (more work, never a wrong answer).
        const west0 = ax <= bx;
        const x0 = ((west0 ? ax : bx) - west) / cellLng,
          y0 = ((west0 ? ay : by) - south) / cellLat;
        const x1 = ((west0 ? bx : ax) - west) / cellLng,
          y1 = ((west0 ? by : ay) - south) / cellLat;
        const slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
        // Edges (or parts) east or west of the grid are listed in its last or first column, so
        // that every edge a row's centre line crosses is listed in that row.
        const cFirst = Math.min(columns - 1, Math.max(0, Math.floor(x0 - STRIP_MARGIN)));
        const cLast = Math.max(0, Math.min(columns - 1, Math.floor(x1 + STRIP_MARGIN)));
        for (let c = cFirst; c <= cLast; c++) {
          const xa = c === cFirst ? x0 : Math.max(x0, c);
          const xb = c === cLast ? x1 : Math.min(x1, c + 1);
          const ya = y0 + (xa - x0) * slope;
          const yb = x1 > x0 ? y0 + (xb - x0) * slope : y1;
          const r0 = Math.max(0, Math.floor(Math.min(ya, yb) - STRIP_MARGIN));
          const r1 = Math.min(rows - 1, Math.floor(Math.max(ya, yb) + STRIP_MARGIN));
          if (r0 > r1) continue;
          if (pairCount + r1 - r0 + 1 > pairCell.length) {
            pairCell = scratch.ints('pairCell', pairCount + r1 - r0 + 1, pairCount);
            pairEdge = scratch.ints('pairEdge', pairCount + r1 - r0 + 1, pairCount);
          }
          for (let row = r0; row <= r1; row++) {
            pairCell[pairCount] = row * columns + c;
            pairEdge[pairCount++] = e;
          }
          if (c < cMin) cMin = c;
          if (c > cMax) cMax = c;
          if (r0 < rMin) rMin = r0;
          if (r1 > rMax) rMax = r1;
        }
      }
      r++;
    }
  }
  const width = cMax - cMin + 1;
  const blockCells = pairCount ? width * (rMax - rMin + 1) : 0;
  const counts = scratch.ints('counts', blockCells + 1);
  counts.fill(0, 0, blockCells + 1);
  const blockOf = (cell: number) => (Math.floor(cell / columns) - rMin) * width + (cell % columns) - cMin;
  for (let p = 0; p < pairCount; p++) counts[blockOf(pairCell[p]) + 1]++;
  let cellCount = 0;
  for (let b = 0; b < blockCells; b++) {
    if (counts[b + 1] > 0) cellCount++;
    counts[b + 1] += counts[b];
  }
  const cells = new Int32Array(cellCount);
  const start = new Int32Array(cellCount + 1);
  let n = 0;
  for (let b = 0; b < blockCells; b++) {
    if (counts[b + 1] === counts[b]) continue;
    cells[n] = (rMin + Math.floor(b / width)) * columns + cMin + (b % width);
    start[n++] = counts[b];
  }
  start[cellCount] = pairCount;
  const edgeIds = new Int32Array(pairCount);
  for (let p = 0; p < pairCount; p++) edgeIds[counts[blockOf(pairCell[p])]++] = pairEdge[p];
  return { cells, start, edgeIds, coords, ringOf };
}

/**
 * How many edges a ring has: one a vertex, the last to the first, as areaCoversPoint takes them;
 * no edge from the last vertex of a closed ring back to its first, the same point.
 */
function edgesOf(ring: readonly Position[]): number {
  if (ring.length < 2) return ring.length;
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring.length - 1 : ring.length;
}
