import type { AreaGeometry, Meters } from '../geo/types';
import type { Tier } from './tier';

/** How a zone came to be. */
export type ZoneOrigin = 'drawn' | 'imported' | 'derived';

/** What happened to a zone, and on which calendar date (Asia/Shanghai). */
export interface ZoneEvent {
  kind: 'declared' | 'adjusted' | 'lifted';
  /** ISO calendar date. */
  on: string;
  note?: string;
}

/** A zone as the planner keeps it (docs/architecture.md, Domain model). Dates are ISO calendar dates (Asia/Shanghai). */
export interface Zone {
  id: string;
  tier: Tier;
  name: string;
  /** Polygon or MultiPolygon, WGS-84 [lng, lat], exterior rings counter-clockwise. */
  geometry: AreaGeometry;
  declaredOn: string;
  liftedOn?: string;
  origin: ZoneOrigin;
  derivedFrom?: string;
  bufferMeters?: Meters;
  notes: string;
  /** Declared, adjusted and lifted, oldest first. */
  events: ZoneEvent[];
}
