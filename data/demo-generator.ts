/**
 * The synthetic demo data: household records placed where people live and an outbreak of cases
 * that starts at a quarantine site. A pure function of the seed and the basemap geometry, so the
 * output is byte-identical on every run (pinned by data/demo-generator.test.ts).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { areaCoversPoint } from '../src/domain/geo/point-in-polygon';
import { areaBBox, bboxContains } from '../src/domain/geo/bbox';
import { metersPerDegreeLngAt, METERS_PER_DEGREE_LAT, haversineMeters } from '../src/domain/geo/distance';
import type { AreaGeometry, BBox } from '../src/domain/geo/types';
import { dayFromIsoDate, isoDateFromDay } from '../src/domain/time/day-number';
import { HOUSEHOLD_COLUMNS } from '../src/io/demo-data/demo-households';
import { CASE_COLUMNS } from '../src/io/demo-data/demo-cases';
import { gaussian, mulberry32 } from './random';
import { demoAddresses } from './demo-compounds';
import {
  CLUSTERS,
  DEMO_CASES,
  DEMO_DAYS,
  DEMO_HOUSEHOLD_RECORDS,
  DEMO_START_DATE,
  QUARANTINE_SITE,
  URBAN_CORES,
} from './demo-places';

type Area = Feature<Polygon | MultiPolygon, { code?: string }>;

export interface DemoInputs {
  districts: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  land: FeatureCollection<Polygon | MultiPolygon>;
  seed: number;
  householdRecords?: number;
  cases?: number;
}

export interface DemoOutput {
  householdsCsv: string;
  casesCsv: string;
}

interface Indexed {
  geometry: AreaGeometry;
  box: BBox;
  code: string;
}

const index = (areas: Area[]): Indexed[] =>
  areas.map((area) => ({ geometry: area.geometry, box: areaBBox(area.geometry), code: area.properties?.code ?? '' }));

/** The district code at a point, or '' when the point is outside Jiaxing or in the sea. */
function districtAt(lng: number, lat: number, districts: Indexed[], land: Indexed[]): string {
  const district = districts.find((d) => bboxContains(d.box, lng, lat) && areaCoversPoint(d.geometry, lng, lat));
  if (!district) return '';
  const onLand = land.some((l) => bboxContains(l.box, lng, lat) && areaCoversPoint(l.geometry, lng, lat));
  return onLand ? district.code : '';
}

const fixed6 = (value: number): string => value.toFixed(6);

function offset(lng: number, lat: number, eastMeters: number, northMeters: number): [number, number] {
  return [lng + eastMeters / metersPerDegreeLngAt(lat), lat + northMeters / METERS_PER_DEGREE_LAT];
}

/** Splits `total` over `weights` in whole numbers that add up exactly (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const remainder = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < remainder; k++) counts[order[k].i]++;
  return counts;
}

interface Household {
  lng: number;
  lat: number;
}

function generateHouseholds(random: () => number, districts: Indexed[], land: Indexed[], count: number) {
  const rows: string[] = [];
  const placed: Household[] = [];
  const urbanCount = Math.round(count * 0.72);
  const coreCounts = apportion(
    urbanCount,
    URBAN_CORES.map((core) => core.weight),
  );
  const box = districts.reduce<BBox>(
    (acc, d) => [
      Math.min(acc[0], d.box[0]),
      Math.min(acc[1], d.box[1]),
      Math.max(acc[2], d.box[2]),
      Math.max(acc[3], d.box[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const gridLng = 2000 / metersPerDegreeLngAt(30.75);
  const gridLat = 2000 / METERS_PER_DEGREE_LAT;
  const add = (lng: number, lat: number, code: string, urban: boolean) => {
    const households = urban
      ? Math.min(240, Math.max(1, Math.round(Math.exp(1.8 + 0.9 * gaussian(random)))))
      : 1 + (random() < 0.35 ? 1 : 0);
    let residents = 0;
    for (let h = 0; h < households; h++) residents += 1 + Math.floor(random() * 4.2);
    const column = Math.floor((lng - box[0]) / gridLng);
    const row = Math.floor((lat - box[1]) / gridLat);
    const id = `JX-H${String(placed.length + 1).padStart(6, '0')}`;
    const grid = `${code}-${String(row).padStart(2, '0')}${String(column).padStart(2, '0')}`;
    rows.push([id, fixed6(lng), fixed6(lat), households, residents, grid].join(','));
    placed.push({ lng: Number(fixed6(lng)), lat: Number(fixed6(lat)) });
  };
  URBAN_CORES.forEach((core, c) => {
    for (let made = 0; made < coreCounts[c];) {
      const [lng, lat] = offset(
        core.lng,
        core.lat,
        gaussian(random) * core.sigmaMeters,
        gaussian(random) * core.sigmaMeters,
      );
      const code = districtAt(lng, lat, districts, land);
      if (code) {
        add(lng, lat, code, true);
        made++;
      }
    }
  });
  while (placed.length < count) {
    const lng = box[0] + random() * (box[2] - box[0]);
    const lat = box[1] + random() * (box[3] - box[1]);
    const code = districtAt(lng, lat, districts, land);
    if (code) add(lng, lat, code, false);
  }
  return { rows, placed };
}

/** Expected new cases per day: slow start, a peak in the third week, then decline. */
const epidemicShape = (day: number): number => (day === 0 ? 0 : day ** 2.2 * Math.exp(-day / 5.5));

