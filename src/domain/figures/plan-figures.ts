import type { CaseStore } from '../cases/case-store';
import { areaCoversPoint } from '../geo/point-in-polygon';
import type { AreaGeometry } from '../geo/types';
import { totalsByTier, totalsInArea } from '../households/count-in-areas';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore, HouseholdTotals } from '../households/household-store';
import { effectiveTiers, type District, type EffectiveTiers, type RingSettings } from '../zones/effective-tiers';
import { TIERS, type Tier } from '../zones/tier';
import type { PolygonEngine } from '../zones/polygon-engine';
import { areaSquareMeters } from '../zones/zone-geometry';

/** What a tier or a zone holds. */
export interface AreaFigures extends HouseholdTotals {
  cases: number;
  areaSquareMeters: number;
}

export interface ZoneFigures extends AreaFigures {
  id: string;
  tier: Tier;
}

/** The planning figures of a plan: per exclusive effective tier, and per zone as drawn. */
export interface PlanFigures {
  tiers: Record<Tier, AreaFigures>;
  zones: ZoneFigures[];
  effective: EffectiveTiers;
}

/** The zones to count with: valid ones only (an invalid zone is not counted, DESIGN.md §3). */
export interface CountedZone {
  id: string;
  tier: Tier;
  geometry: AreaGeometry;
}

function casesIn(cases: CaseStore, area: AreaGeometry | undefined, taken?: Uint8Array): number {
  if (!area) return 0;
  let count = 0;
  for (let i = 0; i < cases.length; i++) {
    if (taken?.[i]) continue;
    if (areaCoversPoint(area, cases.lng[i], cases.lat[i])) {
      count++;
      if (taken) taken[i] = 1;
    }
  }
  return count;
}

/**
 * Counts households and cases per tier (each record once, in the highest tier that covers it) and
 * per zone (its own geometry). `zoneCache` keeps each zone's figures by id and geometry, so
 * after an edit only the changed zone is counted again; the tiers are recounted (they depend on all).
 */
export class FiguresCounter {
  private readonly zoneCache = new Map<string, { key: string; tier: Tier; figures: ZoneFigures }>();

  constructor(private readonly engine: PolygonEngine, private readonly households: HouseholdStore, private readonly index: GridIndex, private readonly cases: CaseStore) {}

  count(zones: readonly CountedZone[], settings: RingSettings, districts: readonly District[] = []): PlanFigures {
    const effective = effectiveTiers(this.engine, zones, settings, districts);
    const areas = { sealed: effective.sealed, controlled: effective.controlled, precaution: effective.precaution };
    const totals = totalsByTier(this.households, this.index, {
      sealed: areas.sealed ? [areas.sealed] : [],
      controlled: areas.controlled ? [areas.controlled] : [],
      precaution: areas.precaution ? [areas.precaution] : [],
    });
    const takenCases = new Uint8Array(this.cases.length);
    const tiers = {} as Record<Tier, AreaFigures>;
    for (const tier of TIERS) {
      const area = areas[tier];
      tiers[tier] = { ...totals[tier], cases: casesIn(this.cases, area, takenCases), areaSquareMeters: area ? areaSquareMeters(area) : 0 };
    }
    const seen = new Set<string>();
    const zoneFigures = zones.map((zone) => {
      seen.add(zone.id);
      // Zones cross from the page as copies: compare geometry by its text, not by object.
      const key = JSON.stringify(zone.geometry.coordinates);
      const cached = this.zoneCache.get(zone.id);
      if (cached && cached.key === key && cached.tier === zone.tier) return cached.figures;
      const figures: ZoneFigures = {
        id: zone.id,
        tier: zone.tier,
        ...totalsInArea(this.households, this.index, zone.geometry),
        cases: casesIn(this.cases, zone.geometry),
        areaSquareMeters: areaSquareMeters(zone.geometry),
      };
      this.zoneCache.set(zone.id, { key, tier: zone.tier, figures });
      return figures;
    });
    for (const id of [...this.zoneCache.keys()]) if (!seen.has(id)) this.zoneCache.delete(id);
    return { tiers, zones: zoneFigures, effective };
  }
}
