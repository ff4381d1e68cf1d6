/** What the autosaver is doing, for the status bar and the failure banner. */
export type SaveStatus =
  { kind: 'saved'; at: number } | { kind: 'pending' } | { kind: 'failed'; detail: string; retryAt: number };

export interface AutosaveOptions {
  save: (text: string) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  /** Wait after the last edit before writing (≤ 1 s, docs/architecture.md, Saving). */
  debounceMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  now?: () => number;
}

/**
 * Saves the latest plan text a short while after the last edit; on failure keeps the text in
 * memory, reports it, and retries. Never reloads anything: edits are not lost to a failed write.
 */
export class Autosaver {
  private latest?: string;
  private saved?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private writing = false;

  constructor(private readonly options: AutosaveOptions) {}

  /** A new version of the plan to save. */
  schedule(text: string): void {
    this.latest = text;
    if (text === this.saved) return;
    this.options.onStatus({ kind: 'pending' });
    this.arm(this.options.debounceMs ?? 300);
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

  private arm(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, ms);
  }

  private async write(): Promise<void> {
    if (this.writing || this.latest === undefined || this.latest === this.saved) return;
    const text = this.latest;
    const now = this.options.now ?? Date.now;
    this.writing = true;
    try {
      await this.options.save(text);
      this.saved = text;
      this.options.onStatus({ kind: 'saved', at: now() });
    } catch (error) {
      const retryMs = this.options.retryMs ?? 10_000;
      this.options.onStatus({
        kind: 'failed',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        retryAt: now() + retryMs,
      });
      this.arm(retryMs);
    } finally {
      this.writing = false;
    }
    if (this.latest !== this.saved && !this.timer) this.arm(this.options.debounceMs ?? 300);
  }
}
