/** A household, or a building with a household count (docs/architecture.md, Domain model). */
export interface HouseholdRecord {
  id: string;
  lng: number;
  lat: number;
  /** Number of households at this point; 1 for a single household. */
  households: number;
  residents: number;
  address?: string;
  gridId?: string;
}

/**
 * The most one record may hold: a building or a whole compound (小区) is far below these. A
 * count above them is a typing or export error (a phone number in the count column), refused with
 * the limit named rather than planned with. Sums of up to 2^53 / MAX_RESIDENTS_PER_RECORD
 * (45 billion) records are exact in a double.
 */
export const MAX_HOUSEHOLDS_PER_RECORD = 50_000;
export const MAX_RESIDENTS_PER_RECORD = 200_000;
