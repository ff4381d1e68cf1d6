import type { BBox } from '../geo/types';
import { orderedCounts } from '../households/count-in-areas';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore, HouseholdTotals } from '../households/household-store';
import { TIERS, type Tier } from '../zones/tier';
import type { Site } from './site';
import { forEachRecordInReach } from './walking-reach';

/** The walking distance to a testing site that counts as served, by default. */
export const DEFAULT_WALKING_METERS = 500;
/** The hours a testing round should take at most, by default. */
export const DEFAULT_TARGET_ROUND_HOURS = 12;

export interface CoverageSettings {
  walkingMeters: number;
  targetRoundHours: number;
  /** Swabs per resident and round (the plan's planning rate). */
  swabsPerResident: number;
}

/** A zone as coverage reads it: its residents (its own figures) and a point test. */
export interface CoverageZone {
  id: string;
  tier: Tier;
  residents: number;
  bbox: BBox;
  covers: (lng: number, lat: number) => boolean;
}

export interface TierCoverage {
  residentsCovered: number;
  residentsUncovered: number;
}

export interface ZoneCoverage {
  id: string;
  residentsCovered: number;
  residentsUncovered: number;
  /** The testing sites within walking distance of at least one of its residents, in the plan's order. */
  siteIds: string[];
  /** Swabs one round needs: every resident of the zone, covered or not, at the plan's rate. */
  swabsNeeded: number;
  /** The swabs per hour of the sites that serve it. */
  swabsPerHour: number;
  /** Hours one round takes at that capacity; null when no site serves the zone. */
  roundHours: number | null;
  /** Whether a round fits the target; null when no site serves the zone. */
  fits: boolean | null;
}

export interface TestingCoverage {
  walkingMeters: number;
  targetRoundHours: number;
  tiers: Record<Tier, TierCoverage>;
  zones: ZoneCoverage[];
  /** Per record in the grid's order: 1 when some testing site is within walking distance. */
  covered: Uint8Array;
}

export interface CoverageInput {
  households: HouseholdStore;
  index: GridIndex;
  sites: readonly Site[];
  /** The tier a record (position k in the grid's order, in `cell`) was counted in, if any. */
  tierAt: (k: number, cell: number) => Tier | undefined;
  tierTotals: Record<Tier, HouseholdTotals>;
  zones: readonly CoverageZone[];
  settings: CoverageSettings;
}

/**
 * Testing coverage (docs/architecture.md, Sites): each record is covered once however many sites
 * reach it; a tier's and a zone's covered residents are summed over the covered records only, and
 * the uncovered ones are the rest of its residents, so no pass over every record is made per site.
 * A site serves a zone when it is within walking distance of one of the zone's records; a site
 * serving two zones counts in full for each (each zone's round is timed as if it had the site).
 */
export function testingCoverage(input: CoverageInput): TestingCoverage {
  const { households, index, settings, zones } = input;
  const counts = orderedCounts(households, index);
  const covered = new Uint8Array(index.order.length);
  const coveredRecords: number[] = [];
  const coveredCells: number[] = [];
  const testing = input.sites.filter((site) => site.kind === 'testing');
  const reached: number[][] = testing.map((site) => {
    const list: number[] = [];
    forEachRecordInReach(index, site, settings.walkingMeters, (k, cell) => {
      list.push(k);
      if (covered[k]) return;
      covered[k] = 1;
      coveredRecords.push(k);
      coveredCells.push(cell);
    });
    return list;
  });

  const tiers = {} as Record<Tier, TierCoverage>;
  const tierCovered: Record<Tier, number> = { sealed: 0, controlled: 0, precaution: 0 };
  // Which zones hold each covered record (most hold none): a zone's point test runs once a record.
  const zonesOf = new Map<number, number[]>();
  const zoneCovered = new Float64Array(zones.length);
  coveredRecords.forEach((k, i) => {
    const tier = input.tierAt(k, coveredCells[i]);
    if (tier) tierCovered[tier] += counts.residents[k];
    const lng = index.orderedLng[k];
    const lat = index.orderedLat[k];
    zones.forEach((zone, z) => {
      const [west, south, east, north] = zone.bbox;
      if (lng < west || lng > east || lat < south || lat > north || !zone.covers(lng, lat)) return;
      zoneCovered[z] += counts.residents[k];
      const list = zonesOf.get(k);
      if (list) list.push(z);
      else zonesOf.set(k, [z]);
    });
  });
  for (const tier of TIERS)
    tiers[tier] = {
      residentsCovered: tierCovered[tier],
      residentsUncovered: input.tierTotals[tier].residents - tierCovered[tier],
    };

  const served = zones.map(() => new Set<number>());
  reached.forEach((list, s) => {
    for (const k of list) for (const z of zonesOf.get(k) ?? []) served[z].add(s);
  });
  const zoneCoverage = zones.map((zone, z): ZoneCoverage => {
    const sites = [...served[z]].sort((a, b) => a - b).map((s) => testing[s]);
    const swabsPerHour = sites.reduce((sum, site) => sum + site.capacity, 0);
    const swabsNeeded = Math.ceil(zone.residents * settings.swabsPerResident);
    const roundHours = sites.length && swabsPerHour > 0 ? swabsNeeded / swabsPerHour : null;
    return {
      id: zone.id,
      residentsCovered: zoneCovered[z],
      residentsUncovered: zone.residents - zoneCovered[z],
      siteIds: sites.map((site) => site.id),
      swabsNeeded,
      swabsPerHour,
      roundHours,
      fits: roundHours === null ? null : roundHours <= settings.targetRoundHours,
    };
  });
  return {
    walkingMeters: settings.walkingMeters,
    targetRoundHours: settings.targetRoundHours,
    tiers,
    zones: zoneCoverage,
    covered,
  };
}
