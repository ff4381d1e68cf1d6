/**
 * Counts as the public may see them (docs/architecture.md, Publishing). Small-count suppression
 * with k = 10: a count from 1 to 9 is the band "<10". Coarsening against differencing: every count
 * of 10 or more is rounded to the nearest ten (halves up), so any sum or difference of published
 * numbers (a total minus its parts, a cell this week minus last week) is a multiple of ten and can
 * never be a value from 1 to 9. Rounding was chosen over complementary suppression because it
 * holds for every pair of publications without remembering which cells were hidden before, as
 * NHS Digital replaced its secondary suppression with rounding to 5 (shared catalogue, §3).
 */
export const SUPPRESSION_THRESHOLD = 10;
/** Counts of SUPPRESSION_THRESHOLD or more are published as multiples of this. */
export const ROUNDING_BASE = 10;
export const SMALL_COUNT_BAND = '<10';

/**
 * A cell is published on its own only where at least this many households live (privacy rule P2,
 * as Meta's public maps leave out tiles where very few people live); its cases still count in its
 * district and the total.
 */
export const MIN_CELL_HOUSEHOLDS = 500;

/** 0, the band "<10", or a multiple of ten that is at least ten. */
export type PublicCount = number | typeof SMALL_COUNT_BAND;

export function publicCount(count: number): PublicCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count must be a whole number ≥ 0, not ${count}`);
  if (count === 0) return 0;
  if (count < SUPPRESSION_THRESHOLD) return SMALL_COUNT_BAND;
  return Math.max(SUPPRESSION_THRESHOLD, Math.round(count / ROUNDING_BASE) * ROUNDING_BASE);
}

/** Whether a value is one a publication may hold: 0, "<10", or a multiple of ten from ten up. */
export function isPublishableCount(value: unknown): value is PublicCount {
  if (value === SMALL_COUNT_BAND || value === 0) return true;
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= SUPPRESSION_THRESHOLD &&
    value % ROUNDING_BASE === 0
  );
}
