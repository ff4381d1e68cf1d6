/**
 * A tiny benchmark harness: every case is measured against a baseline in the same run, and the
 * ratio is what we read (machines differ; ratios on one machine in one run are comparable).
 */
export interface BenchCase {
  name: string;
  /** May return a promise: the pipeline runs in slices with pauses, as in the worker. */
  run: () => unknown;
}

export interface Comparison {
  title: string;
  baseline: BenchCase;
  candidates: BenchCase[];
  /** A line or two the report prints under the table (memory, sizes). */
  notes?: () => string[];
}

/** Median wall time of `run` in ms, over at least `minRuns` runs and `minMs` of total time. */
export async function measure(run: () => unknown, minRuns = 5, minMs = 1000): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
    if (times.length >= 200) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function report(comparison: Comparison): Promise<string> {
  const base = await measure(comparison.baseline.run);
  const rows = [`## ${comparison.title}`, '', '| case | median ms | ratio to baseline |', '| --- | ---: | ---: |'];
  rows.push(`| ${comparison.baseline.name} (baseline) | ${base.toFixed(1)} | 1.00× |`);
  for (const candidate of comparison.candidates) {
    const ms = await measure(candidate.run);
    const ratio = ms / base;
    rows.push(`| ${candidate.name} | ${ms.toFixed(1)} | ${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}× (${ratio < 1 ? `${(1 / ratio).toFixed(1)}× faster` : `${ratio.toFixed(1)}× slower`}) |`);
  }
  for (const note of comparison.notes?.() ?? []) rows.push('', note);
  return rows.join('\n') + '\n';
}
