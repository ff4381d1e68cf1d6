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

/** Calls `visit(i)` for each case of the store in the window and its filters, in store order. */
export function forEachCaseInWindow(store: CaseStore, window: CaseWindow, visit: (i: number) => void): void {
  const foundIn = window.foundIn ? new Set(window.foundIn) : undefined;
  const kinds = window.kinds ? new Set(window.kinds) : undefined;
  for (let i = 0; i < store.length; i++) {
    const day = store.reportedDay[i];
    if (day < window.fromDay || day > window.toDay) continue;
    if (foundIn && !foundIn.has(store.foundIn[i])) continue;
    if (kinds && !kinds.has(store.kind[i])) continue;
    visit(i);
  }
}
