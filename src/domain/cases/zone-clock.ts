import { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import type { Tier } from '../zones/tier';
import type { CaseStore } from './case-store';

/**
 * One rule of a protocol, as data: a zone of tier `from` with `caseFreeDays` consecutive days
 * without a new infection inside may become `to` (a lower tier, or lifted).
 */
export interface ClockRule {
  from: Tier;
  to: Tier | 'lifted';
  caseFreeDays: number;
}

export interface Protocol {
  rules: ClockRule[];
}

/**
 * The 9th edition of the national prevention and control protocol: a sealed zone with 7
 * consecutive days without a new infection may be downgraded to controlled, and a controlled
 * zone with 7 such days to precaution. The plan's settings hold the days; the user may change them.
 */
export const DEFAULT_PROTOCOL: Protocol = {
  rules: [
    { from: 'sealed', to: 'controlled', caseFreeDays: 7 },
    { from: 'controlled', to: 'precaution', caseFreeDays: 7 },
  ],
};

/** A fresh copy of the default protocol, for a new plan to own. */
export function defaultProtocol(): Protocol {
  return { rules: DEFAULT_PROTOCOL.rules.map((rule) => ({ ...rule })) };
}

/** A zone's clock as of a day. Days are day numbers (time/day-number.ts). */
export interface ZoneClock {
  /** Cases inside the zone reported up to the day. */
  cases: number;
  /** The last of them, if any. */
  lastCaseDay?: number;
  /** Days since the clock started: the last case inside, or the zone's declaration if later. */
  caseFreeDays: number;
  /** When the rule for the zone's tier lets it be downgraded or lifted; none without a rule. */
  eligibleDay?: number;
  /** What it may become then. */
  becomes?: ClockRule['to'];
}

/**
 * The clock of a zone as of `asOfDay`, from the report days of the cases inside it (cases reported
 * after that day are not known yet). A new case inside restarts the clock; so does declaring the
 * zone, since its days count from then.
 */
export function zoneClock(
  caseDays: readonly number[],
  declaredDay: number,
  asOfDay: number,
  tier: Tier,
  protocol: Protocol,
): ZoneClock {
  let cases = 0;
  let lastCaseDay: number | undefined;
  for (const day of caseDays) {
    if (day > asOfDay) continue;
    cases++;
    if (lastCaseDay === undefined || day > lastCaseDay) lastCaseDay = day;
  }
  const start = Math.max(lastCaseDay ?? declaredDay, declaredDay);
  const rule = protocol.rules.find((candidate) => candidate.from === tier);
  return {
    cases,
    ...(lastCaseDay === undefined ? {} : { lastCaseDay }),
    caseFreeDays: Math.max(0, asOfDay - start),
    ...(rule ? { eligibleDay: start + rule.caseFreeDays, becomes: rule.to } : {}),
  };
}

/** The cases an area covers (edges count as inside), as indexes into the store. */
export function casesIn(cases: CaseStore, area: AreaGeometry, prepared = new AreaIndex(area)): number[] {
  const inside: number[] = [];
  for (let i = 0; i < cases.length; i++) if (prepared.covers(cases.lng[i], cases.lat[i])) inside.push(i);
  return inside;
}

/** The report days of the cases an area covers (edges count as inside). */
export function caseDaysIn(cases: CaseStore, area: AreaGeometry, prepared = new AreaIndex(area)): number[] {
  return casesIn(cases, area, prepared).map((i) => cases.reportedDay[i]);
}

/** How many days ahead a zone counts as due: it is highlighted from then on. */
export const DUE_WITHIN_DAYS = 2;

/** Days from `asOfDay` to the clock's eligible day (0 once reached), when that is within DUE_WITHIN_DAYS: the zones to act on. */
export function dueIn(clock: ZoneClock, asOfDay: number): number | undefined {
  if (clock.eligibleDay === undefined) return undefined;
  const days = clock.eligibleDay - asOfDay;
  return days <= DUE_WITHIN_DAYS ? Math.max(0, days) : undefined;
}

/** The clocks of a plan as of a day: each zone's (by id) and each exclusive tier's. */
export interface PlanClocks {
  asOfDay: number;
  zones: Record<string, ZoneClock>;
  /** A tier's clock starts from the earliest declaration of the plan's zones; none while no zone is declared by then. */
  tiers: Partial<Record<Tier, ZoneClock>>;
}

/**
 * Every zone's clock and each tier's, from the report days of the cases inside each (zones by
 * their own shape, tiers exclusive, as households are counted). Zones declared after `asOfDay`
 * do not exist yet on that day and get no clock.
 */
export function planClocks(
  days: { zones: ReadonlyMap<string, readonly number[]>; tiers: Record<Tier, readonly number[]> },
  zones: readonly { id: string; tier: Tier; declaredDay: number }[],
  asOfDay: number,
  protocol: Protocol,
): PlanClocks {
  const result: PlanClocks = { asOfDay, zones: {}, tiers: {} };
  const declared = zones.filter((zone) => zone.declaredDay <= asOfDay);
  for (const zone of declared)
    result.zones[zone.id] = zoneClock(days.zones.get(zone.id) ?? [], zone.declaredDay, asOfDay, zone.tier, protocol);
  if (declared.length) {
    const first = Math.min(...declared.map((zone) => zone.declaredDay));
    for (const tier of ['sealed', 'controlled', 'precaution'] as const)
      result.tiers[tier] = zoneClock(days.tiers[tier], first, asOfDay, tier, protocol);
  }
  return result;
}
