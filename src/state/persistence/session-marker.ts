/**
 * The unclean-shutdown marker (HOSTILE-INPUTS R4): the writing tab sets it when it starts writing
 * and clears it when the page is hidden for good (closed, reloaded, navigated away). A marker found
 * at start therefore means the last writer was killed or crashed, and the planner offers the saved
 * versions. In localStorage, because it must be set and cleared synchronously.
 */
const KEY = 'cordon-writer-open';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Marks this tab as the open writer; returns whether the previous writer ended without closing. */
export function openWriterSession(now = new Date()): { unclean: boolean } {
  const store = storage();
  try {
    const unclean = store?.getItem(KEY) != null;
    store?.setItem(KEY, now.toISOString());
    return { unclean };
  } catch {
    return { unclean: false }; // blocked storage: no marker, and nothing to offer
  }
}

/** The writer is closing cleanly. */
export function closeWriterSession(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
