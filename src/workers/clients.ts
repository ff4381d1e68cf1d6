import * as Comlink from 'comlink';
import type { ExposedAnalysisApi } from './analysis.worker';

/** A typed client of the analysis worker; each call returns a promise. */
export type AnalysisClient = Comlink.Remote<ExposedAnalysisApi>;

/**
 * Starts the analysis worker. `onCrash` hears what the worker cannot answer for itself: an error
 * thrown outside any call (its script failed to load, say) or a message that could not be read.
 */
export function createAnalysisClient(onCrash: (detail: string) => void): AnalysisClient {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cordon-analysis',
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(event.message || 'the worker could not start');
  });
  worker.addEventListener('messageerror', () => onCrash('a message from the worker could not be read'));
  return Comlink.wrap<ExposedAnalysisApi>(worker);
}

export { Comlink };

/** The PDF worker, started for one export and ended after it (a comlink proxy takes no properties of ours). */
export interface PdfClient {
  remote: Comlink.Remote<import('./pdf.worker').PdfApi>;
  end: () => void;
}

export function createPdfClient(): PdfClient {
  const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'cordon-pdf' });
  return { remote: Comlink.wrap<import('./pdf.worker').PdfApi>(worker), end: () => worker.terminate() };
}
