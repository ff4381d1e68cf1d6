import * as Comlink from 'comlink';
import type { ExposedAnalysisApi } from './analysis.worker';

/** A typed client of the analysis worker; each call returns a promise. */
export type AnalysisClient = Comlink.Remote<ExposedAnalysisApi>;

export function createAnalysisClient(): AnalysisClient {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cordon-analysis',
  });
  return Comlink.wrap<ExposedAnalysisApi>(worker);
}

export { Comlink };
