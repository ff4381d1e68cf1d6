import type { Tier } from '../zones/tier';
import type { CaseStore } from './case-store';

/** Which cases a view takes: a window of report days (inclusive) and, optionally, only some kinds or places found. */
export interface CaseWindow {
  fromDay: number;
  toDay: number;
  /** Indexes into FOUND_IN to take; all when absent. */
  foundIn?: readonly number[];
  /** Indexes into CASE_KINDS to take; all when absent. */
  kinds?: readonly number[];
}

/** The cases of a window inside each tier and zone of one figures count (`countId`). */
export interface WindowCaseCounts {
  countId: number;
  window: CaseWindow;
  tiers: Record<Tier, number>;
  zones: Record<string, number>;
}

/** Whether case `i` of the store is in the window and its filters. */
function inWindow(store: CaseStore, window: CaseWindow, foundIn?: Set<number>, kinds?: Set<number>) {
  return (i: number): boolean => {
    const day = store.reportedDay[i];
    if (day < window.fromDay || day > window.toDay) return false;
    if (foundIn && !foundIn.has(store.foundIn[i])) return false;
    return !(kinds && !kinds.has(store.kind[i]));
  };
}

/** How many of the cases `indexes` (into the store) are in the window and its filters. */
export function countInWindow(store: CaseStore, indexes: readonly number[], window: CaseWindow): number {
  const take = inWindow(
    store,
    window,
    window.foundIn ? new Set(window.foundIn) : undefined,
    window.kinds ? new Set(window.kinds) : undefined,
  );
  let n = 0;
  for (const i of indexes) if (take(i)) n++;
  return n;
}

/** Calls `visit(i)` for each case of the store in the window and its filters, in store order. */
export function forEachCaseInWindow(store: CaseStore, window: CaseWindow, visit: (i: number) => void): void {
  const take = inWindow(
    store,
    window,
    window.foundIn ? new Set(window.foundIn) : undefined,
    window.kinds ? new Set(window.kinds) : undefined,
  );
  for (let i = 0; i < store.length; i++) if (take(i)) visit(i);
}
