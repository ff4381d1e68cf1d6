import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL, zoneClock } from './zone-clock';

const days = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 20 });

describe('the zone clock', () => {
  it('never runs backwards: a new case never brings the eligible day earlier, and a day later adds a day', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (cases, extra, declared, asOf) => {
        const before = zoneClock(cases, declared, asOf, 'sealed', DEFAULT_PROTOCOL);
        const after = zoneClock([...cases, extra], declared, asOf, 'sealed', DEFAULT_PROTOCOL);
        expect(after.eligibleDay!).toBeGreaterThanOrEqual(before.eligibleDay!);
        expect(after.caseFreeDays).toBeLessThanOrEqual(before.caseFreeDays);
        // With no case on the next day, the clock moves on by one (once it has started).
        const next = zoneClock(cases.filter((day) => day !== asOf + 1), declared, asOf + 1, 'sealed', DEFAULT_PROTOCOL);
        const today = zoneClock(cases.filter((day) => day !== asOf + 1), declared, asOf, 'sealed', DEFAULT_PROTOCOL);
        if (asOf >= declared) expect(next.caseFreeDays).toBe(today.caseFreeDays + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('restarts when a case falls inside, and counts from the declaration when none has', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (cases, declared, wait) => {
        const asOf = declared + 30;
        const caseDay = declared + wait;
        const clock = zoneClock([...cases.filter((day) => day <= caseDay), caseDay], declared, asOf, 'sealed', DEFAULT_PROTOCOL);
        expect(clock.lastCaseDay).toBe(caseDay);
        expect(clock.caseFreeDays).toBe(asOf - caseDay);
        expect(clock.eligibleDay).toBe(caseDay + 7);
        expect(clock.becomes).toBe('controlled');
      }),
    );
    expect(zoneClock([], 10, 15, 'controlled', DEFAULT_PROTOCOL)).toEqual({ cases: 0, caseFreeDays: 5, eligibleDay: 17, becomes: 'precaution' });
    // Cases reported after the as-of day are not known yet; a tier without a rule has no eligible day.
    expect(zoneClock([20], 10, 15, 'precaution', DEFAULT_PROTOCOL)).toEqual({ cases: 0, caseFreeDays: 5 });
  });
});
