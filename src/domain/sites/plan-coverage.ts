import type { CountedZone, FiguresCounter, PlanFigures } from '../figures/plan-figures';
import { AreaIndex } from '../geo/area-index';
import { areaBBox } from '../geo/bbox';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore } from '../households/household-store';
import type { Site } from './site';
import { testingCoverage, type CoverageSettings, type TestingCoverage } from './testing-coverage';

/**
 * Testing coverage of a plan's last count: the tiers each record was counted in, and the zones'
 * own residents, from the counter that made `figures` over the same households and grid.
 */
export function planCoverage(
  counter: FiguresCounter,
  figures: PlanFigures,
  zones: readonly CountedZone[],
  households: HouseholdStore,
  index: GridIndex,
  sites: readonly Site[],
  settings: CoverageSettings,
): TestingCoverage {
  const residents = new Map(figures.zones.map((zone) => [zone.id, zone.residents]));
  return testingCoverage({
    households,
    index,
    sites,
    tierAt: (k, cell) => counter.tierAt(k, cell),
    tierTotals: figures.tiers,
    zones: zones.map((zone) => {
      const area = new AreaIndex(zone.geometry);
      return {
        id: zone.id,
        tier: zone.tier,
        residents: residents.get(zone.id) ?? 0,
        bbox: areaBBox(zone.geometry),
        covers: (lng, lat) => area.covers(lng, lat),
      };
    }),
    settings,
  });
}
