import { isoDateFromDay } from '../time/day-number';
import type { Site } from './site';

/** The window of recent cases whose close contacts need rooms, in days up to the day the plan is read on. */
export const ISOLATION_WINDOW_DAYS = 7;
/** Close contacts traced per case, by default (a plan setting). */
export const DEFAULT_CONTACTS_PER_CASE = 10;
/** How far ahead the trend is followed before "not within" is said. */
export const ISOLATION_HORIZON_DAYS = 60;

export interface IsolationStatus {
  sites: number;
  rooms: number;
  roomsInUse: number;
  roomsFree: number;
  contactsPerCase: number;
  casesInWindow: number;
  /** Rooms the window's cases' close contacts need: contacts per case × cases in the window. */
  roomsNeeded: number;
  /** Free rooms once they are housed; negative when they already do not fit. */
  roomsLeft: number;
  /** Cases a day at the current trend, tomorrow (the least-squares line through the window's days, never below 0). */
  casesPerDayNext: number;
  /** The first day the rooms are gone at that trend (the day itself when they are already short), or null when not within the horizon. */
  runsOutOn: string | null;
  /** Days from the day read on to that day; null with it. */
  daysLeft: number | null;
}

/**
 * Isolation rooms against the need (docs/architecture.md, Sites): the free rooms of every
 * isolation site, less the rooms the close contacts of the window's cases need; then, day by day,
 * the contacts of the cases the trend expects, until the rooms are gone. `dailyCases` are the
 * window's cases per day, oldest first, ending on `asOfDay`.
 */
export function isolationStatus(
  sites: readonly Site[],
  dailyCases: readonly number[],
  asOfDay: number,
  contactsPerCase = DEFAULT_CONTACTS_PER_CASE,
): IsolationStatus {
  const isolation = sites.filter((site) => site.kind === 'isolation');
  const rooms = isolation.reduce((sum, site) => sum + site.capacity, 0);
  const roomsInUse = isolation.reduce((sum, site) => sum + Math.min(site.roomsInUse ?? 0, site.capacity), 0);
  const roomsFree = rooms - roomsInUse;
  const casesInWindow = dailyCases.reduce((sum, count) => sum + count, 0);
  const roomsNeeded = Math.ceil(contactsPerCase * casesInWindow);
  const roomsLeft = roomsFree - roomsNeeded;
  const trend = leastSquares(dailyCases);
  const casesOn = (ahead: number) => Math.max(0, trend.intercept + trend.slope * (dailyCases.length - 1 + ahead));
  let runsOut: number | null = roomsLeft < 0 ? 0 : null;
  let left = roomsLeft;
  for (let ahead = 1; runsOut === null && ahead <= ISOLATION_HORIZON_DAYS; ahead++) {
    left -= contactsPerCase * casesOn(ahead);
    if (left < 0) runsOut = ahead;
  }
  return {
    sites: isolation.length,
    rooms,
    roomsInUse,
    roomsFree,
    contactsPerCase,
    casesInWindow,
    roomsNeeded,
    roomsLeft,
    casesPerDayNext: casesOn(1),
    runsOutOn: runsOut === null ? null : isoDateFromDay(asOfDay + runsOut),
    daysLeft: runsOut,
  };
}

/** The least-squares line through (day index, count); flat at the mean for fewer than two days. */
function leastSquares(values: readonly number[]): { intercept: number; slope: number } {
  const n = values.length;
  if (n === 0) return { intercept: 0, slope: 0 };
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { intercept: meanY, slope: 0 };
  let sxy = 0;
  let sxx = 0;
  values.forEach((value, x) => {
    sxy += (x - meanX) * (value - meanY);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxy / sxx;
  return { intercept: meanY - slope * meanX, slope };
}

export interface SupplyStatus {
  sites: number;
  /** Packs a day the supply points can deliver. */
  packsPerDay: number;
  /** Packs a day the sealed and controlled tiers need (their households at the plan's rate). */
  packsNeeded: number;
  /** Capacity less need; negative is a shortfall. */
  balance: number;
}

/** Supply points' packs a day against the sealed and controlled tiers' need. */
export function supplyStatus(sites: readonly Site[], packsNeeded: number): SupplyStatus {
  const supply = sites.filter((site) => site.kind === 'supply');
  const packsPerDay = supply.reduce((sum, site) => sum + site.capacity, 0);
  return { sites: supply.length, packsPerDay, packsNeeded, balance: packsPerDay - packsNeeded };
}
