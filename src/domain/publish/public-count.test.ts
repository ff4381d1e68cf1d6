import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactCaseCounts,
  householdsPerCell,
  MIN_CELL_HOUSEHOLDS,
  publicCaseCounts,
  PUBLIC_WINDOW_DAYS,
  type CasePoint,
} from './case-aggregates';
import { isPublishableCount, publicCount, SMALL_COUNT_BAND, type PublicCount } from './public-count';
import type { AreaGeometry } from '../geo/types';

const box = (west: number, south: number, east: number, north: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});
/** Two districts side by side over the test area, and a strip beyond them that is in neither. */
const DISTRICTS = [
  { id: 'A', nameZh: '甲区', nameEn: 'A', geometry: box(120.6, 30.6, 120.75, 30.9) },
  { id: 'B', nameZh: '乙区', nameEn: 'B', geometry: box(120.75, 30.6, 120.9, 30.9) },
];
const numeric = (value: PublicCount) => (typeof value === 'number' ? value : undefined);
/** A value derived by subtracting published numbers is disclosing when it lies from 1 to 9. */
const discloses = (value: number) => Math.abs(value) >= 1 && Math.abs(value) <= 9;

const casePoint = fc.record({
  lng: fc.double({ min: 120.6, max: 120.95, noNaN: true }),
  lat: fc.double({ min: 30.6, max: 30.9, noNaN: true }),
  reportedDay: fc.integer({ min: 0, max: 40 }),
});
/** Clusters make the counts of one cell climb past 10, where rounding matters. */
const clustered = fc
  .array(fc.tuple(casePoint, fc.integer({ min: 1, max: 30 })), { maxLength: 30 })
  .map((groups) => groups.flatMap(([point, copies]) => Array.from({ length: copies }, () => ({ ...point }))));

describe('public counts', () => {
  it('publishes 0, "<10", or a multiple of ten from ten up', () => {
    expect([0, 1, 9, 10, 14, 15, 24, 25, 1234].map(publicCount)).toEqual([
      0,
      SMALL_COUNT_BAND,
      SMALL_COUNT_BAND,
      10,
      10,
      20,
      20,
      30,
      1230,
    ]);
    expect(() => publicCount(-1)).toThrow(RangeError);
    fc.assert(fc.property(fc.nat(100_000), (n) => isPublishableCount(publicCount(n))));
  });

  it('never lets a total minus its published parts, or one publication minus the one before, reveal 1 to 9', () => {
    fc.assert(
      fc.property(
        clustered,
        fc.array(fc.integer({ min: 10, max: 40 }), { minLength: 2, maxLength: 5 }),
        (cases: CasePoint[], days) => {
          const publications = [...new Set(days)]
            .sort((a, b) => a - b)
            .map((asOf) => publicCaseCounts(exactCaseCounts(cases, DISTRICTS, asOf), asOf));
          for (const publication of publications) {
            const values = [
              publication.total,
              ...publication.districts.map((d) => d.count),
              ...publication.cells.map((c) => c.count),
            ];
            for (const value of values) expect(isPublishableCount(value)).toBe(true);
            // Parent minus children: the total minus its districts' numbers, and minus its cells' numbers.
            const total = numeric(publication.total) ?? 0;
            for (const children of [publication.districts, publication.cells]) {
              const sum = children.reduce((s, child) => s + (numeric(child.count) ?? 0), 0);
              expect(discloses(total - sum)).toBe(false);
            }
          }
          // Consecutive publications: each cell's, each district's and the total's difference.
          for (let i = 1; i < publications.length; i++) {
            const [before, after] = [publications[i - 1], publications[i]];
            const pairs: [PublicCount, PublicCount][] = [[before.total, after.total]];
            for (const district of after.districts)
              pairs.push([before.districts.find((d) => d.id === district.id)?.count ?? 0, district.count]);
            const cells = new Set([...before.cells, ...after.cells].map((c) => c.h3));
            for (const h3 of cells)
              pairs.push([
                before.cells.find((c) => c.h3 === h3)?.count ?? 0,
                after.cells.find((c) => c.h3 === h3)?.count ?? 0,
              ]);
            for (const [a, b] of pairs) {
              const [x, y] = [numeric(a), numeric(b)];
              if (x !== undefined && y !== undefined) expect(discloses(y - x)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts a window of seven days ending on the as-of day, at H3 resolution 7, each case in one district', () => {
    const at = (lng: number, lat: number, reportedDay: number) => ({ lng, lat, reportedDay });
    const cases = [
      ...Array.from({ length: 12 }, () => at(120.7, 30.7, 20)),
      at(120.8, 30.7, 20 - PUBLIC_WINDOW_DAYS), // a day before the window
      at(120.8, 30.7, 21), // after the as-of day
      at(120.8, 30.7, 14),
      at(120.95, 30.7, 15), // in no district: the total only
    ];
    const exact = exactCaseCounts(cases, DISTRICTS, 20);
    expect(exact.total).toBe(14);
    expect(Object.fromEntries(exact.districts)).toEqual({ A: 12, B: 1 });
    const published = publicCaseCounts(exact, 20);
    expect(published).toMatchObject({ resolution: 7, fromDay: 14, toDay: 20, total: 10 });
    expect(published.districts).toEqual([
      { id: 'A', count: 10 },
      { id: 'B', count: '<10' },
    ]);
    expect(published.cells.every((cell) => /^87/.test(cell.h3))).toBe(true);
    // Where fewer than 500 households live, a cell is not published on its own; its cases still count.
    const [crowded, sparse] = [...exact.cells.keys()];
    const sparseOut = exactCaseCounts(
      cases,
      DISTRICTS,
      20,
      new Map([
        [crowded, MIN_CELL_HOUSEHOLDS],
        [sparse, 499],
      ]),
    );
    expect([...sparseOut.cells.keys()]).toEqual([crowded]);
    expect(sparseOut.sparseCells).toBe(exact.cells.size - 1);
    expect(sparseOut.total).toBe(14);
    expect(householdsPerCell({ length: 2, lng: [120.7, 120.7], lat: [30.7, 30.7], households: [300, 250] })).toEqual(
      new Map([[crowded, 550]]),
    );
  });
});
