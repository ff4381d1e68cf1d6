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
  notes?: () => string[] | Promise<string[]>;
  /** Fewest rounds to measure (default 5): fewer for baselines that take seconds. */
  minRounds?: number;
  /**
   * When the baseline runs on a sample of the work (it would take minutes whole): what its time
   * is multiplied by to stand for the whole, and what the sample was, for the table.
   */
  baselineSample?: { scale: number; label: string };
  /**
   * A second baseline timed by itself (PostGIS, say, whose time is taken in the server): each
   * candidate's ratio to it gets a column of its own. `prepare` loads its data (untimed) and
   * returns one timed run in ms; undefined, or `missing` set, leaves the column out with the reason.
   */
  second?: { name: string; prepare: () => Promise<() => number>; missing?: string };
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/**
 * Median wall times in ms of the baseline and each candidate, measured in interleaved rounds
 * (baseline, then each candidate, again and again) so that the heap and the machine's state drift
 * alike for all of them: at least `minRounds` rounds and `minMs` of total time, after a warm-up.
 */
export async function measureInterleaved(
  runs: (() => unknown)[],
  minRounds = 5,
  minMs = 1000,
  warmUp = true,
): Promise<number[]> {
  if (warmUp) for (const run of runs) await run();
  const times: number[][] = runs.map(() => []);
  const started = performance.now();
  for (
    let round = 0;
    round < 200 && (round < minRounds || performance.now() - started < minMs * runs.length);
    round++
  ) {
    for (let i = 0; i < runs.length; i++) {
      const t0 = performance.now();
      await runs[i]();
      times[i].push(performance.now() - t0);
    }
  }
  return times.map(median);
}

/** Median wall time of one `run` in ms. */
export async function measure(run: () => unknown, minRuns = 5, minMs = 1000): Promise<number> {
  return (await measureInterleaved([run], minRuns, minMs))[0];
}

export async function report(comparison: Comparison): Promise<string> {
  const sample = comparison.baselineSample;
  let base: number;
  let candidates: number[];
  if (sample) {
    // A sampled baseline runs once (it takes seconds); the candidates are measured as usual.
    const t0 = performance.now();
    await comparison.baseline.run();
    base = (performance.now() - t0) * sample.scale;
    candidates = await measureInterleaved(
      comparison.candidates.map((candidate) => candidate.run),
      comparison.minRounds,
    );
  } else {
    [base, ...candidates] = await measureInterleaved(
      [comparison.baseline.run, ...comparison.candidates.map((candidate) => candidate.run)],
      comparison.minRounds,
    );
  }
  let second: number | undefined;
  const secondCase = comparison.second && !comparison.second.missing ? comparison.second : undefined;
  if (secondCase) {
    const timed = await secondCase.prepare();
    timed(); // warm-up: caches and the plan
    second = median(Array.from({ length: 5 }, timed));
  }
  const ratioText = (ratio: number) =>
    `${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}× (${ratio < 1 ? `${(1 / ratio).toFixed(1)}× faster` : `${ratio.toFixed(1)}× slower`})`;
  const rows = [
    `## ${comparison.title}`,
    '',
    `| case | median ms | ratio to baseline |${secondCase ? ` ratio to ${secondCase.name} |` : ''}`,
    `| --- | ---: | ---: |${secondCase ? ' ---: |' : ''}`,
  ];
  rows.push(
    `| ${comparison.baseline.name} (baseline${sample ? `, ${sample.label}` : ''}) | ${base.toFixed(1)} | 1.00× |${second !== undefined ? ` ${ratioText(base / second)} |` : ''}`,
  );
  if (secondCase && second !== undefined)
    rows.push(`| ${secondCase.name} (second baseline) | ${second.toFixed(1)} | ${ratioText(second / base)} | 1.00× |`);
  comparison.candidates.forEach((candidate, i) => {
    const ms = candidates[i];
    rows.push(
      `| ${candidate.name} | ${ms.toFixed(1)} | ${ratioText(ms / base)} |${second !== undefined ? ` ${ratioText(ms / second)} |` : ''}`,
    );
  });
  if (comparison.second?.missing) rows.push('', `(No ${comparison.second.name} column: ${comparison.second.missing}.)`);
  for (const note of (await comparison.notes?.()) ?? []) rows.push('', note);
  return rows.join('\n') + '\n';
}
