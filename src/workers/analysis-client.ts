import { createAnalysisClient, type AnalysisClient } from './clients';

let client: AnalysisClient | undefined;
const crashListeners = new Set<(detail: string) => void>();

/** The one analysis worker of this page, started on first use. */
export function analysisClient(): AnalysisClient {
  client ??= createAnalysisClient((detail) => crashListeners.forEach((listener) => listener(detail)));
  return client;
}

/** Hears when the worker fails outside any call; returns the function that stops listening. */
export function onAnalysisWorkerCrash(listener: (detail: string) => void): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}
