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
