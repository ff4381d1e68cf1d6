/**
 * One request at a time to a busy worker: while one runs, only the newest of those asked for
 * waits (older waiting ones are dropped), so playback or scrubbing never piles up work that would
 * make the map lag further and further behind. Each answer is applied as it comes, in order.
 */
export class LatestOnly {
  private lastKey?: string;
  private running = false;
  private waiting?: () => void;
  private closed = false;

  /**
   * Asks unless `key` is what was asked last; `apply` gets the answer and `fail` the error of a
   * failed request. A failed key is not asked again by itself (a broken worker would otherwise be
   * asked in a loop by every store change): `forget()` first, as Retry does.
   */
  ask<T>(key: string, request: () => Promise<T>, apply: (value: T) => void, fail: (error: unknown) => void): void {
    if (this.closed || key === this.lastKey) return;
    this.lastKey = key;
    const go = () => {
      this.running = true;
      request()
        .then(
          (value) => {
            if (!this.closed) apply(value);
          },
          (error: unknown) => {
            if (!this.closed) fail(error);
          },
        )
        .finally(() => {
          this.running = false;
          const next = this.waiting;
          this.waiting = undefined;
          next?.();
        });
    };
    if (this.running) this.waiting = go;
    else go();
  }

  /** Forgets what was asked last, so that the same key is asked again (Retry). */
  forget(): void {
    this.lastKey = undefined;
  }

  /** Applies nothing more (the view that asked is gone). */
  close(): void {
    this.closed = true;
    this.waiting = undefined;
  }
}
