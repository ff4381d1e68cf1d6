import type { IsolationStatus, SupplyStatus } from '../../domain/sites/isolation';
import type { TestingCoverage } from '../../domain/sites/testing-coverage';
import type { Tier } from '../../domain/zones/tier';

/**
 * The report's `coverage` (docs/architecture.md, Sites), in the shape the CLI documents: testing
 * coverage per tier and per zone with each zone's round, then isolation rooms and supply packs.
 */
export interface CoverageJson {
  walkingMeters: number;
  targetRoundHours: number;
  tiers: Record<Tier, { residentsCovered: number; residentsUncovered: number }>;
  zones: {
    id: string;
    residentsCovered: number;
    residentsUncovered: number;
    /** Hours one testing round takes with the sites that serve the zone; null when none does. */
    roundHours: number | null;
    fits: boolean | null;
    sites: string[];
    swabsNeeded: number;
    swabsPerHour: number;
  }[];
  isolation: IsolationStatus;
  supply: SupplyStatus;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function coverageJson(
  testing: Omit<TestingCoverage, 'covered'>,
  isolation: IsolationStatus,
  supply: SupplyStatus,
): CoverageJson {
  return {
    walkingMeters: testing.walkingMeters,
    targetRoundHours: testing.targetRoundHours,
    tiers: testing.tiers,
    zones: testing.zones.map((zone) => ({
      id: zone.id,
      residentsCovered: zone.residentsCovered,
      residentsUncovered: zone.residentsUncovered,
      roundHours: zone.roundHours === null ? null : round2(zone.roundHours),
      fits: zone.fits,
      sites: zone.siteIds,
      swabsNeeded: zone.swabsNeeded,
      swabsPerHour: zone.swabsPerHour,
    })),
    isolation: { ...isolation, casesPerDayNext: round2(isolation.casesPerDayNext) },
    supply,
  };
}
