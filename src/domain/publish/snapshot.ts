import type { Protocol } from '../cases/zone-clock';
import { areaBBox } from '../geo/bbox';
import type { AreaGeometry, BBox } from '../geo/types';
import { dayFromIsoDate, isoDateFromDay } from '../time/day-number';
import { effectiveTiers, type RingSettings } from '../zones/effective-tiers';
import type { PolygonEngine } from '../zones/polygon-engine';
import { TIERS, type Tier } from '../zones/tier';
import type { Zone } from '../zones/zone';
import { AreaIndex } from '../geo/area-index';
import { labelPoint } from '../geo/label-point';
import {
  districtLocator,
  exactCaseCounts,
  publicCaseCounts,
  type CasePoint,
  type DistrictArea,
} from './case-aggregates';
import { buildGazetteer, type PlaceInput, type Romanizer } from './gazetteer';
import { packGazetteer } from './gazetteer-columns';
import { PUBLIC_TOLERANCE_METERS, publicTierAreas, publicZoneArea } from './public-areas';
import { zoneRelease } from './zone-release';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type Measures,
  type PublicSnapshot,
  type PublicZone,
} from './snapshot-types';

export * from './snapshot-types';

export interface SnapshotInput {
  title: string;
  /** Valid zones only: the caller leaves out zones with problems (and says so). */
  zones: readonly Zone[];
  settings: RingSettings & { protocol: Protocol };
  districts: readonly DistrictArea[];
  cases: readonly CasePoint[];
  /** Households per public cell (`householdsPerCell`); without them every cell with cases is published. */
  householdsPerCell?: ReadonlyMap<string, number>;
  places: readonly PlaceInput[];
  asOf: string;
  publication: number;
  generatedAt: string;
  measures: Record<Tier, Measures>;
  romanize: Romanizer;
}

/** What a publication left out of the plan, for the planner to read before confirming. */
export interface SnapshotNotes {
  /** Zones lifted by the as-of day, or declared after it. */
  notInForce: string[];
  /** Zone and place names left out of the gazetteer for carrying a room or door number. */
  namesLeftOut: string[];
  /** Cells with cases not published on their own: fewer than MIN_CELL_HOUSEHOLDS households live there. */
  sparseCells: number;
}

/** The zones in force on a day: declared by then and not lifted by then. */
export function zonesInForce(zones: readonly Zone[], asOf: string): Zone[] {
  return zones.filter((zone) => zone.declaredOn <= asOf && !(zone.liftedOn !== undefined && zone.liftedOn <= asOf));
}

/** The publication of a plan as of a day, from the same domain code as the planner's figures. */
export function buildSnapshot(
  engine: PolygonEngine,
  input: SnapshotInput,
): { snapshot: PublicSnapshot; notes: SnapshotNotes } {
  const asOfDay = dayFromIsoDate(input.asOf);
  if (asOfDay === undefined) throw new RangeError(`The as-of date must be written YYYY-MM-DD, not "${input.asOf}"`);
  const zones = zonesInForce(input.zones, input.asOf);
  const notInForce = input.zones.filter((zone) => !zones.includes(zone)).map((zone) => zone.name);
  const districts = input.districts.map((district) => ({
    id: district.id,
    name: `${district.nameZh} ${district.nameEn}`,
    geometry: district.geometry,
  }));
  const tiers = publicTierAreas(engine, effectiveTiers(engine, zones, input.settings, districts));
  const known = input.cases.filter((point) => point.reportedDay <= asOfDay);
  const daysIn = (area: AreaGeometry) => {
    const index = new AreaIndex(area);
    return known.filter((point) => index.covers(point.lng, point.lat)).map((point) => point.reportedDay);
  };
  const districtAt = districtLocator(input.districts);
  const districtOf = (area: AreaGeometry) => districtAt(...(labelPoint(area) as [number, number]));
  const publicZones: PublicZone[] = [];
  for (const zone of zones) {
    const geometry = publicZoneArea(engine, zone.geometry);
    if (!geometry) continue;
    const release = zoneRelease(
      daysIn(zone.geometry),
      dayFromIsoDate(zone.declaredOn) ?? asOfDay,
      asOfDay,
      zone.tier,
      input.settings.protocol,
    );
    const district = districtOf(geometry);
    publicZones.push({
      id: zone.id,
      name: zone.name,
      tier: zone.tier,
      declaredOn: zone.declaredOn,
      ...(release ? { release } : {}),
      ...(district ? { district } : {}),
      geometry,
    });
  }
  const exact = exactCaseCounts(known, input.districts, asOfDay, input.householdsPerCell);
  const counts = publicCaseCounts(exact, asOfDay);
  const names = new Map(input.districts.map((district) => [district.id, district]));
  const gazetteer = buildGazetteer({
    districts: input.districts,
    zones: publicZones,
    places: input.places,
    romanize: input.romanize,
  });
  const areas = [...Object.values(tiers), ...input.districts.map((district) => district.geometry)];
  const boxes = areas.map(areaBBox);
  const bbox: BBox = boxes.length
    ? [
        Math.min(...boxes.map((box) => box[0])),
        Math.min(...boxes.map((box) => box[1])),
        Math.max(...boxes.map((box) => box[2])),
        Math.max(...boxes.map((box) => box[3])),
      ]
    : [120.2, 30.3, 121.3, 31.1];
  const snapshot: PublicSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publication: input.publication,
    generatedAt: input.generatedAt,
    asOf: input.asOf,
    title: input.title,
    toleranceMeters: PUBLIC_TOLERANCE_METERS,
    bbox: bbox.map((value) => Math.round(value * 1e4) / 1e4) as BBox,
    tiers,
    zones: publicZones,
    measures: Object.fromEntries(TIERS.map((tier) => [tier, { ...input.measures[tier] }])) as Record<Tier, Measures>,
    cases: {
      resolution: counts.resolution,
      from: isoDateFromDay(counts.fromDay),
      to: isoDateFromDay(counts.toDay),
      total: counts.total,
      districts: counts.districts.map(({ id, count }) => ({
        id,
        zh: names.get(id)?.nameZh ?? id,
        en: names.get(id)?.nameEn ?? id,
        count,
      })),
      cells: counts.cells,
    },
    gazetteer: packGazetteer(gazetteer.entries),
  };
  return { snapshot, notes: { notInForce, namesLeftOut: gazetteer.leftOut, sparseCells: exact.sparseCells } };
}
