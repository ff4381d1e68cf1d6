/**
 * Counts what generated hostile input does to each entry point (issue 19, test/hostile/README.md):
 * inputs tried, crashes (an exception the entry point does not promise), hangs (over the stated
 * bound), silent drops (a report that does not balance), stored changes after a failed or
 * cancelled import, and prototype pollution. Each test file writes its tally to
 * test-output/reliability/, which `npm run reliability` prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EntryTally {
  inputs: number;
  refused: number;
  /** Imports stopped midway by the user's cancel. */
  cancelled: number;
  crashes: number;
  hangs: number;
  silentDrops: number;
  storedChanges: number;
  pollutions: number;
  /** The bound every input must finish within, in milliseconds. */
  boundMs: number;
  slowestMs: number;
  slowestInput: string;
  largestBytes: number;
}

/** One resource attack as measured (test/hostile/resource-limits.test.ts): what it came to, its time and memory against their bounds. */
export interface ResourceMeasurement {
  input: string;
  outcome: string;
  ms: number;
  boundMs: number;
  peakMemoryGrowthMb: number;
  boundMb: number;
}

/** What one input came to: taken, refused the way the entry point promises (a problem, a typed error), or cancelled. */
export type Outcome = 'taken' | 'refused' | 'cancelled';

/** Thrown inside a property when an input broke a guarantee: fast-check then shrinks it and prints its seed. */
export class GuaranteeBroken extends Error {
  override name = 'GuaranteeBroken';
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownNames = () => PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String).sort().join(','));

/** Keys an object inherits that plain objects do not: a sign something reached a prototype. */
export function inheritedKeys(value: unknown, seen = new Set<unknown>()): string[] {
  if (!value || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return [];
  seen.add(value);
  const found: string[] = [];
  for (const key in value) if (!Object.hasOwn(value, key)) found.push(key);
  for (const child of Object.values(value)) found.push(...inheritedKeys(child, seen));
  return found;
}

export class Tally {
  private readonly entries = new Map<string, EntryTally>();
  private readonly prototypesBefore = ownNames();

  constructor(private readonly file: string) {}

  /**
   * Runs one input through an entry point and holds it to the guarantees. `attempt` returns the
   * outcome and the result to search for inherited keys; `refusal` says whether a thrown error is
   * one the entry point promises (a typed error with a message for people).
   */
  async run(
    entry: string,
    input: { label: string; bytes: number },
    boundMs: number,
    attempt: () => Promise<{ outcome: Outcome; result?: unknown; balanced?: boolean; storedChanged?: boolean }>,
    refusal: (error: unknown) => boolean = () => false,
  ): Promise<void> {
    const tally = this.entry(entry, boundMs);
    tally.inputs++;
    tally.largestBytes = Math.max(tally.largestBytes, input.bytes);
    const started = performance.now();
    let broken: string | undefined;
    try {
      const { outcome, result, balanced, storedChanged } = await attempt();
      if (outcome === 'refused') tally.refused++;
      if (outcome === 'cancelled') tally.cancelled++;
      if (balanced === false) {
        tally.silentDrops++;
        broken = 'the report does not balance: a row went uncounted';
      }
      if (storedChanged) {
        tally.storedChanges++;
        broken = 'a failed or cancelled import changed what is stored';
      }
      const inherited = inheritedKeys(result);
      if (inherited.length) {
        tally.pollutions++;
        broken = `a result inherits keys: ${inherited.slice(0, 3).join(', ')}`;
      }
    } catch (error) {
      if (refusal(error)) tally.refused++;
      else {
        tally.crashes++;
        broken = `uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
      }
    }
    const elapsed = performance.now() - started;
    if (elapsed > tally.slowestMs) {
      tally.slowestMs = elapsed;
      tally.slowestInput = input.label.slice(0, 80);
    }
    if (elapsed > boundMs) {
      tally.hangs++;
      broken ??= `took ${elapsed.toFixed(0)} ms, over the bound of ${boundMs} ms`;
    }
    if (
      (Object.prototype as Record<string, unknown>).polluted !== undefined ||
      ownNames().join() !== this.prototypesBefore.join()
    ) {
      tally.pollutions++;
      broken = 'a prototype was changed';
    }
    if (broken) throw new GuaranteeBroken(`${entry}: ${broken} (input: ${input.label.slice(0, 120)})`);
  }

  private entry(name: string, boundMs: number): EntryTally {
    let tally = this.entries.get(name);
    if (!tally) {
      tally = {
        inputs: 0,
        refused: 0,
        cancelled: 0,
        crashes: 0,
        hangs: 0,
        silentDrops: 0,
        storedChanges: 0,
        pollutions: 0,
        boundMs,
        slowestMs: 0,
        slowestInput: '',
        largestBytes: 0,
      };
      this.entries.set(name, tally);
    }
    return tally;
  }

  /** Writes test-output/reliability/<file>.json for `npm run reliability`. */
  write(extra: Record<string, unknown> = {}): void {
    const dir = join('test-output', 'reliability');
    mkdirSync(dir, { recursive: true });
    const body = {
      file: this.file,
      writtenAt: new Date().toISOString(),
      entries: Object.fromEntries(this.entries),
      ...extra,
    };
    writeFileSync(join(dir, `${this.file}.json`), JSON.stringify(body, null, 2) + '\n');
  }
}
