/** What the autosaver is doing, for the status bar and the failure banner. */
export type SaveStatus =
  { kind: 'saved'; at: number } | { kind: 'pending' } | { kind: 'failed'; detail: string; retryAt: number };

export interface AutosaveOptions {
  save: (text: string) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  /**
   * The least time between the starts of two writes: an edit after a quiet spell is written at once
   * (in the same task, before the map redraws, so a failure shows at once); edits within this time
   * of a write's start are written together when it has passed, or as soon as that write ends if it
   * took longer (≤ 1 s, docs/architecture.md, Saving).
   */
  debounceMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  now?: () => number;
}

/**
 * Saves the latest plan text at once, or at most `debounceMs` after the edit when writes come fast;
 * on failure keeps the text in memory, reports it, and retries. Never reloads anything: edits are
 * not lost to a failed write.
 */
export class Autosaver {
  private latest?: string;
  private saved?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private writing = false;
  private stopped = false;
  private failing = false;
  private lastWriteAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: AutosaveOptions) {}

  /** A new version of the plan to save. */
  schedule(text: string): void {
    this.latest = text;
    if (text === this.saved || this.stopped) return;
    if (!this.failing) this.options.onStatus({ kind: 'pending' });
    if (this.timer || this.writing) return; // written when the timer fires, or after the write under way
    this.writeWhenSpaced();
  }

  /** Writes now if the last write started `debounceMs` ago or more, else when it will have. */
  private writeWhenSpaced(): void {
    const wait = this.lastWriteAt + this.debounceMs - this.now();
    if (wait <= 0) void this.write();
    else this.arm(wait);
  }

  private get debounceMs(): number {
    return this.options.debounceMs ?? 300;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Writes now if anything is waiting (before unload, or on "retry now"). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.write();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** Never writes again, nor reports (this tab stopped writing: a newer Cordon owns the plan). */
  stop(): void {
    this.stopped = true;
    this.dispose();
  }

  private arm(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, ms);
  }

  private async write(): Promise<void> {
    if (this.stopped || this.writing || this.latest === undefined || this.latest === this.saved) return;
    const text = this.latest;
    this.writing = true;
    this.lastWriteAt = this.now();
    markWrite('started');
    try {
      await this.options.save(text);
      this.saved = text;
      markWrite('committed');
      this.failing = false;
      this.options.onStatus({ kind: 'saved', at: this.now() });
    } catch (error) {
      if (this.stopped) return;
      const retryMs = this.options.retryMs ?? 10_000;
      this.failing = true;
      this.options.onStatus({
        kind: 'failed',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        retryAt: this.now() + retryMs,
      });
      this.arm(retryMs);
    } finally {
      this.writing = false;
    }
    if (this.latest !== this.saved && !this.timer) this.writeWhenSpaced(); // (a failed write armed its retry)
  }
}

/**
 * The User Timing entries of the writes (DevTools' Timings track; the crash test reads them): a mark
 * when the last write started, a measure from its start to its commit for the last committed one.
 */
export const SAVE_STARTED_MARK = 'cordon-autosave-started';
export const SAVE_MEASURE = 'cordon-autosave';

/** Keeps one entry of each, the last write's, so a long session does not fill the timeline. */
function markWrite(moment: 'started' | 'committed'): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  if (moment === 'started') {
    performance.clearMarks(SAVE_STARTED_MARK);
    performance.mark(SAVE_STARTED_MARK);
  } else {
    performance.clearMeasures(SAVE_MEASURE);
    performance.measure(SAVE_MEASURE, SAVE_STARTED_MARK);
  }
}
