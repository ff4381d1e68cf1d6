import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL, dueIn, planClocks, zoneClock } from './zone-clock';

const days = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 20 });

describe('the zone clock', () => {
  it('never runs backwards: a new case never brings the eligible day earlier, and a day later adds a day', () => {
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (cases, extra, declared, asOf) => {
          const before = zoneClock(cases, declared, asOf, 'sealed', DEFAULT_PROTOCOL);
          const after = zoneClock([...cases, extra], declared, asOf, 'sealed', DEFAULT_PROTOCOL);
          expect(after.eligibleDay!).toBeGreaterThanOrEqual(before.eligibleDay!);
          expect(after.caseFreeDays).toBeLessThanOrEqual(before.caseFreeDays);
          // With no case on the next day, the clock moves on by one (once it has started).
          const next = zoneClock(
            cases.filter((day) => day !== asOf + 1),
            declared,
            asOf + 1,
            'sealed',
            DEFAULT_PROTOCOL,
          );
          const today = zoneClock(
            cases.filter((day) => day !== asOf + 1),
            declared,
            asOf,
            'sealed',
            DEFAULT_PROTOCOL,
          );
          if (asOf >= declared) expect(next.caseFreeDays).toBe(today.caseFreeDays + 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('restarts when a case falls inside, and counts from the declaration when none has', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (cases, declared, wait) => {
        const asOf = declared + 30;
        const caseDay = declared + wait;
        const clock = zoneClock(
          [...cases.filter((day) => day <= caseDay), caseDay],
          declared,
          asOf,
          'sealed',
          DEFAULT_PROTOCOL,
        );
        expect(clock.lastCaseDay).toBe(caseDay);
        expect(clock.caseFreeDays).toBe(asOf - caseDay);
        expect(clock.eligibleDay).toBe(caseDay + 7);
        expect(clock.becomes).toBe('controlled');
      }),
    );
    expect(zoneClock([], 10, 15, 'controlled', DEFAULT_PROTOCOL)).toEqual({
      cases: 0,
      caseFreeDays: 5,
      eligibleDay: 17,
      becomes: 'precaution',
    });
    // Cases reported after the as-of day are not known yet; a tier without a rule has no eligible day.
    expect(zoneClock([20], 10, 15, 'precaution', DEFAULT_PROTOCOL)).toEqual({ cases: 0, caseFreeDays: 5 });
  });

  it('clocks a plan as of a day: declared zones only, and each tier from its exclusive cases', () => {
    const days = {
      zones: new Map([
        ['a', [10, 14]],
        ['b', []],
      ]),
      tiers: { sealed: [10, 14], controlled: [12], precaution: [] },
    };
    const zones = [
      { id: 'a', tier: 'sealed' as const, declaredDay: 9 },
      { id: 'b', tier: 'controlled' as const, declaredDay: 11 },
      { id: 'c', tier: 'precaution' as const, declaredDay: 30 },
    ];
    const clocks = planClocks(days, zones, 20, DEFAULT_PROTOCOL);
    expect(clocks.zones.a).toMatchObject({
      cases: 2,
      lastCaseDay: 14,
      caseFreeDays: 6,
      eligibleDay: 21,
      becomes: 'controlled',
    });
    expect(clocks.zones.b).toMatchObject({ cases: 0, caseFreeDays: 9, eligibleDay: 18 });
    expect(clocks.zones.c).toBeUndefined();
    expect(clocks.tiers.controlled).toMatchObject({ cases: 1, lastCaseDay: 12, caseFreeDays: 8 });
    expect(clocks.tiers.precaution).toMatchObject({ cases: 0, caseFreeDays: 11 });
    expect(planClocks(days, zones, 5, DEFAULT_PROTOCOL).tiers).toEqual({});
  });

  it('calls a zone due from two days before its eligible day, and 0 days once it is reached', () => {
    const clock = zoneClock([10], 5, 15, 'sealed', DEFAULT_PROTOCOL);
    expect(clock.eligibleDay).toBe(17);
    expect([14, 15, 16, 17, 20].map((day) => dueIn(clock, day))).toEqual([undefined, 2, 1, 0, 0]);
    expect(dueIn(zoneClock([], 5, 15, 'precaution', DEFAULT_PROTOCOL), 15)).toBeUndefined();
  });
});
