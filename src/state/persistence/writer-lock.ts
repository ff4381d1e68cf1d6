/** The tab's claim on writing the plan. */
export interface WriterClaim {
  /** True when this tab writes now; false when it waits (read-only) for the writer to close. */
  writer: boolean;
  /** Gives the lock up (or stops waiting for it), so another tab can write. */
  release: () => void;
}

/**
 * One tab writes the plan; the others are read-only and say so (docs/architecture.md, Saving). Uses Web
 * Locks: the first tab holds the lock for its lifetime, a later tab queues for it and takes over
 * when the writer closes or releases it. Without Web Locks (very old browsers) every tab writes.
 */
export function claimWriter(name: string, onBecameWriter: () => void): Promise<WriterClaim> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve({ writer: true, release: () => undefined });
  let released = false;
  let letGo: (() => void) | undefined;
  const release = () => {
    released = true;
    letGo?.();
  };
  const hold = () =>
    new Promise<void>((resolve) => {
      letGo = resolve;
      if (released) resolve();
    });
  const queue = new AbortController();
  return new Promise<WriterClaim>((resolve) => {
    void locks.request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) {
        resolve({
          writer: false,
          release: () => {
            release();
            queue.abort();
          },
        });
        await locks
          .request(name, { signal: queue.signal }, async () => {
            if (released) return;
            onBecameWriter();
            await hold();
          })
          .catch(() => undefined); // the wait was given up
        return;
      }
      resolve({ writer: true, release });
      await hold();
    });
  });
}
