import { FOUND_IN, type FoundIn } from '../cases/case-record';
import type { EpiCurve } from '../cases/epi-curve';
import { dueIn, type PlanClocks } from '../cases/zone-clock';
import type { HouseholdTotals } from '../households/household-store';
import { isoDateFromDay } from '../time/day-number';
import { TIERS, type Tier } from '../zones/tier';
import type { Zone } from '../zones/zone';

/** The figures a briefing shows beside its map, as of one day (docs/architecture.md, Briefing). */
export interface KeyFigures {
  /** ISO date the figures are as of. */
  asOf: string;
  newCases: {
    day: number;
    last7Days: number;
    /** Where the day's and the last 7 days' cases were found, in FOUND_IN order. */
    dayByFoundIn: Record<FoundIn, number>;
    last7DaysByFoundIn: Record<FoundIn, number>;
  };
  /** Households and residents per effective tier, and the zones of each tier in force that day. */
  tiers: Record<Tier, { households: number; residents: number; zones: number }>;
  /** Zones in force whose clock is due (zone-clock's dueIn: within two days, or already). */
  dueSoon: number;
}

export interface KeyFigureInputs {
  curve?: EpiCurve;
  asOfDay: number;
  tiers?: Record<Tier, HouseholdTotals>;
  zones: readonly Zone[];
  clocks?: PlanClocks;
}

const zeroByFoundIn = (): Record<FoundIn, number> =>
  Object.fromEntries(FOUND_IN.map((found) => [found, 0])) as Record<FoundIn, number>;

/** Whether a zone is in force on an ISO date: declared by then and not yet lifted. */
export function zoneInForce(zone: Zone, on: string): boolean {
  return zone.declaredOn <= on && (!zone.liftedOn || zone.liftedOn > on);
}

/** The key figures as of a day, from the epidemic curve, the counted tiers, the zones and their clocks. */
export function keyFigures({ curve, asOfDay, tiers, zones, clocks }: KeyFigureInputs): KeyFigures {
  const asOf = isoDateFromDay(asOfDay);
  const dayByFoundIn = zeroByFoundIn();
  const last7DaysByFoundIn = zeroByFoundIn();
  if (curve) {
    for (let day = Math.max(curve.firstDay, asOfDay - 6); day <= Math.min(curve.lastDay, asOfDay); day++) {
      FOUND_IN.forEach((found, f) => {
        const count = curve.counts[(day - curve.firstDay) * FOUND_IN.length + f];
        last7DaysByFoundIn[found] += count;
        if (day === asOfDay) dayByFoundIn[found] += count;
      });
    }
  }
  const sum = (counts: Record<FoundIn, number>) => FOUND_IN.reduce((total, found) => total + counts[found], 0);
  const inForce = zones.filter((zone) => zoneInForce(zone, asOf));
  const byTier = Object.fromEntries(
    TIERS.map((tier) => [
      tier,
      {
        households: tiers?.[tier].households ?? 0,
        residents: tiers?.[tier].residents ?? 0,
        zones: inForce.filter((zone) => zone.tier === tier).length,
      },
    ]),
  ) as KeyFigures['tiers'];
  const dueSoon = clocks
    ? inForce.filter((zone) => {
        const clock = clocks.zones[zone.id];
        return clock !== undefined && dueIn(clock, asOfDay) !== undefined;
      }).length
    : 0;
  return {
    asOf,
    newCases: { day: sum(dayByFoundIn), last7Days: sum(last7DaysByFoundIn), dayByFoundIn, last7DaysByFoundIn },
    tiers: byTier,
    dueSoon,
  };
}

/** Whether two sets of key figures differ in any number (the date aside). */
export function keyFiguresDiffer(a: KeyFigures, b: KeyFigures): boolean {
  const numbers = (figures: KeyFigures) => JSON.stringify({ ...figures, asOf: undefined });
  return numbers(a) !== numbers(b);
}
