import gcoord from 'gcoord';
import type { PointIndex } from '../../domain/geo/point-index';
import type { DeclaredCrs } from './coordinates';

/** The coordinate systems the hint tells apart by where the points land. */
export type GuessedCrs = 'wgs84' | 'gcj02' | 'bd09';
const GUESSED: readonly GuessedCrs[] = ['wgs84', 'gcj02', 'bd09'];

export interface CrsSuggestion {
  /** The datum the evidence points to, only when it is decisive; undefined: the hint stays silent. */
  best?: GuessedCrs;
  /** Against the runner-up: points clearly closer to a building under `leader`, and under the runner-up. */
  wins: number;
  losses: number;
  /** The datum with the most evidence, decisive or not. */
  leader: GuessedCrs;
  /** The chance of evidence this strong if neither datum were right (a one-sided sign test). */
  pValue: number;
  /** How many sample points were used. */
  samples: number;
  /** Median distance in metres to the nearest building, per datum tried (for the report, not the decision). */
  medianMeters: Partial<Record<DeclaredCrs, number>>;
}

/** A point is clearly closer under one datum when its nearest building is at most half as far. */
export const CLEARLY_CLOSER = 0.5;
/** The fewest clearly-closer points that can make the evidence decisive. */
export const MIN_WINS = 8;
/** The hint speaks when evidence this strong would arise by chance less often than this. */
export const MAX_P_VALUE = 1e-4;

const FROM: Record<'gcj02' | 'bd09', string> = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Infinity : sorted[Math.floor(sorted.length / 2)];
}

/** P(X >= k) for X ~ Binomial(n, 1/2), summed in logs so that 500 trials do not underflow. */
export function signTestPValue(k: number, n: number): number {
  if (n === 0 || k <= 0) return 1;
  const logChoose: number[] = [0];
  for (let i = 1; i <= n; i++) logChoose[i] = logChoose[i - 1] + Math.log((n - i + 1) / i);
  let sum = 0;
  for (let i = k; i <= n; i++) sum += Math.exp(logChoose[i] - n * Math.LN2);
  return Math.min(1, sum);
}

/**
 * Suggests the coordinate system of imported points by where they land: cases and households are
 * at addresses, so under the right datum they sit on known buildings, and under a wrong one about
 * 500 m (GCJ-02) or 1 km (BD-09) away, where in a dense town they often land near some other
 * building anyway. So each point is compared datum against datum: it counts for the one under
 * which its nearest building is at most half as far. The leader must beat each other datum by a
 * one-sided sign test (p < MAX_P_VALUE, at least MIN_WINS points): then `best` is set and the
 * dialog speaks, saying how many points agree; otherwise it says nothing. Never applied by itself.
 * Uses at most `maxSamples` points, spread through the file. Measured over 200 random samples by
 * `npm run bench -- coordinate` (see docs/architecture.md).
 */
export function suggestCrs(
  points: readonly [number, number][],
  buildings: PointIndex,
  maxSamples = 500,
): CrsSuggestion | undefined {
  if (points.length === 0) return undefined;
  const step = Math.max(1, Math.floor(points.length / maxSamples));
  const sample = points.filter((_, i) => i % step === 0).slice(0, maxSamples);
  const distances: Record<GuessedCrs, number[]> = { wgs84: [], gcj02: [], bd09: [] };
  for (const [lng, lat] of sample)
    for (const crs of GUESSED) {
      const [x, y] = crs === 'wgs84' ? [lng, lat] : gcoord.transform([lng, lat], FROM[crs] as never, gcoord.WGS84);
      distances[crs].push(buildings.nearestMeters(x, y));
    }
  const closer = (a: GuessedCrs, b: GuessedCrs) =>
    // A point with no building near it under `a` says nothing for `a` (Infinity ≤ Infinity would count it).
    distances[a].filter((meters, i) => Number.isFinite(meters) && meters <= CLEARLY_CLOSER * distances[b][i]).length;
  // The leader beats both others; its weakest margin is the evidence.
  let result: Pick<CrsSuggestion, 'leader' | 'wins' | 'losses' | 'pValue'> | undefined;
  for (const leader of GUESSED) {
    let weakest: { wins: number; losses: number; pValue: number } | undefined;
    for (const other of GUESSED) {
      if (other === leader) continue;
      const wins = closer(leader, other);
      const losses = closer(other, leader);
      const pValue = wins > losses ? signTestPValue(wins, wins + losses) : 1;
      if (!weakest || pValue > weakest.pValue) weakest = { wins, losses, pValue };
    }
    if (weakest && (!result || weakest.pValue < result.pValue)) result = { leader, ...weakest };
  }
  const { leader, wins, losses, pValue } = result!;
  const decisive = wins >= MIN_WINS && pValue < MAX_P_VALUE;
  const medianMeters: Partial<Record<DeclaredCrs, number>> = {};
  for (const crs of GUESSED) medianMeters[crs] = median(distances[crs]);
  return { best: decisive ? leader : undefined, leader, wins, losses, pValue, samples: sample.length, medianMeters };
}
