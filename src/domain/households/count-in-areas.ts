import type { Position } from 'geojson';
import { areaBBox } from '../geo/bbox';
import { areaCoversPoint } from '../geo/point-in-polygon';
import type { AreaGeometry } from '../geo/types';
import { TIERS, type Tier } from '../zones/tier';
import { polygonsOf } from '../zones/zone-geometry';
import type { GridIndex } from './grid-index';
import type { HouseholdStore, HouseholdTotals } from './household-store';

const emptyTotals = (): HouseholdTotals => ({ records: 0, households: 0, residents: 0 });

/**
 * Marks the grid cells that an area's edges may cross: every cell in each edge's bounding box.
 * Generous on long diagonal edges (more exact tests, never a wrong count).
 */
function boundaryCells(index: GridIndex, area: AreaGeometry): Set<number> {
  const cells = new Set<number>();
  const mark = (a: Position, b: Position) => {
    const c0 = index.column(Math.min(a[0], b[0]));
    const c1 = index.column(Math.max(a[0], b[0]));
    const r0 = index.row(Math.min(a[1], b[1]));
    const r1 = index.row(Math.max(a[1], b[1]));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells.add(r * index.columns + c);
  };
  for (const polygon of polygonsOf(area)) for (const ring of polygon) for (let i = 0; i + 1 < ring.length; i++) mark(ring[i], ring[i + 1]);
  return cells;
}

/**
 * Calls `visit(i)` once for every point the area covers (edges and vertices count as inside,
 * like areaCoversPoint). Cells no edge touches are wholly inside or outside, so one test of the
 * cell's centre decides all their points; only cells an edge crosses test each point.
 */
export function forEachPointInArea(index: GridIndex, area: AreaGeometry, visit: (point: number) => void): void {
  if (index.order.length === 0) return;
  const [west, south, east, north] = areaBBox(area);
  const boundary = boundaryCells(index, area);
  const c0 = index.column(west);
  const c1 = index.column(east);
  const r0 = index.row(south);
  const r1 = index.row(north);
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * index.columns + c;
      const from = index.start[cell];
      const to = index.start[cell + 1];
      if (from === to) continue;
      if (boundary.has(cell)) {
        for (let k = from; k < to; k++) {
          const i = index.order[k];
          if (areaCoversPoint(area, index.lng[i], index.lat[i])) visit(i);
        }
      } else {
        const centreLng = index.west + (c + 0.5) * index.cellLng;
        const centreLat = index.south + (r + 0.5) * index.cellLat;
        if (areaCoversPoint(area, centreLng, centreLat)) for (let k = from; k < to; k++) visit(index.order[k]);
      }
    }
  }
}

/** Records, households and residents covered by one area (a zone's own geometry). */
export function totalsInArea(store: HouseholdStore, index: GridIndex, area: AreaGeometry): HouseholdTotals {
  const totals = emptyTotals();
  forEachPointInArea(index, area, (i) => {
    totals.records++;
    totals.households += store.households[i];
    totals.residents += store.residents[i];
  });
  return totals;
}

/**
 * Households per tier, each record counted once, in the highest tier that covers it (从高原则):
 * sealed first, then controlled, then precaution. The areas are the tiers' effective areas.
 */
export function totalsByTier(store: HouseholdStore, index: GridIndex, areas: Record<Tier, readonly AreaGeometry[]>): Record<Tier, HouseholdTotals> {
  const taken = new Uint8Array(store.length);
  const result = { sealed: emptyTotals(), controlled: emptyTotals(), precaution: emptyTotals() };
  for (const tier of TIERS) {
    const totals = result[tier];
    for (const area of areas[tier]) {
      forEachPointInArea(index, area, (i) => {
        if (taken[i]) return;
        taken[i] = 1;
        totals.records++;
        totals.households += store.households[i];
        totals.residents += store.residents[i];
      });
    }
  }
  return result;
}
