import type { SiteFigures } from '../domain/sites/site-figures';
import type { CaseSummary } from '../domain/cases/case-store';
import type { HouseholdTotals } from '../domain/households/household-store';
import type { PlanFigures } from '../domain/figures/plan-figures';

// What the analysis worker hands the page about its data: shared by the worker, the state and the map,
// which may not import each other (docs/architecture.md, "Imports run one way").

/** What the planner shows about the loaded data. */
export interface DataSummary {
  households: HouseholdTotals;
  cases: CaseSummary;
}

/** Household points for the map: interleaved [lng, lat] pairs and the household count of each. */
export interface HouseholdPoints {
  length: number;
  positions: Float64Array;
  households: Uint32Array;
}

/** Households summed on a 500 m grid, for the density layer at city zoom. */
export interface HouseholdDensity {
  length: number;
  lng: Float64Array;
  lat: Float64Array;
  households: Float64Array;
}

/** What the planner draws and shows of the data the plan counts with. */
export interface DataPayload {
  summary: DataSummary;
  householdPoints: HouseholdPoints;
  density: HouseholdDensity;
  /** Dataset ids the plan names whose records are not on this computer. */
  missing: string[];
}

/**
 * The figures of one count, with the id the worker gave it: the zone clocks are asked for a count
 * by that id, so a clock always pairs a zone list with the case days counted for it.
 */
export interface CountedFigures extends PlanFigures {
  countId: number;
  /** The sites' coverage, rooms and packs, when the plan's sites were given. */
  sites?: SiteFigures;
}
