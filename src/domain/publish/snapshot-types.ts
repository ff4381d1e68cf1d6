import type { AreaGeometry, BBox } from '../geo/types';
import type { Tier } from '../zones/tier';
import type { PackedGazetteer } from './gazetteer-columns';
import type { PublicCount } from './public-count';
import type { PublicRelease } from './zone-release';

/**
 * The public snapshot's types, apart from the code that builds it, so the public page can read a
 * snapshot without loading the polygon engine (docs/architecture.md, Publishing).
 */
export const SNAPSHOT_FORMAT = 'cordon-public-snapshot';
/** Bump with a reader for the old version in src/io/publish/snapshot-schema.ts. */
export const SNAPSHOT_VERSION = 1;

/** What a tier asks of the people in it, in both languages. */
export interface Measures {
  zh: string;
  en: string;
}

/** A zone as the public sees it: no notes, no origin, no history beyond its declaration. */
export interface PublicZone {
  id: string;
  name: string;
  tier: Tier;
  declaredOn: string;
  release?: PublicRelease;
  /** The code of the district its label point lies in, if any: a district's answer lists its zones. */
  district?: string;
  geometry: AreaGeometry;
}

/**
 * Everything a publication holds (docs/architecture.md, Publishing), and nothing else: no case
 * coordinates, ids, dates finer than the window, free text, addresses or personal fields.
 */
export interface PublicSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  publication: number;
  /** ISO timestamp. */
  generatedAt: string;
  /** The day the zones' dates and the case window are read on (ISO date). */
  asOf: string;
  /** The plan's name, as its title. */
  title: string;
  /** How far (metres) a tier's published border may stray from the planner's. */
  toleranceMeters: number;
  bbox: BBox;
  tiers: Partial<Record<Tier, AreaGeometry>>;
  zones: PublicZone[];
  measures: Record<Tier, Measures>;
  cases: {
    resolution: number;
    from: string;
    to: string;
    total: PublicCount;
    districts: { id: string; zh: string; en: string; count: PublicCount }[];
    cells: { h3: string; count: PublicCount; outline: [number, number][] }[];
  };
  gazetteer: PackedGazetteer;
}
