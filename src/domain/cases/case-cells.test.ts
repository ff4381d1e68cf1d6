import fc from 'fast-check';
import { cellToParent, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { isoDateFromDay } from '../time/day-number';
import { CASE_KINDS, FOUND_IN, type CaseRecord } from './case-record';
import { CaseCells, COARSE_RESOLUTION, FINE_RESOLUTION } from './case-cells';
import { caseStoreFromRecords } from './case-store';

const FIRST_DAY = 19_077; // 2022-03-26

const caseRecord = fc.record({
  lng: fc.double({ min: 120.6, max: 120.9, noNaN: true }),
  lat: fc.double({ min: 30.6, max: 30.9, noNaN: true }),
  day: fc.integer({ min: 0, max: 30 }),
  kind: fc.constantFrom(...CASE_KINDS),
  foundIn: fc.constantFrom(...FOUND_IN),
});

const records = (
  list: {
    lng: number;
    lat: number;
    day: number;
    kind: (typeof CASE_KINDS)[number];
    foundIn: (typeof FOUND_IN)[number];
  }[],
): CaseRecord[] =>
  list.map((c, i) => ({
    id: `C${i}`,
    lng: c.lng,
    lat: c.lat,
    reportedOn: isoDateFromDay(FIRST_DAY + c.day),
    kind: c.kind,
    foundIn: c.foundIn,
    sourceFile: 'f',
    sourceRow: i + 2,
  }));

const asMap = (counts: { cells: string[]; counts: Uint32Array }) =>
  new Map(counts.cells.map((cell, i) => [cell, counts.counts[i]]));

describe('case cells', () => {
  it('counts every case in the window once, in its own cell; children sum to their parents; order does not matter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseRecord, { maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        async (list, a, b, onlyCommunity) => {
          const store = caseStoreFromRecords(records(list));
          const cells = await CaseCells.build(store);
          const window = {
            fromDay: FIRST_DAY + Math.min(a, b),
            toDay: FIRST_DAY + Math.max(a, b),
            foundIn: onlyCommunity ? [FOUND_IN.indexOf('community')] : undefined,
          };
          const inWindow = list.filter(
            (c) => c.day >= Math.min(a, b) && c.day <= Math.max(a, b) && (!onlyCommunity || c.foundIn === 'community'),
          );
          for (let resolution = COARSE_RESOLUTION; resolution <= FINE_RESOLUTION; resolution++) {
            const counts = cells.countsIn(store, resolution, window);
            expect(counts.counts.reduce((sum, n) => sum + n, 0)).toBe(inWindow.length);
            // Each case's fine cell, rolled up to the resolution: H3 is not exactly hierarchical, so
            // a coarse cell holds its children's cases (latLngToCell at a coarse resolution may differ).
            const direct = new Map<string, number>();
            for (const c of inWindow) {
              const fine = latLngToCell(c.lat, c.lng, FINE_RESOLUTION);
              const cell = resolution === FINE_RESOLUTION ? fine : cellToParent(fine, resolution);
              direct.set(cell, (direct.get(cell) ?? 0) + 1);
            }
            expect(asMap(counts)).toEqual(direct);
            if (resolution > COARSE_RESOLUTION) {
              const rolled = new Map<string, number>();
              counts.cells.forEach((cell, i) =>
                rolled.set(
                  cellToParent(cell, resolution - 1),
                  (rolled.get(cellToParent(cell, resolution - 1)) ?? 0) + counts.counts[i],
                ),
              );
              expect(rolled).toEqual(asMap(cells.countsIn(store, resolution - 1, window)));
            }
          }
          const shuffled = caseStoreFromRecords(records([...list].reverse()));
          expect(asMap((await CaseCells.build(shuffled)).countsIn(shuffled, 8, window))).toEqual(
            asMap(cells.countsIn(store, 8, window)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('indexes in slices with progress, and stops when cancelled', async () => {
    const store = caseStoreFromRecords(
      records(
        Array.from({ length: 1000 }, (_, i) => ({
          lng: 120.7 + i * 1e-4,
          lat: 30.75,
          day: i % 30,
          kind: 'confirmed' as const,
          foundIn: 'community' as const,
        })),
      ),
    );
    const seen: number[] = [];
    await CaseCells.build(store, { sliceSize: 250, onProgress: (fraction) => seen.push(fraction) });
    expect(seen).toEqual([0.25, 0.5, 0.75, 1, 1]);
    const controller = new AbortController();
    const run = CaseCells.build(store, {
      sliceSize: 250,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const cells = await CaseCells.build(store);
    expect(() => cells.countsIn(store, 11, { fromDay: 0, toDay: 1e6 })).toThrow(RangeError);
  });
});
