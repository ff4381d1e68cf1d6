import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapController } from '../../map/map-controller';
import { densityToGeoJson } from '../../map/map-data';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import type { DataPayload } from '../../types/analysis-data';
import { Comlink } from '../../workers/clients';
import { reportWorkerFailure, workerRecovered } from '../../state/worker-failures';
import { analysisClient } from '../../workers/analysis-client';

const datasetKey = () =>
  usePlanStore
    .getState()
    .history.present.datasets.map((dataset) => dataset.id)
    .join('\n');

/**
 * Loads the demo data in the analysis worker with progress, then keeps the worker's active data
 * equal to the datasets the plan names (an import, its undo and its redo all land here) and pushes
 * what to draw into the map. Returns start (also used to retry) and cancel of the demo load.
 */
export function useAnalysisData(controller: MapController | undefined) {
  const taskId = useRef('');
  const [demoLoaded, setDemoLoaded] = useState(false);
  const [payload, setPayload] = useState<DataPayload>();

  useEffect(() => {
    if (!controller || !payload) return;
    // Each in a task of its own after React's render: after a million records were imported the
    // three together were one task of 120–300 ms (docs/architecture.md, Main thread).
    const points = setTimeout(() => controller.setHouseholdPoints(payload.householdPoints));
    const density = setTimeout(() => controller.setDensity(densityToGeoJson(payload.density)));
    return () => {
      clearTimeout(points);
      clearTimeout(density);
    };
  }, [controller, payload]);

  useEffect(() => {
    if (!demoLoaded) return;
    let activeKey: string | undefined;
    let generation = 0;
    const sync = () => {
      const key = datasetKey();
      if (key === activeKey) return;
      activeKey = key;
      const mine = ++generation;
      const plan = usePlanStore.getState().history.present;
      analysisClient()
        .activate(plan.datasets.map((dataset) => dataset.id))
        .then((next) => {
          if (mine !== generation) return;
          workerRecovered('data');
          setPayload(next);
          const store = usePlannerStore.getState();
          store.setSummary(next.summary);
          store.dismissTag('missing-data');
          for (const id of next.missing) {
            const file = plan.datasets.find((dataset) => dataset.id === id)?.fileName ?? id;
            store.notify({ kind: 'error', key: 'datasetMissing', values: { file }, tag: 'missing-data' });
          }
        })
        .catch((error: unknown) => {
          if (mine !== generation) return;
          activeKey = undefined;
          reportWorkerFailure('data', error, sync);
        });
    };
    sync();
    return usePlanStore.subscribe(sync);
  }, [demoLoaded]);

  const start = useCallback(() => {
    const store = usePlannerStore.getState();
    const id = `demo-${Date.now()}`;
    taskId.current = id;
    store.setLoad({ status: 'loading', fraction: 0, file: 'households' });
    // Progress comes over its own message channel, so a last report can arrive after the result.
    let settled = false;
    const onProgress = Comlink.proxy((progress: { fraction: number; file: 'households' | 'cases' }) => {
      if (taskId.current === id && !settled)
        store.setLoad({ status: 'loading', fraction: progress.fraction, file: progress.file });
    });
    analysisClient()
      .loadDemo(id, onProgress)
      .then(() => {
        settled = true;
        if (taskId.current !== id) return;
        setDemoLoaded(true);
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
    if (taskId.current) void analysisClient().cancel(taskId.current);
  }, []);

  return { start, cancel };
}
