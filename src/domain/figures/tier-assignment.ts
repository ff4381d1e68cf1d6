import type { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { forEachCellOfArea, orderedCounts, type CellRange, type OrderedCounts } from '../households/count-in-areas';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore, HouseholdTotals } from '../households/household-store';
import { TIERS, type Tier } from '../zones/tier';

/** A tier's effective area, with its edges prepared for point tests. */
export interface PreparedArea {
  area: AreaGeometry;
  index: AreaIndex;
}

/** An area to assign records from; with `own`, the walk also counts everything the area covers into it (a zone's own figures). */
export interface TierArea extends PreparedArea {
  own?: HouseholdTotals;
}

const NONE = 0;

/**
 * Which tier each household record is in (each once, in the highest tier that covers it, 从高原则),
 * and the totals per tier, kept between counts: after an edit, only the records in the cells the
 * edit can reach are taken out and assigned again, and the totals are adjusted by the difference.
 *
 * Tiers are assigned highest first. A cell an area holds whole is settled at once, with its sums
 * (less the records of the cell a higher tier already took one by one), and later areas pass it
 * by; records of a cell an edge crosses are assigned one by one, and later areas test only those
 * still free. A record's tier is its own, or else its cell's.
 */
export class TierAssignment {
  /** Per record, by its position in the grid's order: NONE, or 1 + the place in TIERS of the tier it was taken by alone. */
  private readonly pointTier: Uint8Array;
  /** Per cell: NONE, or 1 + the place in TIERS of the tier holding the cell whole (its records not taken alone). */
  private readonly cellTier: Uint8Array;
  /** Per cell: 1 when some record of it was taken alone. */
  private readonly cellMixed: Uint8Array;
  private readonly counts: OrderedCounts;
  readonly totals: Record<Tier, HouseholdTotals> = { sealed: empty(), controlled: empty(), precaution: empty() };

  constructor(
    store: HouseholdStore,
    private readonly index: GridIndex,
  ) {
    this.pointTier = new Uint8Array(store.length);
    this.cellTier = new Uint8Array(index.columns * index.rows);
    this.cellMixed = new Uint8Array(index.columns * index.rows);
    this.counts = orderedCounts(store, index);
  }

  /**
   * Assigns every record (no `within`) or only the records in the cells `within`: to the first
   * tier, in TIERS order, one of whose areas covers it. Areas with `own` get their own figures
   * counted in the same walk (only when every record is assigned: `within` limits the walk).
   */
  assign(areas: Record<Tier, readonly TierArea[]>, within?: CellRange): void {
    const { counts, pointTier, cellTier, cellMixed, totals } = this;
    if (within) this.release(within);
    else {
      pointTier.fill(NONE);
      cellTier.fill(NONE);
      cellMixed.fill(NONE);
      for (const tier of TIERS) totals[tier] = empty();
    }
    TIERS.forEach((tier, t) => {
      const rank = t + 1;
      const total = totals[tier];
      const settle = (from: number, to: number, cell: number) => {
        cellTier[cell] = rank;
        if (!cellMixed[cell]) {
          total.records += to - from;
          total.households += counts.cellHouseholds[cell];
          total.residents += counts.cellResidents[cell];
          return;
        }
        for (let k = from; k < to; k++) if (pointTier[k] === NONE) add(total, counts, k);
      };
      const take = (k: number, cell: number) => {
        pointTier[k] = rank;
        cellMixed[cell] = 1;
        add(total, counts, k);
      };
      for (const area of areas[tier]) {
        const own = within ? undefined : area.own;
        if (!own) {
          forEachCellOfArea(
            this.index,
            area.area,
            area.index,
            {
              wantsCell: (cell) => cellTier[cell] === NONE,
              wantsPoint: (k) => pointTier[k] === NONE,
              whole: settle,
              point: take,
            },
            within,
          );
          continue;
        }
        forEachCellOfArea(this.index, area.area, area.index, {
          whole: (from, to, cell) => {
            own.records += to - from;
            own.households += counts.cellHouseholds[cell];
            own.residents += counts.cellResidents[cell];
            if (cellTier[cell] === NONE) settle(from, to, cell);
          },
          point: (k, cell) => {
            add(own, counts, k);
            if (pointTier[k] === NONE && cellTier[cell] === NONE) take(k, cell);
          },
        });
      }
    });
  }

  /** The tier the record at position k of the grid's order (in `cell`) is counted in, if any: its own, else its cell's. */
  tierAt(k: number, cell: number): Tier | undefined {
    const rank = this.pointTier[k] || this.cellTier[cell];
    return rank === NONE ? undefined : TIERS[rank - 1];
  }

  /** Takes the records of the cells `within` out of their tiers. */
  private release(within: CellRange): void {
    const { counts, pointTier, cellTier, cellMixed, totals, index } = this;
    for (let r = within.r0; r <= within.r1; r++) {
      for (let c = within.c0; c <= within.c1; c++) {
        const cell = r * index.columns + c;
        const from = index.start[cell];
        const to = index.start[cell + 1];
        if (cellTier[cell] !== NONE) {
          const total = totals[TIERS[cellTier[cell] - 1]];
          if (!cellMixed[cell]) subtractCell(total, counts, from, to, cell);
          else for (let k = from; k < to; k++) if (pointTier[k] === NONE) subtract(total, counts, k);
          cellTier[cell] = NONE;
        }
        if (cellMixed[cell]) {
          for (let k = from; k < to; k++) {
            if (pointTier[k] === NONE) continue;
            subtract(totals[TIERS[pointTier[k] - 1]], counts, k);
            pointTier[k] = NONE;
          }
          cellMixed[cell] = NONE;
        }
      }
    }
  }
}

function add(total: HouseholdTotals, counts: OrderedCounts, k: number): void {
  total.records++;
  total.households += counts.households[k];
  total.residents += counts.residents[k];
}

function subtract(total: HouseholdTotals, counts: OrderedCounts, k: number): void {
  total.records--;
  total.households -= counts.households[k];
  total.residents -= counts.residents[k];
}

function subtractCell(total: HouseholdTotals, counts: OrderedCounts, from: number, to: number, cell: number): void {
  total.records -= to - from;
  total.households -= counts.cellHouseholds[cell];
  total.residents -= counts.cellResidents[cell];
}

function empty(): HouseholdTotals {
  return { records: 0, households: 0, residents: 0 };
}
