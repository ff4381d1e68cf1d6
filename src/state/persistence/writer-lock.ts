/**
 * One tab writes the plan; the others are read-only and say so (docs/architecture.md, Saving). Uses Web
 * Locks: the first tab holds the lock for its lifetime, a later tab queues for it and takes over
 * when the writer closes. Without Web Locks (very old browsers) every tab writes.
 */
export function claimWriter(name: string, onBecameWriter: () => void): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve(true);
  const forever = () => new Promise<void>(() => undefined);
  return new Promise<boolean>((resolve) => {
    void locks.request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) {
        resolve(false);
        void locks.request(name, async () => {
          onBecameWriter();
          await forever();
        });
        return;
      }
      resolve(true);
      await forever();
    });
  });
}
