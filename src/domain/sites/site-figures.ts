import type { CaseStore } from '../cases/case-store';
import { casesOnDay, epiCurve } from '../cases/epi-curve';
import type { PlanningRates } from '../figures/planning-needs';
import { planningNeeds } from '../figures/planning-needs';
import type { CountedZone, FiguresCounter, PlanFigures } from '../figures/plan-figures';
import { AreaIndex } from '../geo/area-index';
import { areaBBox } from '../geo/bbox';
import { orderedCounts } from '../households/count-in-areas';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore } from '../households/household-store';
import type { CoverageSettings } from '../plan/plan';
import {
  ISOLATION_WINDOW_DAYS,
  isolationStatus,
  supplyStatus,
  type IsolationStatus,
  type SupplyStatus,
} from './isolation';
import type { Site } from './site';
import { testingCoverage, type TestingCoverage } from './testing-coverage';

/** What the sites give a plan (docs/architecture.md, Sites): testing coverage, what is not covered, rooms and packs. */
export interface SiteFigures {
  testing: Omit<TestingCoverage, 'covered'>;
  /**
   * Where sealed and controlled residents live beyond walking distance of every testing site, as
   * grid cells: [west, south, east, north, residents] repeated. Empty while the plan has no testing site.
   */
  uncoveredCells: number[];
  isolation: IsolationStatus;
  supply: SupplyStatus;
}

export interface SiteFiguresInput {
  counter: FiguresCounter;
  figures: PlanFigures;
  zones: readonly CountedZone[];
  households: HouseholdStore;
  index: GridIndex;
  cases: CaseStore;
  sites: readonly Site[];
  coverage: CoverageSettings;
  rates: PlanningRates;
  /** The day the plan is read on: the isolation window ends on it. */
  asOfDay: number;
}

/** The sites' figures for the counter's last count (made over the same households and grid). */
export function siteFigures(input: SiteFiguresInput): SiteFigures {
  const { counter, figures, households, index, sites, coverage, rates } = input;
  const residents = new Map(figures.zones.map((zone) => [zone.id, zone.residents]));
  const { covered, ...testing } = testingCoverage({
    households,
    index,
    sites,
    tierAt: (k, cell) => counter.tierAt(k, cell),
    tierTotals: figures.tiers,
    zones: input.zones.map((zone) => {
      // The counter prepared each zone for its own count; a new index only for one it did not count.
      const area = counter.zoneIndex(zone.id) ?? new AreaIndex(zone.geometry);
      return {
        id: zone.id,
        tier: zone.tier,
        residents: residents.get(zone.id) ?? 0,
        bbox: areaBBox(zone.geometry),
        covers: (lng, lat) => area.covers(lng, lat),
      };
    }),
    settings: {
      walkingMeters: coverage.walkingMeters,
      targetRoundHours: coverage.targetRoundHours,
      swabsPerResident: rates.swabsPerResident,
    },
  });
  const packsNeeded = (['sealed', 'controlled'] as const).reduce(
    (sum, tier) => sum + planningNeeds(figures.tiers[tier], rates).supplyPacksPerDay,
    0,
  );
  return {
    testing,
    uncoveredCells: sites.some((site) => site.kind === 'testing')
      ? uncoveredCells(households, index, covered, (k, cell) => counter.tierAt(k, cell))
      : [],
    isolation: isolationStatus(
      sites,
      dailyCases(input.cases, input.asOfDay, ISOLATION_WINDOW_DAYS),
      input.asOfDay,
      coverage.contactsPerCase,
    ),
    supply: supplyStatus(sites, packsNeeded),
  };
}

/** Cases reported on each of the `days` days up to `asOfDay`, oldest first (from the epidemic curve). */
export function dailyCases(cases: CaseStore, asOfDay: number, days: number): number[] {
  const curve = epiCurve(cases);
  return Array.from({ length: days }, (_, slot) => (curve ? casesOnDay(curve, asOfDay - (days - 1) + slot) : 0));
}

/** The grid cells holding sealed or controlled residents no testing site reaches, with how many. */
function uncoveredCells(
  households: HouseholdStore,
  index: GridIndex,
  covered: Uint8Array,
  tierAt: (k: number, cell: number) => string | undefined,
): number[] {
  const counts = orderedCounts(households, index);
  const cells: number[] = [];
  for (let cell = 0; cell < index.columns * index.rows; cell++) {
    let residents = 0;
    for (let k = index.start[cell]; k < index.start[cell + 1]; k++) {
      if (covered[k]) continue;
      const tier = tierAt(k, cell);
      if (tier === 'sealed' || tier === 'controlled') residents += counts.residents[k];
    }
    if (residents === 0) continue;
    const column = cell % index.columns;
    const row = (cell - column) / index.columns;
    const west = index.west + column * index.cellLng;
    const south = index.south + row * index.cellLat;
    cells.push(west, south, west + index.cellLng, south + index.cellLat, residents);
  }
  return cells;
}
