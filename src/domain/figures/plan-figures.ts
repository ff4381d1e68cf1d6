import type { CaseStore } from '../cases/case-store';
import { casesIn } from '../cases/zone-clock';
import { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { cellsOf, totalsInArea } from '../households/count-in-areas';
import { areaBBox } from '../geo/bbox';
import { METERS_PER_DEGREE_LAT, metersPerDegreeLngAt } from '../geo/distance';
import type { BBox } from '../geo/types';
import { TierAssignment, type PreparedArea, type TierArea } from './tier-assignment';
import { ShapeVersions } from './shape-versions';
import type { GridIndex } from '../households/grid-index';
import type { HouseholdStore, HouseholdTotals } from '../households/household-store';
import {
  districtsReached,
  effectiveTiers,
  ringCache,
  type District,
  type EffectiveTiers,
  type RingCache,
  type RingSettings,
} from '../zones/effective-tiers';
import { TIERS, type Tier } from '../zones/tier';
import type { PolygonEngine } from '../zones/polygon-engine';
import { areaSquareMeters, polygonsOf } from '../zones/zone-geometry';

/** What a tier or a zone holds. */
export interface AreaFigures extends HouseholdTotals {
  cases: number;
  areaSquareMeters: number;
}

export interface ZoneFigures extends AreaFigures {
  id: string;
  tier: Tier;
}

/** The planning figures of a plan: per exclusive effective tier, and per zone as drawn. */
export interface PlanFigures {
  tiers: Record<Tier, AreaFigures>;
  zones: ZoneFigures[];
  effective: EffectiveTiers;
}

/** The zones to count with: valid ones only (an invalid zone is not counted, docs/architecture.md, Domain model). */
export interface CountedZone {
  id: string;
  tier: Tier;
  geometry: AreaGeometry;
}

/** Cases per tier, each in the first tier (TIERS order) one of whose areas covers it: their indexes in the store. */
function casesByTier(cases: CaseStore, coverage: Record<Tier, readonly PreparedArea[]>): Record<Tier, number[]> {
  const inside: Record<Tier, number[]> = { sealed: [], controlled: [], precaution: [] };
  for (let i = 0; i < cases.length; i++) {
    const tier = TIERS.find((candidate) =>
      coverage[candidate].some((area) => area.index.covers(cases.lng[i], cases.lat[i])),
    );
    if (tier) inside[tier].push(i);
  }
  return inside;
}

/**
 * The cases inside each zone (its own shape) and each exclusive tier, from the last count, as
 * indexes into `cases`: the clocks read their report days, and a time window its own counts,
 * without another point test.
 */
export interface CountedCases {
  cases: CaseStore;
  zones: ReadonlyMap<string, readonly number[]>;
  tiers: Record<Tier, readonly number[]>;
}

/** The report days of counted cases. */
export interface CaseDays {
  zones: ReadonlyMap<string, readonly number[]>;
  tiers: Record<Tier, readonly number[]>;
}

/** The report days of the counted cases, for the clocks. */
export function caseDaysOf(counted: CountedCases): CaseDays {
  const days = (indexes: readonly number[]) => indexes.map((i) => counted.cases.reportedDay[i]);
  return {
    zones: new Map([...counted.zones].map(([id, indexes]) => [id, days(indexes)])),
    tiers: {
      sealed: days(counted.tiers.sealed),
      controlled: days(counted.tiers.controlled),
      precaution: days(counted.tiers.precaution),
    },
  };
}

/**
 * Counts households and cases per tier (each record once, in the highest tier that covers it) and
 * per zone (its own geometry), and keeps what it can between counts: each zone's figures by its
 * shape, each sealed zone's rings, and each record's tier. After an edit only the changed zone is
 * counted again, and only the records near it (within the ring distances of a changed sealed
 * zone) are assigned to tiers again; the figures are the same as a count from scratch.
 */
export class FiguresCounter {
  private readonly zoneCache = new Map<
    string,
    { version: string; tier: Tier; figures: ZoneFigures; inside: number[] }
  >();
  private lastCounted: CountedCases;
  private readonly shapes: ShapeVersions;
  /** What this counter leaves for the next over the same households (see the constructor). */
  readonly kept: KeptRings;
  private readonly assignment: TierAssignment;
  /** What the records' tiers were last assigned from. */
  private assignedFrom?: { settings: string; zones: Map<string, { version: string; tier: Tier; bbox: BBox }> };

  /**
   * `kept`: the rings a counter before this one derived over the same households (say, before
   * another case list was loaded), to take over; by default none yet.
   */
  constructor(
    private readonly engine: PolygonEngine,
    private readonly households: HouseholdStore,
    private readonly index: GridIndex,
    private readonly cases: CaseStore,
    kept = keptRingsFor(),
  ) {
    this.kept = kept;
    this.shapes = kept.shapes;
    this.assignment = new TierAssignment(households, index);
    this.lastCounted = { cases, zones: new Map(), tiers: { sealed: [], controlled: [], precaution: [] } };
  }

  count(zones: readonly CountedZone[], settings: RingSettings, districts: readonly District[] = []): PlanFigures {
    const versions = zones.map((zone) => this.shapes.versionOf(zone.id, zone.geometry));
    this.lastVersions = new Map(zones.map((zone, i) => [zone.id, versions[i]]));
    const [lng, lat] = planeCentre(zones);
    if (!this.kept.rings || this.kept.rings.centre[0] !== lng || this.kept.rings.centre[1] !== lat)
      this.kept.rings = ringCache(lng, lat);
    const effective = effectiveTiers(
      this.engine,
      zones.map((zone, i) => ({ ...zone, key: versions[i] })),
      settings,
      districts,
      this.kept.rings,
    );
    const byDistrict = settings.precautionMode === 'district' && districts.length > 0;
    // The zones whose own figures are not kept from before: counted in the tier walk when every
    // record is assigned again, else each on its own.
    const stale = zones.map((zone, i) => {
      const cached = this.zoneCache.get(zone.id);
      return !cached || cached.version !== versions[i] || cached.tier !== zone.tier;
    });
    const own = zones.map((_, i) => (stale[i] ? { records: 0, households: 0, residents: 0 } : undefined));
    const coverage = this.coverage(
      zones,
      versions,
      effective,
      byDistrict ? districtsReached(zones, districts) : undefined,
      own,
    );
    const everyRecord = this.assignTiers(zones, versions, settings, byDistrict, coverage);
    const tierCases = casesByTier(this.cases, coverage);
    const tiers = {} as Record<Tier, AreaFigures>;
    for (const tier of TIERS) {
      const area = effective[tier];
      tiers[tier] = {
        ...this.assignment.totals[tier],
        cases: tierCases[tier].length,
        areaSquareMeters: area ? this.squareMetersOf(area) : 0,
      };
    }
    const seen = new Set<string>();
    const zoneCases = new Map<string, number[]>();
    const zoneFigures = zones.map((zone, i) => {
      seen.add(zone.id);
      const cached = this.zoneCache.get(zone.id);
      if (cached && !stale[i]) {
        zoneCases.set(zone.id, cached.inside);
        return cached.figures;
      }
      const prepared = this.zonePrepared(zone, versions[i]).index;
      const inside = this.cases.length ? casesIn(this.cases, zone.geometry, prepared) : [];
      const figures: ZoneFigures = {
        id: zone.id,
        tier: zone.tier,
        ...(everyRecord && own[i] ? own[i] : totalsInArea(this.households, this.index, zone.geometry, prepared)),
        cases: inside.length,
        areaSquareMeters: areaSquareMeters(zone.geometry),
      };
      this.zoneCache.set(zone.id, { version: versions[i], tier: zone.tier, figures, inside });
      zoneCases.set(zone.id, inside);
      return figures;
    });
    this.lastCounted = { cases: this.cases, zones: zoneCases, tiers: tierCases };
    for (const id of [...this.zoneCache.keys()]) if (!seen.has(id)) this.zoneCache.delete(id);
    this.shapes.keepOnly(seen);
    const current = new Set(versions);
    for (const version of [...this.preparedZones.keys()]) if (!current.has(version)) this.preparedZones.delete(version);
    return { tiers, zones: zoneFigures, effective };
  }

  /** A zone of the last count, prepared for point tests (its own shape), or undefined when it was not counted. */
  zoneIndex(id: string): AreaIndex | undefined {
    const version = this.lastVersions.get(id);
    return version === undefined ? undefined : this.preparedZones.get(version)?.index;
  }

  /** The tier a household record (position k in the grid's order, in `cell`) is counted in, as of the last count. */
  tierAt(k: number, cell: number): Tier | undefined {
    return this.assignment.tierAt(k, cell);
  }

  /** The cases in each zone (its own shape) and each exclusive tier, as of the last count. */
  countedCases(): CountedCases {
    return this.lastCounted;
  }

  /** The report days of the cases in each zone (its own shape) and each exclusive tier, as of the last count. */
  caseDays(): CaseDays {
    return caseDaysOf(this.lastCounted);
  }

  /**
   * What puts a record in each tier: the tier's zones as drawn, one by one (so a record on a
   * drawn edge or vertex is inside, exactly, docs/architecture.md, Computation), and the derived ring or the districts.
   * Higher tiers are taken out by the order of assignment, not by geometry. Prepared areas are
   * kept while their inputs stay the same. A zone with `own` has its own figures counted into it
   * when every record is assigned.
   */
  private coverage(
    zones: readonly CountedZone[],
    versions: string[],
    effective: EffectiveTiers,
    reached: District[] | undefined,
    own: (HouseholdTotals | undefined)[],
  ): Record<Tier, TierArea[]> {
    const result = { sealed: [], controlled: [], precaution: [] } as Record<Tier, TierArea[]>;
    zones.forEach((zone, i) => result[zone.tier].push({ ...this.zonePrepared(zone, versions[i]), own: own[i] }));
    if (effective.controlledRing) result.controlled.push(this.ringPrepared(effective.controlledRing));
    if (reached) {
      if (reached.length) result.precaution.push(this.districtsPrepared(reached));
    } else if (effective.precautionRing) result.precaution.push(this.ringPrepared(effective.precautionRing));
    return result;
  }

  /** A derived ring prepared for point tests, kept while effectiveTiers gives the same object. */
  private ringPrepared(ring: AreaGeometry): PreparedArea {
    let prepared = this.preparedRings.get(ring);
    if (!prepared) this.preparedRings.set(ring, (prepared = { area: ring, index: new AreaIndex(ring) }));
    return prepared;
  }

  /** The districts the precaution area is drawn as, joined and prepared, kept while they are the same ones. */
  private districtsPrepared(reached: District[]): PreparedArea {
    const key = reached.map((district) => district.id).join(',');
    if (this.districtArea?.key !== key) {
      const area: AreaGeometry = {
        type: 'MultiPolygon',
        coordinates: reached.flatMap((district) => polygonsOf(district.geometry)),
      };
      this.districtArea = { key, prepared: { area, index: new AreaIndex(area) } };
    }
    return this.districtArea.prepared;
  }

  /** Each zone as drawn, prepared for point tests, by its shape version (only current zones are kept). */
  private zonePrepared(zone: CountedZone, version: string): PreparedArea {
    let prepared = this.preparedZones.get(version);
    if (!prepared)
      this.preparedZones.set(version, (prepared = { area: zone.geometry, index: new AreaIndex(zone.geometry) }));
    return prepared;
  }

  private readonly preparedZones = new Map<string, PreparedArea>();
  /** Each zone's shape version in the last count. */
  private lastVersions = new Map<string, string>();
  private readonly preparedRings = new WeakMap<AreaGeometry, PreparedArea>();
  private districtArea?: { key: string; prepared: PreparedArea };
  private readonly squareMeters = new WeakMap<AreaGeometry, number>();

  private squareMetersOf(area: AreaGeometry): number {
    let value = this.squareMeters.get(area);
    if (value === undefined) this.squareMeters.set(area, (value = areaSquareMeters(area)));
    return value;
  }

  /**
   * Assigns records to tiers: all of them the first time and whenever the settings change (or a
   * sealed zone changes in district mode, where whole districts may come or go); otherwise only
   * those in the cells around the zones that changed, widened by the ring distances for sealed ones.
   * True when every record was assigned.
   */
  private assignTiers(
    zones: readonly CountedZone[],
    versions: string[],
    settings: RingSettings,
    byDistrict: boolean,
    prepared: Record<Tier, TierArea[]>,
  ): boolean {
    const settingsKey = `${settings.controlledBufferMeters}|${settings.precautionBufferMeters}|${settings.precautionMode ?? 'ring'}|${byDistrict}`;
    const now = new Map(
      zones.map((zone, i) => [zone.id, { version: versions[i], tier: zone.tier, bbox: areaBBox(zone.geometry) }]),
    );
    const before = this.assignedFrom;
    this.assignedFrom = { settings: settingsKey, zones: now };
    if (!before || before.settings !== settingsKey) {
      this.assignment.assign(prepared);
      return true;
    }
    let region: BBox | undefined;
    const reach =
      Math.max(settings.controlledBufferMeters, byDistrict ? 0 : settings.precautionBufferMeters) + REACH_MARGIN_METERS;
    const widen = (bbox: BBox, tier: Tier): BBox => {
      if (tier !== 'sealed') return grow(bbox, REACH_MARGIN_METERS);
      return grow(bbox, reach);
    };
    for (const id of new Set([...before.zones.keys(), ...now.keys()])) {
      const old = before.zones.get(id);
      const current = now.get(id);
      if (old && current && old.version === current.version && old.tier === current.tier) continue;
      if (byDistrict && (old?.tier === 'sealed' || current?.tier === 'sealed')) {
        this.assignment.assign(prepared);
        return true;
      }
      for (const state of [old, current]) if (state) region = union(region, widen(state.bbox, state.tier));
    }
    if (region) this.assignment.assign(prepared, cellsOf(this.index, region));
    return false;
  }
}

/**
 * The sealed zones' rings as one counter leaves them for the next over the same households: the
 * rings by shape, and the names of the shapes they are kept by.
 */
export interface KeptRings {
  /** Made on the first count, in a plane at the zones' middle; made again when the zones move far from it. */
  rings?: RingCache;
  shapes: ShapeVersions;
}

/**
 * Nothing kept yet, for counting over a grid's points. The rings' plane is laid where the zones
 * are when they are first counted (see planeCentre), never by the data: the same zones give the
 * same areas whichever household file is loaded.
 */
export function keptRingsFor(): KeptRings {
  return { rings: undefined, shapes: new ShapeVersions() };
}

/** Where the plane goes for these zones: their extent's middle, to a tenth of a degree (so small edits keep the plane and its cache). */
export function planeCentre(zones: readonly { geometry: AreaGeometry }[]): [number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const zone of zones) {
    const [w, s, e, n] = areaBBox(zone.geometry);
    [west, south, east, north] = [Math.min(west, w), Math.min(south, s), Math.max(east, e), Math.max(north, n)];
  }
  if (!Number.isFinite(west)) return [120.75, 30.75];
  const tenth = (value: number) => Math.round(value * 10) / 10;
  return [tenth((west + east) / 2), tenth((south + north) / 2)];
}

/** Past the ring distance, how much wider the region reassigned after an edit is: rings are within 1 m. */
const REACH_MARGIN_METERS = 10;

function grow([west, south, east, north]: BBox, meters: number): BBox {
  const dLat = meters / METERS_PER_DEGREE_LAT;
  const dLng = meters / metersPerDegreeLngAt(Math.max(Math.abs(south), Math.abs(north)));
  return [west - dLng, south - dLat, east + dLng, north + dLat];
}

function union(a: BBox | undefined, b: BBox): BBox {
  return a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b;
}
