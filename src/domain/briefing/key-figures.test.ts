import { describe, expect, it } from 'vitest';
import { FOUND_IN } from '../cases/case-record';
import type { EpiCurve } from '../cases/epi-curve';
import type { PlanClocks } from '../cases/zone-clock';
import { dayFromIsoDate } from '../time/day-number';
import type { Zone } from '../zones/zone';
import { keyFigures, keyFiguresDiffer, zoneInForce } from './key-figures';

const day = (iso: string) => dayFromIsoDate(iso)!;
const zone = (id: string, tier: Zone['tier'], declaredOn: string, liftedOn?: string): Zone => ({
  id,
  tier,
  name: id,
  geometry: { type: 'Polygon', coordinates: [] },
  declaredOn,
  ...(liftedOn ? { liftedOn } : {}),
  origin: 'drawn',
  notes: '',
  events: [],
});

describe('key figures of a briefing', () => {
  // Ten days from 2022-04-01; on day d, d+1 community cases and 1 imported case.
  const firstDay = day('2022-04-01');
  const counts = new Uint32Array(10 * FOUND_IN.length);
  for (let d = 0; d < 10; d++) {
    counts[d * FOUND_IN.length + FOUND_IN.indexOf('community')] = d + 1;
    counts[d * FOUND_IN.length + FOUND_IN.indexOf('imported')] = 1;
  }
  const curve: EpiCurve = { firstDay, lastDay: firstDay + 9, counts };

  it('counts the day and the last seven days by where found, zones in force per tier, and clocks due within two days', () => {
    const zones = [
      zone('a', 'sealed', '2022-04-02'),
      zone('b', 'sealed', '2022-04-09'),
      zone('c', 'controlled', '2022-04-01', '2022-04-05'),
      zone('d', 'precaution', '2022-04-11'),
    ];
    const asOfDay = day('2022-04-08');
    const clocks: PlanClocks = {
      asOfDay,
      zones: {
        a: { cases: 3, caseFreeDays: 5, eligibleDay: asOfDay + 2 },
        c: { cases: 0, caseFreeDays: 9, eligibleDay: asOfDay - 1 },
      },
      tiers: {},
    };
    const tiers = {
      sealed: { records: 3, households: 30, residents: 70 },
      controlled: { records: 5, households: 50, residents: 120 },
      precaution: { records: 9, households: 90, residents: 200 },
    };
    const figures = keyFigures({ curve, asOfDay, tiers, zones, clocks });
    expect(figures.asOf).toBe('2022-04-08');
    // Day 8 of the curve (index 7): 8 community + 1 imported; days 2–8: community 2+…+8 = 35, imported 7.
    expect(figures.newCases.day).toBe(9);
    expect(figures.newCases.dayByFoundIn).toEqual({ community: 8, quarantine: 0, screening: 0, imported: 1 });
    expect(figures.newCases.last7Days).toBe(42);
    expect(figures.newCases.last7DaysByFoundIn.community).toBe(35);
    // b is declared after the day, c lifted before it, d not yet declared.
    expect(figures.tiers.sealed).toEqual({ households: 30, residents: 70, zones: 1 });
    expect(figures.tiers.controlled.zones).toBe(0);
    expect(figures.tiers.precaution.zones).toBe(0);
    // a is due in two days; c would be, but it is lifted.
    expect(figures.dueSoon).toBe(1);
    expect(zoneInForce(zones[2], '2022-04-05')).toBe(false);
    expect(zoneInForce(zones[2], '2022-04-04')).toBe(true);
  });

  it('reads a day at the start of the curve, and no data as zeros', () => {
    const figures = keyFigures({ curve, asOfDay: firstDay, zones: [] });
    expect(figures.newCases.last7Days).toBe(2);
    expect(keyFigures({ asOfDay: firstDay, zones: [] }).newCases.day).toBe(0);
  });

  it('tells when any figure differs', () => {
    const a = keyFigures({ curve, asOfDay: firstDay + 5, zones: [] });
    expect(keyFiguresDiffer(a, keyFigures({ curve, asOfDay: firstDay + 5, zones: [] }))).toBe(false);
    expect(keyFiguresDiffer(a, keyFigures({ curve, asOfDay: firstDay + 6, zones: [] }))).toBe(true);
  });
});