/** Households nearest to a point, nearest first (ties by index, so the order is stable). */
function nearestHouseholds(
  households: Household[],
  lng: number,
  lat: number,
  withinMeters: number,
  limit: number,
): number[] {
  return households
    .map((h, i) => ({ i, d: haversineMeters([lng, lat], [h.lng, h.lat]) }))
    .filter((entry) => entry.d < withinMeters)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map((entry) => entry.i);
}

/**
 * A compound (小区) where a cluster spreads: a building near the cluster's centre, the buildings
 * around it, and the day it first has a case. Outbreaks grow compound by compound, which is what
 * sealed zones are drawn around.
 */
interface Compound {
  cluster: number;
  startDay: number;
  buildings: number[];
}

function makeCompounds(random: () => number, households: Household[]): Compound[] {
  const compounds: Compound[] = [];
  CLUSTERS.forEach((cluster, c) => {
    const pool = nearestHouseholds(households, cluster.lng, cluster.lat, cluster.sigmaMeters * 2, Infinity);
    const count = 5 + Math.floor(random() * 6);
    for (let k = 0; k < count; k++) {
      const seed = households[pool[Math.floor(pool.length * random() ** 1.5)]];
      compounds.push({
        cluster: c,
        startDay: cluster.startDay + (k === 0 ? 0 : 1 + Math.floor(random() * 9)),
        buildings: nearestHouseholds(households, seed.lng, seed.lat, 250, 40),
      });
    }
  });
  return compounds;
}

function generateCases(random: () => number, households: Household[], count: number): string {
  const rows: string[] = [CASE_COLUMNS.join(',')];
  const start = dayFromIsoDate(DEMO_START_DATE);
  if (start === undefined) throw new Error('bad DEMO_START_DATE');
  const perDay = [
    1,
    ...apportion(
      count - 1,
      Array.from({ length: DEMO_DAYS - 1 }, (_, d) => epidemicShape(d + 1)),
    ),
  ];
  const compounds = makeCompounds(random, households);
  let serial = 0;
  for (let day = 0; day < DEMO_DAYS; day++) {
    const active = compounds
      .map((compound) => ({ compound, weight: Math.max(0, day - compound.startDay + 1) }))
      .filter((a) => a.weight > 0);
    for (let k = 0; k < perDay[day]; k++) {
      serial++;
      const roll = random();
      const foundIn =
        serial === 1 || day < 2
          ? 'quarantine'
          : roll < 0.22
            ? 'quarantine'
            : roll < 0.6
              ? 'screening'
              : roll < 0.96
                ? 'community'
                : 'imported';
      let lng: number;
      let lat: number;
      if (foundIn === 'quarantine' || active.length === 0) {
        [lng, lat] = offset(QUARANTINE_SITE.lng, QUARANTINE_SITE.lat, (random() - 0.5) * 60, (random() - 0.5) * 60);
      } else {
        let pick = random() * active.reduce((sum, a) => sum + a.weight, 0);
        const { compound } = active.find((a) => (pick -= a.weight) < 0) ?? active[active.length - 1];
        const home = households[compound.buildings[Math.floor(compound.buildings.length * random())]];
        [lng, lat] = offset(home.lng, home.lat, (random() - 0.5) * 10, (random() - 0.5) * 10);
      }
      const kind = random() < 0.35 ? 'confirmed' : 'asymptomatic';
      const reported = start + day;
      const onset = kind === 'confirmed' ? isoDateFromDay(Math.max(start, reported - Math.floor(random() * 4))) : '';
      const id = `JX-2022-${String(serial).padStart(5, '0')}`;
      rows.push([id, fixed6(lng), fixed6(lat), isoDateFromDay(reported), onset, kind, foundIn].join(','));
    }
  }
  return rows.join('\n') + '\n';
}

/** Generates both demo files as CSV text; a household record in a compound carries its synthetic address. */
export function generateDemo(inputs: DemoInputs): DemoOutput {
  const random = mulberry32(inputs.seed);
  const districts = index(inputs.districts.features);
  const land = index(inputs.land.features as Area[]);
  const households = generateHouseholds(random, districts, land, inputs.householdRecords ?? DEMO_HOUSEHOLD_RECORDS);
  const casesCsv = generateCases(random, households.placed, inputs.cases ?? DEMO_CASES);
  // Addresses come last, from the compounds' own random stream: the positions and cases are unchanged by them.
  const addresses = demoAddresses(households.placed, inputs.seed);
  const rows = households.rows.map((row, i) => `${row},${addresses[i]}`);
  return { householdsCsv: [HOUSEHOLD_COLUMNS.join(','), ...rows].join('\n') + '\n', casesCsv };
}
