import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromIsoDate, isoDateFromDay } from './day-number';

describe('day numbers', () => {
  it('reads ISO calendar dates', () => {
    expect(dayFromIsoDate('1970-01-01')).toBe(0);
    expect(dayFromIsoDate('2022-03-26')).toBe(19077);
    expect(isoDateFromDay(19077)).toBe('2022-03-26');
  });

  it('refuses impossible and malformed dates', () => {
    for (const text of ['2022-02-30', '2022-13-01', '2022-3-26', '26/03/2022', '', '2022-03-26T00:00']) {
      expect(dayFromIsoDate(text), text).toBeUndefined();
    }
    expect(dayFromIsoDate('2024-02-29')).toBeDefined();
  });

  it('round-trips every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (day) => {
        expect(dayFromIsoDate(isoDateFromDay(day))).toBe(day);
      }),
    );
  });
});
