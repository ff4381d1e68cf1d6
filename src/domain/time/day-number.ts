/**
 * Calendar dates as whole day numbers: days since 1970-01-01. Dates in Cordon are calendar dates
 * of Asia/Shanghai (a report date, an onset date), not instants, so no time zone enters here.
 */
export type DayNumber = number & { readonly __unit: 'day' };

/** Marks a missing date in an Int32Array column. */
export const NO_DAY = -2_147_483_648;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an ISO calendar date (`YYYY-MM-DD`) into a day number, or returns `undefined` for anything
 * else, including impossible dates such as 2022-02-30.
 *
 * @example dayFromIsoDate('2022-03-26') // 19077
 */
export function dayFromIsoDate(text: string): DayNumber | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return (ms / MS_PER_DAY) as DayNumber;
}

/** Formats a day number as `YYYY-MM-DD`. @example isoDateFromDay(19077) // '2022-03-26' */
export function isoDateFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
