/**
 * Run in a worker thread by the clustering benchmark (through cluster-worker.mjs): it is sent the
 * case columns first (as the analysis worker holds them), then told to build the clusters, and
 * says how long that took.
 */
import { parentPort } from 'node:worker_threads';
import type { CaseStore } from '../src/domain/cases/case-store';
import { CaseClusters } from '../src/workers/case-clusters';

let store: CaseStore | undefined;
parentPort!.on('message', (message: { store?: CaseStore; build?: true }) => {
  if (message.store) {
    store = message.store;
    parentPort!.postMessage({ ready: true });
    return;
  }
  const started = performance.now();
  const clusters = new CaseClusters(store!, { fromDay: -1e9, toDay: 1e9 });
  const view = clusters.inView([120, 30, 122, 31.5], 10);
  parentPort!.postMessage({ ms: performance.now() - started, features: view.features.length });
});
