import { createAnalysisClient, type AnalysisClient } from './clients';

let client: AnalysisClient | undefined;
const crashListeners = new Set<(detail: string) => void>();
/** Calls made and calls not yet answered, so an export can wait until the planner's data has caught up. */
const activity = { started: 0, pending: 0 };
let idleWaiters: (() => void)[] = [];

const settled = () => {
  activity.pending--;
  if (activity.pending > 0) return;
  const waiters = idleWaiters;
  idleWaiters = [];
  waiters.forEach((resolve) => resolve());
};

/** Counts each call of the worker's API until its answer (or failure) comes back. */
function tracked(remote: AnalysisClient): AnalysisClient {
  return new Proxy(remote, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property === 'symbol' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (result instanceof Promise) {
          activity.started++;
          activity.pending++;
          result.then(settled, settled);
        }
        return result;
      };
    },
  });
}

/** The one analysis worker of this page, started on first use. */
export function analysisClient(): AnalysisClient {
  client ??= tracked(createAnalysisClient((detail) => crashListeners.forEach((listener) => listener(detail))));
  return client;
}

/** How many calls were made so far and how many wait for their answer. */
export function analysisActivity(): { started: number; pending: number } {
  return { ...activity };
}

/** Resolves once no call waits for its answer. */
export function analysisIdle(): Promise<void> {
  if (activity.pending === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

/** Hears when the worker fails outside any call; returns the function that stops listening. */
export function onAnalysisWorkerCrash(listener: (detail: string) => void): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}
