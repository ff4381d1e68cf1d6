import type { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { forEachCellOfArea, forEachPointInCells, type CellRange } from '../households/count-in-areas';
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
  /** Per record: 0 for none, else 1 + the tier's place in TIERS. */
  private readonly tierOf: Uint8Array;
  readonly totals: Record<Tier, HouseholdTotals> = { sealed: empty(), controlled: empty(), precaution: empty() };

  constructor(private readonly store: HouseholdStore, private readonly index: GridIndex) {
    this.tierOf = new Uint8Array(store.length);
  }

  /**
   * Assigns every record (no `within`) or only the records in the cells `within`: to the first
   * tier, in TIERS order, one of whose areas covers it.
   */
  assign(areas: Record<Tier, readonly PreparedArea[]>, within?: CellRange): void {
    const { store, tierOf, totals } = this;
    if (within) {
      forEachPointInCells(this.index, within, (i) => {
        if (tierOf[i] === NONE) return;
        const total = totals[TIERS[tierOf[i] - 1]];
        total.records--;
        total.households -= store.households[i];
        total.residents -= store.residents[i];
        tierOf[i] = NONE;
      });
    } else {
      tierOf.fill(NONE);
      for (const tier of TIERS) totals[tier] = empty();
    }
    const { order } = this.index;
    TIERS.forEach((tier, t) => {
      const total = totals[tier];
      const take = (i: number) => {
        if (tierOf[i] !== NONE) return;
        tierOf[i] = t + 1;
        total.records++;
        total.households += store.households[i];
        total.residents += store.residents[i];
      };
      for (const prepared of areas[tier]) {
        forEachCellOfArea(this.index, prepared.area, prepared.index, {
          whole: (from, to) => {
            for (let k = from; k < to; k++) take(order[k]);
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
