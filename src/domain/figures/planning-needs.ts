import type { HouseholdTotals } from '../households/household-store';

/** Per-household and per-resident rates the planning needs are derived from. */
export interface PlanningRates {
  /** Daily supply packs per household (sealed and controlled tiers stay home). */
  supplyPacksPerHousehold: number;
  /** Swabs per resident and testing round. */
  swabsPerResident: number;
  /** Grid staff per 100 households. */
  staffPer100Households: number;
}

export const DEFAULT_PLANNING_RATES: PlanningRates = {
  supplyPacksPerHousehold: 1,
  swabsPerResident: 1,
  staffPer100Households: 1,
};

export interface PlanningNeeds {
  supplyPacksPerDay: number;
  swabsPerRound: number;
  gridStaff: number;
}

/** What a tier's households need, by the rates; counts round up (half a worker is a worker). */
export function planningNeeds(totals: HouseholdTotals, rates: PlanningRates = DEFAULT_PLANNING_RATES): PlanningNeeds {
  return {
    supplyPacksPerDay: Math.ceil(totals.households * rates.supplyPacksPerHousehold),
    swabsPerRound: Math.ceil(totals.residents * rates.swabsPerResident),
    gridStaff: Math.ceil((totals.households * rates.staffPer100Households) / 100),
  };
}
