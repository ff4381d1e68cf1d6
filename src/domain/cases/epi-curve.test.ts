import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_KINDS, FOUND_IN } from './case-record';
import { caseStoreFromRecords } from './case-store';
import { casesOnDay, epiCurve } from './epi-curve';
import { isoDateFromDay } from '../time/day-number';

describe('epidemic curve', () => {
  it('counts each case once, on its report day and place found, and keeps its days under a kind filter', () => {
    const record = fc.record({
      day: fc.integer({ min: 19_000, max: 19_040 }),
      kind: fc.integer({ min: 0, max: 1 }),
      found: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 200 }), (rows) => {
        const store = caseStoreFromRecords(
          rows.map((row, i) => ({
            id: `C${i}`,
            lng: 120.75,
            lat: 30.75,
            reportedOn: isoDateFromDay(row.day),
            kind: CASE_KINDS[row.kind],
            foundIn: FOUND_IN[row.found],
            sourceFile: 'f',
            sourceRow: i + 2,
          })),
        );
        const curve = epiCurve(store)!;
        expect(curve.firstDay).toBe(Math.min(...rows.map((row) => row.day)));
        expect(curve.lastDay).toBe(Math.max(...rows.map((row) => row.day)));
        expect(curve.counts.reduce((a, b) => a + b, 0)).toBe(rows.length);
        for (const row of rows)
          expect(casesOnDay(curve, row.day)).toBe(rows.filter((other) => other.day === row.day).length);
        const confirmed = epiCurve(store, [0])!;
        expect([confirmed.firstDay, confirmed.lastDay]).toEqual([curve.firstDay, curve.lastDay]);
        expect(confirmed.counts.reduce((a, b) => a + b, 0)).toBe(rows.filter((row) => row.kind === 0).length);
      }),
      { numRuns: 100 },
    );
    expect(epiCurve(caseStoreFromRecords([]))).toBeUndefined();
  });
});
