import { zoneClock, type Protocol } from '../cases/zone-clock';
import { isoDateFromDay } from '../time/day-number';
import type { Tier } from '../zones/tier';

/**
 * When a zone may be downgraded or lifted at the earliest under the plan's protocol, and what is
 * still outstanding: "7 case-free days, 3 to go". Absent where the protocol has no rule for the tier.
 */
export interface PublicRelease {
  /** ISO date: the earliest day the zone may become `becomes`, if no new case is found inside. */
  earliestOn: string;
  becomes: Tier | 'lifted';
  /** The condition: this many consecutive days without a new case inside. */
  caseFreeDaysNeeded: number;
  /** Days still to go (0 once the condition is met). */
  daysToGo: number;
}

/** The release of one zone as of `asOfDay`, from the report days of the cases inside it. */
export function zoneRelease(
  caseDays: readonly number[],
  declaredDay: number,
  asOfDay: number,
  tier: Tier,
  protocol: Protocol,
): PublicRelease | undefined {
  const clock = zoneClock(caseDays, declaredDay, asOfDay, tier, protocol);
  const rule = protocol.rules.find((candidate) => candidate.from === tier);
  if (clock.eligibleDay === undefined || clock.becomes === undefined || !rule) return undefined;
  return {
    earliestOn: isoDateFromDay(clock.eligibleDay),
    becomes: clock.becomes,
    caseFreeDaysNeeded: rule.caseFreeDays,
    daysToGo: Math.max(0, clock.eligibleDay - asOfDay),
  };
}
