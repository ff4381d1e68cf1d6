import fc from 'fast-check';
import { cellToBoundary, gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { CaseCells, FINE_RESOLUTION } from './case-cells';
import { caseStoreFromRecords } from './case-store';

const store = (points: [number, number][]) =>
  caseStoreFromRecords(
    points.map(([lng, lat], i) => ({
      id: `C${i}`,
      lng,
      lat,
      reportedOn: '2022-04-01',
      kind: 'confirmed' as const,
      foundIn: 'community' as const,
      sourceFile: 'f',
      sourceRow: i + 2,
    })),
  );

/** Cases per resolution-10 cell as h3 gives them, one call per case. */
function oracle(points: [number, number][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [lng, lat] of points) {
    const cell = latLngToCell(lat, lng, FINE_RESOLUTION);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return counts;
}

describe('placing cases in known cells without h3', () => {
  it("puts every case in the cell h3 gives, even a hair from a cell's outline", async () => {
    // The cells around a point in Jiaxing, and positions on and next to their edges.
    const centre = latLngToCell(30.75, 120.75, FINE_RESOLUTION);
    const edges = gridDisk(centre, 2).flatMap((cell) => {
      const outline = cellToBoundary(cell);
      return outline.map((a, k) => [a, outline[(k + 1) % outline.length]] as const);
    });
    const offset = fc.oneof(
      fc.constant(0),
      fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
      fc.double({ min: -1e-9, max: 1e-9, noNaN: true }),
      fc.double({ min: -3e-4, max: 3e-4, noNaN: true }),
    );
    const position = fc
      .tuple(fc.nat(edges.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), offset, offset)
      .map(([e, t, dx, dy]): [number, number] => {
        const [[latA, lngA], [latB, lngB]] = edges[e];
        return [lngA + t * (lngB - lngA) + dx, latA + t * (latB - latA) + dy];
      });
    await fc.assert(
      fc.asyncProperty(fc.array(position, { minLength: 1, maxLength: 600 }), async (points) => {
        const cases = store(points);
        const cells = await CaseCells.build(cases);
        const counted = cells.countsIn(cases, FINE_RESOLUTION, { fromDay: 0, toDay: 1e6 });
        expect(new Map(counted.cells.map((cell, i) => [cell, counted.counts[i]]))).toEqual(oracle(points));
      }),
      { numRuns: 200 },
    );
  });

  it('puts every case in the cell h3 gives over thousands of cells, cases near one another or not', async () => {
    const near = fc.tuple(
      fc.double({ min: 120.7, max: 120.8, noNaN: true }),
      fc.double({ min: 30.7, max: 30.8, noNaN: true }),
      fc.double({ min: -2e-4, max: 2e-4, noNaN: true }),
      fc.double({ min: -2e-4, max: 2e-4, noNaN: true }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(near, { minLength: 1500, maxLength: 3000 }), async (pairs) => {
        // Each place twice, a few metres apart: the second is often found in a known cell.
        const points = pairs.flatMap(([lng, lat, dx, dy]): [number, number][] => [
          [lng, lat],
          [lng + dx, lat + dy],
        ]);
        const cases = store(points);
        const cells = await CaseCells.build(cases);
        const counted = cells.countsIn(cases, FINE_RESOLUTION, { fromDay: 0, toDay: 1e6 });
        expect(counted.cells.length).toBeGreaterThan(256);
        expect(new Map(counted.cells.map((cell, i) => [cell, counted.counts[i]]))).toEqual(oracle(points));
      }),
      // A failure shows as it is: shrinking thousands of cases would take minutes.
      { numRuns: 10, endOnFailure: true },
    );
  });
});
