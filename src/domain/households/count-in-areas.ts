import type { Position } from 'geojson';
import { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { polygonsOf } from '../zones/zone-geometry';
import type { GridIndex } from './grid-index';
import type { HouseholdStore, HouseholdTotals } from './household-store';

const emptyTotals = (): HouseholdTotals => ({ records: 0, households: 0, residents: 0 });

/**
 * Marks on a grid's cells, reused from area to area: a cell is marked when it holds the current
 * generation, so starting afresh costs nothing. One per grid index.
 */
class CellMarks {
  private readonly generations: Int32Array;
  private generation = 0;

  constructor(cells: number) {
    this.generations = new Int32Array(cells);
  }

  clear(): void {
    if (++this.generation >= 0x3fffffff) {
      this.generation = 1;
      this.generations.fill(0);
    }
  }

  mark(cell: number): void {
    this.generations[cell] = this.generation;
  }

  has(cell: number): boolean {
    return this.generations[cell] === this.generation;
  }
}

const marksByIndex = new WeakMap<GridIndex, CellMarks>();

/** How far past an edge, in cells, a cell still counts as crossed: float error in the strips, and no more. */
const STRIP_MARGIN = 1e-7;

/**
 * Marks the grid cells that an area's edges cross: for each column an edge passes, the rows its
 * y-range in that column spans, with a hair of margin (so a cell an edge only grazes is marked
 * too: more exact tests, never a wrong count). Cells off the grid hold no point and are skipped.
 * The marks hold until the next call for the same grid.
 */
function boundaryCells(index: GridIndex, area: AreaGeometry): CellMarks {
  let cells = marksByIndex.get(index);
  if (!cells) marksByIndex.set(index, (cells = new CellMarks(index.columns * index.rows)));
  cells.clear();
  const { west, south, cellLng, cellLat, columns, rows } = index;
  const mark = (a: Position, b: Position) => {
    let x0 = (a[0] - west) / cellLng, y0 = (a[1] - south) / cellLat;
    let x1 = (b[0] - west) / cellLng, y1 = (b[1] - south) / cellLat;
    if (x0 > x1) [x0, y0, x1, y1] = [x1, y1, x0, y0];
    const slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
    const c0 = Math.max(0, Math.floor(x0 - STRIP_MARGIN));
    const c1 = Math.min(columns - 1, Math.floor(x1 + STRIP_MARGIN));
    for (let c = c0; c <= c1; c++) {
      // The edge's y at both sides of the column (or at its ends, inside the column).
      const ya = x1 > x0 ? y0 + (Math.min(x1, Math.max(x0, c)) - x0) * slope : y0;
      const yb = x1 > x0 ? y0 + (Math.min(x1, Math.max(x0, c + 1)) - x0) * slope : y1;
      const r0 = Math.max(0, Math.floor(Math.min(ya, yb) - STRIP_MARGIN));
      const r1 = Math.min(rows - 1, Math.floor(Math.max(ya, yb) + STRIP_MARGIN));
      for (let r = r0; r <= r1; r++) cells.mark(r * columns + c);
    }
  };
  for (const polygon of polygonsOf(area)) for (const ring of polygon) for (let i = 0; i + 1 < ring.length; i++) mark(ring[i], ring[i + 1]);
  return cells;
}

/**
 * A store's counts laid out for a grid: per cell, summed (for cells an area holds whole), and per
 * point in the grid's order (for cells an edge crosses, read in sequence). One per store and grid.
 */
export interface OrderedCounts {
  store: HouseholdStore;
  cellHouseholds: Float64Array;
  cellResidents: Float64Array;
  households: Uint32Array;
  residents: Uint32Array;
}

const countsByIndex = new WeakMap<GridIndex, OrderedCounts>();

export function orderedCounts(store: HouseholdStore, index: GridIndex): OrderedCounts {
  const known = countsByIndex.get(index);
  if (known && known.store === store) return known;
  const cells = index.columns * index.rows;
  const counts: OrderedCounts = {
    store,
    cellHouseholds: new Float64Array(cells),
    cellResidents: new Float64Array(cells),
    households: new Uint32Array(index.order.length),
    residents: new Uint32Array(index.order.length),
  };
  for (let cell = 0; cell < cells; cell++) {
    for (let k = index.start[cell]; k < index.start[cell + 1]; k++) {
      counts.households[k] = store.households[index.order[k]];
      counts.residents[k] = store.residents[index.order[k]];
      counts.cellHouseholds[cell] += counts.households[k];
      counts.cellResidents[cell] += counts.residents[k];
    }
  }
  countsByIndex.set(index, counts);
  return counts;
}

/** A block of grid cells, columns c0–c1 and rows r0–r1 inclusive. */
export interface CellRange {
  c0: number;
  c1: number;
  r0: number;
  r1: number;
}

/** The cells a box [west, south, east, north] touches. */
export function cellsOf(index: GridIndex, [west, south, east, north]: readonly number[]): CellRange {
  return { c0: index.column(west), c1: index.column(east), r0: index.row(south), r1: index.row(north) };
}

/** Calls `visit(k)` for every point in a block of cells, by its position k in the grid's order. */
export function forEachPositionInCells(index: GridIndex, range: CellRange, visit: (position: number) => void): void {
  for (let r = range.r0; r <= range.r1; r++) {
    for (let k = index.start[r * index.columns + range.c0]; k < index.start[r * index.columns + range.c1 + 1]; k++) visit(k);
  }
}

/**
 * Walks the cells an area touches (or only those `within`): a cell no edge crosses is wholly
 * inside or outside, so one test of its centre decides it, and `whole(from, to)` gets its points
 * at once; in a cell an edge crosses, `point(k)` gets each covered point. Points are named by
 * their position k in the grid's order (`index.order[k]` is the record).
 * Edges and vertices count as inside, like areaCoversPoint (the tests run on `prepared`).
 */
export function forEachCellOfArea(
  index: GridIndex,
  area: AreaGeometry,
  prepared: AreaIndex,
  visit: { whole: (from: number, to: number, cell: number) => void; point: (position: number) => void },
  within?: CellRange,
): void {
  if (index.order.length === 0) return;
  const [west, south, east, north] = prepared.bbox;
  const boundary = boundaryCells(index, area);
  const c0 = Math.max(index.column(west), within?.c0 ?? 0);
  const c1 = Math.min(index.column(east), within?.c1 ?? Infinity);
  const r0 = Math.max(index.row(south), within?.r0 ?? 0);
  const r1 = Math.min(index.row(north), within?.r1 ?? Infinity);
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * index.columns + c;
      const from = index.start[cell];
      const to = index.start[cell + 1];
      if (from === to) continue;
      if (boundary.has(cell)) {
        for (let k = from; k < to; k++) if (prepared.covers(index.orderedLng[k], index.orderedLat[k])) visit.point(k);
      } else if (prepared.covers(index.west + (c + 0.5) * index.cellLng, index.south + (r + 0.5) * index.cellLat)) {
        visit.whole(from, to, cell);
      }
    }
  }
}

/** Calls `visit(i)` once for every record the area covers. */
export function forEachPointInArea(index: GridIndex, area: AreaGeometry, visit: (record: number) => void, prepared = new AreaIndex(area)): void {
  forEachCellOfArea(index, area, prepared, {
    whole: (from, to) => {
      for (let k = from; k < to; k++) visit(index.order[k]);
    },
    point: (k) => visit(index.order[k]),
  });
}

/**
 * Records, households and residents covered by one area (a zone's own geometry). Cells the area
 * holds whole add their sums at once; only cells an edge crosses look at each record.
 */
export function totalsInArea(store: HouseholdStore, index: GridIndex, area: AreaGeometry, prepared = new AreaIndex(area)): HouseholdTotals {
  const totals = emptyTotals();
  const counts = orderedCounts(store, index);
  forEachCellOfArea(index, area, prepared, {
    whole: (from, to, cell) => {
      totals.records += to - from;
      totals.households += counts.cellHouseholds[cell];
      totals.residents += counts.cellResidents[cell];
    },
    point: (k) => {
      totals.records++;
      totals.households += counts.households[k];
      totals.residents += counts.residents[k];
    },
  });
  return totals;
}
