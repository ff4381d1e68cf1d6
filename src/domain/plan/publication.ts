import type { Tier } from '../zones/tier';

/** The most publications a plan keeps a record of; older records are dropped first. */
export const MAX_PUBLICATION_RECORDS = 500;

/** A zone as a publication showed it, kept to tell what the next one changes. */
export interface PublishedZone {
  id: string;
  name: string;
  tier: Tier;
  declaredOn: string;
  earliestOn?: string;
  /** A short hash of the published outline's coordinates. */
  outline: string;
}

/** One public-map publication made from the plan (docs/architecture.md, Publishing). */
export interface PublicationRecord {
  /** 1, 2, 3… in the plan. */
  number: number;
  /** ISO timestamp. */
  publishedAt: string;
  /** The day the publication is as of (ISO date). */
  asOf: string;
  /** The snapshot's file name (content-hashed). */
  file: string;
  zones: PublishedZone[];
}
