import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapController } from '../../map/map-controller';
import { casesToGeoJson, densityToGeoJson } from '../../map/map-data';
import { usePlannerStore } from '../../state/store';
import type { DemoLoadResult } from '../../workers/analysis-api';
import { Comlink, createAnalysisClient, type AnalysisClient } from '../../workers/clients';

/**
 * Loads the demo data in the analysis worker, reports progress to the store and pushes the result
 * into the map once both exist. Returns start (also used to retry) and cancel.
 */
export function useDemoData(controller: MapController | undefined) {
  const client = useRef<AnalysisClient | undefined>(undefined);
  const taskId = useRef('');
  const [result, setResult] = useState<DemoLoadResult>();

  useEffect(() => {
    if (!controller || !result) return;
    controller.setHouseholdPoints(result.householdPoints);
    controller.setDensity(densityToGeoJson(result.density));
    controller.setCases(casesToGeoJson(result.cases));
  }, [controller, result]);

  const start = useCallback(() => {
    client.current ??= createAnalysisClient();
    const store = usePlannerStore.getState();
    const id = `demo-${Date.now()}`;
    taskId.current = id;
    store.setLoad({ status: 'loading', fraction: 0, file: 'households' });
    // Progress comes over its own message channel, so a last report can arrive after the result.
    let settled = false;
    const onProgress = Comlink.proxy((progress: { fraction: number; file: 'households' | 'cases' }) => {
      if (taskId.current === id && !settled) store.setLoad({ status: 'loading', fraction: progress.fraction, file: progress.file });
    });
    client.current
      .loadDemo(id, onProgress)
      .then((loaded) => {
        settled = true;
        if (taskId.current !== id) return;
        setResult(loaded);
        store.setSummary(loaded.summary);
        store.setLoad({ status: 'loaded' });
      })
      .catch((error: unknown) => {
        settled = true;
        if (taskId.current !== id) return;
        const aborted = error instanceof Error && error.name === 'AbortError';
        const detail = error instanceof Error ? error.message : String(error);
        store.setLoad(aborted ? { status: 'cancelled' } : { status: 'failed', detail });
      });
  }, []);

  const cancel = useCallback(() => {
    if (client.current && taskId.current) void client.current.cancel(taskId.current);
  }, []);

  return { start, cancel };
}
