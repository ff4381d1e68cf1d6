import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import gcoord from 'gcoord';
import { PointIndex } from '../src/domain/geo/point-index';
import { suggestCrs, type GuessedCrs } from '../src/io/import/suggest-crs';
import { mulberry32 } from '../data/random';
import type { Comparison } from './harness';

const SAMPLES = 200;
const CRS: readonly GuessedCrs[] = ['wgs84', 'gcj02', 'bd09'];

function demoPoints(file: string): [number, number][] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => {
      const [, x, y] = row.split(',');
      return [Number(x), Number(y)];
    });
}

/** A file as a headquarters gets it: 10 to 500 demo records (cases and households), in one datum. */
interface Sample {
  crs: GuessedCrs;
  points: [number, number][];
}

function samples(
  households: [number, number][],
  cases: [number, number][],
  sizes: () => number,
  random = mulberry32(20221204),
): Sample[] {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: SAMPLES }, (_, i) => {
    const size = sizes();
    const crs = CRS[i % 3];
    const fromCases = random() < 0.5;
    const points = Array.from({ length: size }, () => {
      const [lng, lat] = fromCases ? pick(cases) : pick(households);
      // Geocoded to the address, within a few metres of the building.
      const wgs: [number, number] = [lng + (random() - 0.5) * 0.00008, lat + (random() - 0.5) * 0.00008];
      if (crs === 'wgs84') return wgs;
      return gcoord.transform(wgs, gcoord.WGS84, crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09) as [number, number];
    });
    return { crs, points };
  });
}

/** The hint before issue 15: the datum with the smallest median distance, always spoken. */
function medianRule(points: [number, number][], buildings: PointIndex): GuessedCrs {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const distances = CRS.map((crs) =>
    median(
      points.map(([lng, lat]) => {
        const [x, y] =
          crs === 'wgs84'
            ? [lng, lat]
            : gcoord.transform([lng, lat], crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84);
        return buildings.nearestMeters(x, y);
      }),
    ),
  );
  return CRS[distances.indexOf(Math.min(...distances))];
}

function score(guess: (points: [number, number][]) => GuessedCrs | undefined, all: Sample[]) {
  let wrong = 0;
  let right = 0;
  let largeRight = 0;
  let large = 0;
  for (const { crs, points } of all) {
    const best = guess(points);
    if (best !== undefined && best !== crs) wrong++;
    if (best === crs) right++;
    if (points.length >= 50) {
      large++;
      if (best === crs) largeRight++;
    }
  }
  return { wrong, right, large, largeRight, silent: all.length - wrong - right };
}

/**
 * The coordinate-system hint over 200 random samples of the demo data shifted into WGS-84, GCJ-02
 * and BD-09: how often it is wrong (it must never be), and how often right in samples of 50
 * records or more (at least 80 %). The timing compares it with the old median rule.
 */
export function crsHintComparisons(): Comparison[] {
  const households = demoPoints('public/demo/households.csv.gz');
  const cases = demoPoints('public/demo/cases.csv.gz');
  const buildings = new PointIndex(
    Float64Array.from(households, (p) => p[0]),
    Float64Array.from(households, (p) => p[1]),
  );
  const random = mulberry32(20221204);
  const all = samples(households, cases, () => 10 + Math.floor(random() * 491), random);
  // The files the old hint got wrong: a handful of rows.
  const tiny = samples(households, cases, () => 5, random);
  const first = all.slice(0, 20);
  return [
    {
      title: `Coordinate-system hint: ${SAMPLES} samples of 10-500 demo records in WGS-84, GCJ-02 and BD-09 (20 timed)`,
      baseline: { name: 'median rule (always speaks)', run: () => first.map((s) => medianRule(s.points, buildings)) },
      candidates: [{ name: 'decisive-or-silent', run: () => first.map((s) => suggestCrs(s.points, buildings)) }],
      minRounds: 3,
      notes: () => {
        const before = score((points) => medianRule(points, buildings), all);
        const now = score((points) => suggestCrs(points, buildings)?.best, all);
        const line = (name: string, s: ReturnType<typeof score>) =>
          `${name}: wrong ${s.wrong} of ${SAMPLES}, right ${s.right}, silent ${s.silent}; right in ${s.largeRight} of ${s.large} samples of 50+ records (${((100 * s.largeRight) / s.large).toFixed(1)} %)`;
        const tinyBefore = score((points) => medianRule(points, buildings), tiny);
        const tinyNow = score((points) => suggestCrs(points, buildings)?.best, tiny);
        return [
          line('median rule', before),
          line('decisive-or-silent', now),
          `files of 5 records (${SAMPLES} more samples): median rule wrong ${tinyBefore.wrong}, decisive-or-silent wrong ${tinyNow.wrong} (silent ${tinyNow.silent})`,
        ];
      },
    },
  ];
}
