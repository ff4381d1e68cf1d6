import { FOUND_IN } from './case-record';
import type { CaseStore } from './case-store';

/** Daily new cases by where they were found: `counts[(day - firstDay) * FOUND_IN.length + f]`. */
export interface EpiCurve {
  firstDay: number;
  lastDay: number;
  counts: Uint32Array;
}

/**
 * The epidemic curve of a store: new cases per report day, stacked by where they were found
 * (FOUND_IN order), for the kinds taken (indexes into CASE_KINDS; all when absent). Days run over
 * every case's report day, whatever the filter, so the curve keeps its width as filters change.
 */
export function epiCurve(store: CaseStore, kinds?: readonly number[]): EpiCurve | undefined {
  if (store.length === 0) return undefined;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < store.length; i++) {
    firstDay = Math.min(firstDay, store.reportedDay[i]);
    lastDay = Math.max(lastDay, store.reportedDay[i]);
  }
  const taken = kinds ? new Set(kinds) : undefined;
  const counts = new Uint32Array((lastDay - firstDay + 1) * FOUND_IN.length);
  for (let i = 0; i < store.length; i++) {
    if (taken && !taken.has(store.kind[i])) continue;
    counts[(store.reportedDay[i] - firstDay) * FOUND_IN.length + store.foundIn[i]]++;
  }
  return { firstDay, lastDay, counts };
}

/** The cases of a day in the curve, all places found together. */
export function casesOnDay(curve: EpiCurve, day: number): number {
  if (day < curve.firstDay || day > curve.lastDay) return 0;
  let sum = 0;
  for (let f = 0; f < FOUND_IN.length; f++) sum += curve.counts[(day - curve.firstDay) * FOUND_IN.length + f];
  return sum;
}
