import type { AreaGeometry, Meters } from '../geo/types';
import type { Tier } from './tier';

/** How a zone came to be. */
export type ZoneOrigin = 'drawn' | 'imported' | 'derived';

/** A zone as the planner keeps it (DESIGN.md §3). Dates are ISO calendar dates (Asia/Shanghai). */
export interface Zone {
  id: string;
  tier: Tier;
  name: string;
  /** Polygon or MultiPolygon, WGS-84 [lng, lat]. */
  geometry: AreaGeometry;
  declaredOn: string;
  liftedOn?: string;
  origin: ZoneOrigin;
  derivedFrom?: string;
  bufferMeters?: Meters;
  notes: string;
}
