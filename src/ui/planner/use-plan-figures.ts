import { useEffect } from 'react';
import type { FeatureCollection } from 'geojson';
import type { MapController } from '../../map/map-controller';
import { todayInShanghai, usePlanStore } from '../../state/plan-store';
import { workingDateOf } from '../../domain/plan/plan';
import { usePlannerStore } from '../../state/store';
import { zoneIssues } from '../../state/zone-issues';
import type { PlanFigures } from '../../domain/figures/plan-figures';
import { reportWorkerFailure, workerRecovered } from '../../state/worker-failures';
import { analysisClient } from '../../workers/analysis-client';

function effectiveFeatures(figures: PlanFigures | undefined): FeatureCollection {
  const features: FeatureCollection['features'] = [];
  for (const tier of ['sealed', 'controlled', 'precaution'] as const) {
    const geometry = figures?.effective[tier];
    if (geometry) features.push({ type: 'Feature', properties: { tier }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Keeps the planning figures current: after every change to the zones, the ring distances or the
 * data, the worker counts again (only changed zones anew) and the map draws the effective tiers.
 * The previous figures stay in the store, for the deltas the panel shows.
 */
export function usePlanFigures(controller: MapController | undefined): void {
  const dataVersion = usePlannerStore((state) => state.dataVersion);
  useEffect(() => {
    if (dataVersion === 0) return;
    let generation = 0;
    let lastKey: unknown[] | undefined;
    const recount = () => {
      const plan = usePlanStore.getState().history.present;
      const key = [plan.zones, plan.settings, plan.sites, dataVersion];
      if (lastKey && key.every((part, i) => part === lastKey![i])) return;
      lastKey = key;
      const mine = ++generation;
      const zones = plan.zones
        .filter((zone) => !zone.liftedOn && zoneIssues(zone).length === 0)
        .map((zone) => ({ id: zone.id, tier: zone.tier, geometry: zone.geometry }));
      analysisClient()
        .figures(zones, plan.settings, {
          sites: plan.sites,
          coverage: plan.settings.coverage,
          rates: plan.settings.planningRates,
          asOf: workingDateOf(plan, todayInShanghai()),
        })
        .then(
          (figures) => {
            if (mine !== generation) return;
            usePlannerStore.getState().setFigures(figures);
            workerRecovered('figures');
          },
          (error: unknown) => {
            if (mine !== generation) return;
            // The same plan may be counted again: Retry forgets what was asked last.
            lastKey = undefined;
            reportWorkerFailure('figures', error, recount);
          },
        );
    };
    recount();
    return usePlanStore.subscribe(recount);
  }, [dataVersion]);

  const figures = usePlannerStore((state) => state.figures);
  const mapReady = usePlannerStore((state) => state.mapReady);
  useEffect(() => {
    if (controller && mapReady) controller.setEffectiveTiers(effectiveFeatures(figures));
  }, [controller, mapReady, figures]);
}
