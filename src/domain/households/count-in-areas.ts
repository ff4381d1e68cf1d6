import { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { cellEdgesOf } from './cell-edges';
import type { GridIndex } from './grid-index';
import type { HouseholdStore, HouseholdTotals } from './household-store';

const emptyTotals = (): HouseholdTotals => ({ records: 0, households: 0, residents: 0 });

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

/** What a walk over an area's cells does with them (points are named by their position k in the grid's order). */
export interface CellVisitor {
  /** A cell the area holds whole: its points are from–to. */
  whole: (from: number, to: number, cell: number) => void;
  /** A covered point of a cell an edge crosses. */
  point: (position: number, cell: number) => void;
  /** Whether to look at a cell at all (default yes): a cell already settled is passed by. */
  wantsCell?: (cell: number) => boolean;
  /** Whether to test a point of a crossed cell at all (default yes). */
  wantsPoint?: (position: number) => boolean;
}

/**
 * Walks the cells an area touches (or only those `within`), row by row: a cell no edge crosses
 * is wholly inside or outside, as its centre is, and `whole` gets its points at once; in a cell
 * an edge crosses, `point(k)` gets each covered point. Centres and points are tested against
 * the edges listed in their row and cell (CellEdges).
 * Edges and vertices count as inside, like areaCoversPoint (the tests run on `prepared` when
 * too close to call).
 */
export function forEachCellOfArea(
  index: GridIndex,
  area: AreaGeometry,
  prepared: AreaIndex,
  visit: CellVisitor,
  within?: CellRange,
): void {
  if (index.order.length === 0) return;
  const [west, south, east, north] = prepared.bbox;
  const crossed = cellEdgesOf(index, area, prepared);
  const c0 = Math.max(index.column(west), within?.c0 ?? 0);
  const c1 = Math.min(index.column(east), within?.c1 ?? Infinity);
  const r0 = Math.max(index.row(south), within?.r0 ?? 0);
  const r1 = Math.min(index.row(north), within?.r1 ?? Infinity);
  const { start, columns } = index;
  const { cells } = crossed;
  const wantsCell = visit.wantsCell;
  for (let r = r0; r <= r1; r++) {
    const ready = crossed.beginRow(r, prepared);
    let next = crossed.firstFrom(r * columns + c0);
    for (let c = c0; c <= c1; c++) {
      const cell = r * columns + c;
      const from = start[cell];
      const to = start[cell + 1];
      const x = index.west + (c + 0.5) * index.cellLng;
      if (cells[next] === cell) {
        if (from !== to && (!wantsCell || wantsCell(cell)))
          crossed.forEachCovered(
            next,
            from,
            to,
            prepared,
            visit.point,
            visit.wantsPoint,
            ready ? crossed.maskAt(x) : -1,
          );
        next++;
        continue;
      }
      if (from === to || (wantsCell && !wantsCell(cell))) continue;
      // A row with more rings than the quick tests follow (rare) tests each centre in full.
      const covered = ready
        ? crossed.coveredBy(crossed.maskAt(x))
        : prepared.covers(x, index.south + (r + 0.5) * index.cellLat);
      if (covered) visit.whole(from, to, cell);
    }
  }
}

/** Calls `visit(i)` once for every record the area covers. */
export function forEachPointInArea(
  index: GridIndex,
  area: AreaGeometry,
  visit: (record: number) => void,
  prepared = new AreaIndex(area),
): void {
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
export function totalsInArea(
  store: HouseholdStore,
  index: GridIndex,
  area: AreaGeometry,
  prepared = new AreaIndex(area),
): HouseholdTotals {
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
