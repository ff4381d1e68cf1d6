/**
 * A worker thread for the clustering benchmark: builds the clusters of a million cases from the
 * columns it is sent, as the analysis worker does in the browser, and says how long it took.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseStore } from '../src/domain/cases/case-store';
import { CaseClusters } from '../src/workers/case-clusters';

const store = workerData as CaseStore;
const started = performance.now();
const clusters = new CaseClusters(store, { fromDay: -1e9, toDay: 1e9 });
const view = clusters.inView([120, 30, 122, 31.5], 10);
parentPort!.postMessage({ ms: performance.now() - started, features: view.features.length });
