import { readSetting, removeSetting, writeSetting } from './local-settings';

/**
 * The unclean-shutdown marker (HOSTILE-INPUTS R4): the writing tab sets it when it starts writing
 * and clears it when the page is hidden for good (closed, reloaded, navigated away). A marker found
 * at start therefore means the last writer was killed or crashed, and the planner offers the saved
 * versions. In localStorage, because it must be set and cleared synchronously.
 */
const KEY = 'cordon-writer-open';

/** Marks this tab as the open writer; returns whether the previous writer ended without closing. */
export function openWriterSession(now = new Date()): { unclean: boolean } {
  const unclean = readSetting(KEY) !== null;
  // Where storage is blocked nothing is marked, and nothing is offered next time.
  return { unclean: writeSetting(KEY, now.toISOString()) && unclean };
}

/** The writer is closing cleanly. */
export function closeWriterSession(): void {
  removeSetting(KEY);
}
