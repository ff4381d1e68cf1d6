import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { latLngToCell } from 'h3-js';
import { CaseCells, FINE_RESOLUTION } from '../src/domain/cases/case-cells';
import { caseStoreFromRecords, type CaseStore } from '../src/domain/cases/case-store';
import { readDemoCases } from '../src/io/demo-data/demo-cases';
import { mulberry32 } from '../data/random';
import { Worker } from 'node:worker_threads';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { caseAt } from '../src/domain/cases/case-store';
import { CaseClusters } from '../src/workers/case-clusters';
import type { Comparison } from './harness';

/**
 * Builds the clusters in a worker thread that already holds the cases (as the analysis worker
 * does), while this thread keeps a 1 ms timer going: the longest gap between its ticks is how long
 * the main thread was kept from its work.
 */
async function clusterInWorker(store: CaseStore): Promise<{ ms: number; stall: number }> {
  const worker = new Worker(new URL('./cluster-worker.mjs', import.meta.url));
  const reply = () =>
    new Promise<{ ms: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  try {
    const ready = reply();
    worker.postMessage({ store });
    await ready;
    let last = performance.now();
    let stall = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last);
      last = now;
    }, 1);
    const built = reply();
    worker.postMessage({ build: true });
    const result = await built;
    clearInterval(timer);
    return { ms: result.ms, stall };
  } finally {
    await worker.terminate();
  }
}

/** A million cases: the demo's, again and again, each moved up to 100 m and a few days (seeded). */
function millionCases(): CaseStore {
  const demo = readDemoCases(gunzipSync(readFileSync('public/demo/cases.csv.gz')).toString('utf8'));
  const random = mulberry32(11);
  return caseStoreFromRecords(
    Array.from({ length: 1_000_000 }, (_, i) => {
      const c = demo[i % demo.length];
      return {
        ...c,
        id: `C${i}`,
        onsetOn: undefined,
        lng: c.lng + (random() - 0.5) * 0.002,
        lat: c.lat + (random() - 0.5) * 0.002,
      };
    }),
  );
}

/**
 * Cases over space and time (docs/architecture.md, Computation): indexing a million cases into H3 once, against the bare
 * `latLngToCell` loop over the same points (goal: at most 1.2×; cases deep inside a cell already
 * met skip h3, so it can be faster); then the count per cell for a new time window at resolutions
 * 7–10, which the time slider does on every step (goal: at most 30 ms); and supercluster's load.
 */
export function caseComparisons(): Comparison[] {
  const store = millionCases();
  let cells: CaseCells | undefined;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < store.length; i++) {
    first = Math.min(first, store.reportedDay[i]);
    last = Math.max(last, store.reportedDay[i]);
  }
  let step = 0;
  // A 7-day window sliding a day a step, as playback moves it.
  const nextWindow = () => {
    const from = first + (step++ % Math.max(1, last - first - 6));
    return { fromDay: from, toDay: from + 6 };
  };
  let stalls: { ms: number; stall: number } | undefined;
  return [
    {
      title: 'Clustering 1 000 000 cases with supercluster (clusters for a window)',
      minRounds: 3,
      baseline: {
        name: 'supercluster.load of a GeoJSON feature per case record, on one thread',
        run: () => {
          const features = Array.from({ length: store.length }, (_, i): Feature<Point, Record<string, unknown>> => {
            const record = caseAt(store, i);
            return {
              type: 'Feature',
              properties: { ...record },
              geometry: { type: 'Point', coordinates: [record.lng, record.lat] },
            };
          });
          return new Supercluster({ radius: 50, maxZoom: 14, minPoints: 3 }).load(features);
        },
      },
      candidates: [
        {
          name: 'Cordon: CaseClusters from the case columns (a point and its place in the store per case)',
          run: () => new CaseClusters(store, { fromDay: first, toDay: last }),
        },
      ],
      notes: async () => {
        stalls ??= await clusterInWorker(store);
        return [
          `In a worker thread, as the analysis worker runs it: built in ${stalls.ms.toFixed(0)} ms, while the main thread's longest wait between two 1 ms timer ticks was ${stalls.stall.toFixed(1)} ms.`,
        ];
      },
    },
    {
      title: 'Indexing 1 000 000 cases into H3 (resolution 10, and 6–9 from the distinct cells)',
      minRounds: 3,
      baseline: {
        name: 'latLngToCell for every case, nothing kept',
        run: () => {
          for (let i = 0; i < store.length; i++) latLngToCell(store.lat[i], store.lng[i], FINE_RESOLUTION);
        },
      },
      candidates: [
        {
          name: "Cordon: CaseCells.build (each case's cell, h3 only where no known cell surely holds it; parents of the distinct cells)",
          run: async () => (cells = await CaseCells.build(store)),
        },
      ],
    },
    {
      title: 'Cases per cell for a new 7-day window, 1 000 000 cases (one time-slider step)',
      baseline: {
        name: 'one pass reading the report days (lower bound)',
        run: () => store.reportedDay.reduce((n, day) => (day >= first ? n + 1 : n), 0),
      },
      candidates: [7, 8, 9, 10].map((resolution) => ({
        name: `Cordon: countsIn at resolution ${resolution}`,
        run: async () => {
          cells ??= await CaseCells.build(store);
          return cells.countsIn(store, resolution, nextWindow());
        },
      })),
    },
  ];
}
