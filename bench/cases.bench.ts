import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { latLngToCell } from 'h3-js';
import { CaseCells, FINE_RESOLUTION } from '../src/domain/cases/case-cells';
import { caseStoreFromRecords, type CaseStore } from '../src/domain/cases/case-store';
import { readDemoCases } from '../src/io/demo-data/demo-cases';
import { mulberry32 } from '../data/random';
import type { Comparison } from './harness';

/** A million cases: the demo's, again and again, each moved up to 100 m and a few days (seeded). */
function millionCases(): CaseStore {
  const demo = readDemoCases(gunzipSync(readFileSync('public/demo/cases.csv.gz')).toString('utf8'));
  const random = mulberry32(11);
  return caseStoreFromRecords(
    Array.from({ length: 1_000_000 }, (_, i) => {
      const c = demo[i % demo.length];
      return { ...c, id: `C${i}`, onsetOn: undefined, lng: c.lng + (random() - 0.5) * 0.002, lat: c.lat + (random() - 0.5) * 0.002 };
    }),
  );
}

/**
 * Cases over space and time (DESIGN.md §4): indexing a million cases into H3 once, against the bare
 * `latLngToCell` loop it cannot beat (goal: at most 1.2×); then the count per cell for a new time
 * window at resolutions 7–10, which the time slider does on every step (goal: at most 30 ms).
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
  return [
    {
      title: 'Indexing 1 000 000 cases into H3 (resolution 10, and 6–9 from the distinct cells)',
      minRounds: 3,
      baseline: {
        name: 'latLngToCell for every case, nothing kept',
        run: () => {
          for (let i = 0; i < store.length; i++) latLngToCell(store.lat[i], store.lng[i], FINE_RESOLUTION);
        },
      },
      candidates: [{ name: 'Cordon: CaseCells.build (cells kept per case, parents of the distinct cells)', run: async () => (cells = await CaseCells.build(store)) }],
    },
    {
      title: 'Cases per cell for a new 7-day window, 1 000 000 cases (one time-slider step)',
      baseline: { name: 'one pass reading the report days (lower bound)', run: () => store.reportedDay.reduce((n, day) => (day >= first ? n + 1 : n), 0) },
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
