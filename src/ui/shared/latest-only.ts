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
   * failed request (after which the same key may be asked again, for a retry).
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
            if (this.lastKey === key) this.lastKey = undefined;
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

  /** Applies nothing more (the view that asked is gone). */
  close(): void {
    this.closed = true;
    this.waiting = undefined;
  }
}
