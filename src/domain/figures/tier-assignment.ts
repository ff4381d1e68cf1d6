import type { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { forEachCellOfArea, forEachPositionInCells, orderedCounts, type CellRange, type OrderedCounts } from '../households/count-in-areas';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore, HouseholdTotals } from '../households/household-store';
import { TIERS, type Tier } from '../zones/tier';

/** A tier's effective area, with its edges prepared for point tests. */
export interface PreparedArea {
  area: AreaGeometry;
  index: AreaIndex;
}

const NONE = 0;

/**
 * Which tier each household record is in (each once, in the highest tier that covers it, 从高原则),
 * and the totals per tier, kept between counts: after an edit, only the records in the cells the
 * edit can reach are taken out and assigned again, and the totals are adjusted by the difference.
 */
export class TierAssignment {
  /** Per record, by its position in the grid's order: 0 for none, else 1 + the tier's place in TIERS. */
  private readonly tierOf: Uint8Array;
  private readonly counts: OrderedCounts;
  readonly totals: Record<Tier, HouseholdTotals> = { sealed: empty(), controlled: empty(), precaution: empty() };

  constructor(store: HouseholdStore, private readonly index: GridIndex) {
    this.tierOf = new Uint8Array(store.length);
    this.counts = orderedCounts(store, index);
  }

  /**
   * Assigns every record (no `within`) or only the records in the cells `within`: to the first
   * tier, in TIERS order, one of whose areas covers it.
   */
  assign(areas: Record<Tier, readonly PreparedArea[]>, within?: CellRange): void {
    const { counts, tierOf, totals } = this;
    if (within) {
      forEachPositionInCells(this.index, within, (k) => {
        if (tierOf[k] === NONE) return;
        const total = totals[TIERS[tierOf[k] - 1]];
        total.records--;
        total.households -= counts.households[k];
        total.residents -= counts.residents[k];
        tierOf[k] = NONE;
      });
    } else {
      tierOf.fill(NONE);
      for (const tier of TIERS) totals[tier] = empty();
    }
    TIERS.forEach((tier, t) => {
      const total = totals[tier];
      const take = (k: number) => {
        if (tierOf[k] !== NONE) return;
        tierOf[k] = t + 1;
        total.records++;
        total.households += counts.households[k];
        total.residents += counts.residents[k];
      };
      for (const prepared of areas[tier]) {
        forEachCellOfArea(this.index, prepared.area, prepared.index, {
          whole: (from, to) => {
            for (let k = from; k < to; k++) take(k);
          },
          point: take,
        }, within);
      }
    });
  }
}

function empty(): HouseholdTotals {
  return { records: 0, households: 0, residents: 0 };
}
