/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { createAnalysisApi, transferables } from './analysis-api';
import type { DemoLoadProgress } from '../io/demo-data/load-demo';

const demoBase = new URL(`${import.meta.env.BASE_URL}demo/`, self.location.origin);
const api = createAnalysisApi((name, signal) => fetch(new URL(name, demoBase), { signal }));

/** The worker's face: the same API, with load results handed over as transferables. */
const exposed = {
  ...api,
  async loadDemo(taskId: string, onProgress?: (progress: DemoLoadProgress) => void) {
    const result = await api.loadDemo(taskId, onProgress);
    return Comlink.transfer(result, transferables(result));
  },
};

export type ExposedAnalysisApi = typeof exposed;

Comlink.expose(exposed);
