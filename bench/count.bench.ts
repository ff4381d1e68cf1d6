import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { featureCollection, point, pointsWithinPolygon } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { caseStoreFromRecords } from '../src/domain/cases/case-store';
import { FiguresCounter, type CountedZone, type KeptRings } from '../src/domain/figures/plan-figures';
import { meters } from '../src/domain/geo/types';
import { orderedCounts, totalsInArea } from '../src/domain/households/count-in-areas';
import { GridIndex } from '../src/domain/households/grid-index';
import { HouseholdStoreBuilder, type HouseholdStore } from '../src/domain/households/household-store';
import type { PolygonEngine } from '../src/domain/zones/polygon-engine';
import { DemoHouseholdReader } from '../src/io/demo-data/demo-households';
import { mulberry32 } from '../data/random';
import type { Comparison } from './harness';
import { realisticZones } from './realistic-zones';
import { postgisMissing, postgisZoneCount } from './postgis-baseline';

/** `records` household records: the demo's buildings again and again, each moved up to 100 m (seeded). */
function households(records: number): HouseholdStore {
  const reader = new DemoHouseholdReader();
  reader.push(gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8'));
  const demo = reader.finish();
  const random = mulberry32(3);
  const builder = new HouseholdStoreBuilder(records);
  for (let i = 0; i < records; i++) {
    const k = i % demo.length;
    builder.addValues(
      `H${i}`,
      demo.lng[k] + (random() - 0.5) * 0.002,
      demo.lat[k] + (random() - 0.5) * 0.002,
      demo.households[k],
      demo.residents[k],
      '',
      '',
    );
  }
  return builder.build();
}

const SETTINGS = { controlledBufferMeters: meters(500), precautionBufferMeters: meters(2000) };
const TIER_CYCLE = ['sealed', 'controlled', 'precaution', 'precaution', 'controlled'] as const;
/** How many zones the naive baseline is run on; its time is scaled to all of them. */
const SAMPLED_ZONES = 3;

/** The zones with zone `which`'s first vertex moved 30 m east (and the closing vertex with it). */
function withVertexMoved(zones: CountedZone[], which: number): CountedZone[] {
  return zones.map((zone, i) => {
    if (i !== which || zone.geometry.type !== 'Polygon') return zone;
    const [outer, ...holes] = zone.geometry.coordinates;
    const moved = outer.map((position, k) =>
      k === 0 || k === outer.length - 1 ? [position[0] + 30 / 95_600, position[1]] : position,
    );
    return { ...zone, geometry: { type: 'Polygon', coordinates: [moved, ...holes] } };
  });
}

/**
 * Households in 50 and 500 zones as drawn (20–200 vertices, some with holes; one in five sealed,
 * with rings of 500 m and 2 km) over 1 and 2 million records. Baseline: turf.pointsWithinPolygon
 * of every record against every zone, run on a sample of zones and scaled up (it would run for
 * minutes). Cordon: the full count (every zone's own figures and every record's exclusive tier,
 * nothing kept but the rings, which have a budget and a benchmark of their own), the same with
 * the rings derived too, each zone's own count alone, and the recount after one vertex of one
 * zone moves.
 */
export function countComparisons(engine: PolygonEngine): Comparison[] {
  const comparisons: Comparison[] = [];
  for (const records of [1_000_000, 2_000_000]) {
    let store: HouseholdStore | undefined;
    let index: GridIndex | undefined;
    let points: ReturnType<typeof featureCollection<Point>> | undefined;
    const data = () => {
      store ??= households(records);
      index ??= new GridIndex(store.lng, store.lat);
      return { store, index };
    };
    for (const count of [50, 500]) {
      const zones: CountedZone[] = realisticZones(count).map((geometry, i) => ({
        id: `z${i}`,
        tier: TIER_CYCLE[i % TIER_CYCLE.length],
        geometry,
      }));
      const sample = [0, 1, 2].map((k) => Math.floor(((k + 0.5) * count) / SAMPLED_ZONES));
      const recount = (which: number) => {
        const moved = withVertexMoved(zones, which);
        let flip = false;
        // Its own counter: each run recounts after exactly one edit (the vertex there, or back).
        let counter: FiguresCounter | undefined;
        return () => {
          const { store: s, index: x } = data();
          counter ??= new FiguresCounter(engine, s, x, caseStoreFromRecords([]));
          flip = !flip;
          return counter.count(flip ? moved : zones, SETTINGS);
        };
      };
      // A counter that takes over the rings a first one derived, and nothing else: new zone
      // indexes, a new assignment of every record to its tier, every zone counted.
      let kept: KeptRings | undefined;
      const fullCount = () => {
        const { store: s, index: x } = data();
        if (!kept) {
          const first = new FiguresCounter(engine, s, x, caseStoreFromRecords([]));
          first.count(zones, SETTINGS);
          kept = first.kept;
        }
        return new FiguresCounter(engine, s, x, caseStoreFromRecords([]), kept).count(zones, SETTINGS);
      };
      comparisons.push({
        title: `Households in ${count} zones over ${(records / 1e6).toFixed(0)} million records`,
        minRounds: 5,
        baselineSample: {
          scale: count / SAMPLED_ZONES,
          label: `${SAMPLED_ZONES} of ${count} zones timed, scaled ×${(count / SAMPLED_ZONES).toFixed(1)}`,
        },
        baseline: {
          name: 'turf.pointsWithinPolygon, every record against every zone',
          run: () => {
            const { store: s } = data();
            points ??= featureCollection(
              Array.from({ length: s.length }, (_, i): Feature<Point> => point([s.lng[i], s.lat[i]])),
            );
            for (const k of sample) pointsWithinPolygon(points, zones[k].geometry as Polygon);
          },
        },
        second: {
          name: 'PostGIS 3 (GiST index, ST_Covers join per zone)',
          missing: postgisMissing(),
          prepare: () => postgisZoneCount(data().store, zones),
        },
        candidates: [
          {
            name: "Cordon: the full count (every zone, every record's tier; the rings derived before)",
            run: fullCount,
          },
          {
            name: 'Cordon: the figures from scratch (the rings derived too)',
            run: () => {
              const { store: s, index: x } = data();
              return new FiguresCounter(engine, s, x, caseStoreFromRecords([])).count(zones, SETTINGS);
            },
          },
          {
            name: "Cordon: each zone's own count only (what the baseline does)",
            run: () => {
              const { store: s, index: x } = data();
              return zones.map((zone) => totalsInArea(s, x, zone.geometry));
            },
          },
          { name: 'Cordon: recount after a vertex of a precaution zone moves', run: recount(2) },
          { name: 'Cordon: recount after a vertex of a sealed zone moves (its rings change)', run: recount(0) },
        ],
        notes: () => {
          const { store: s, index: x } = data();
          const columns = (8 + 8 + 4 + 4) * s.length;
          const counts = orderedCounts(s, x);
          const perRecord =
            x.order.byteLength +
            x.orderedLng.byteLength +
            x.orderedLat.byteLength +
            counts.households.byteLength +
            counts.residents.byteLength;
          const perCell =
            x.start.byteLength +
            counts.cellHouseholds.byteLength +
            counts.cellResidents.byteLength +
            2 * (x.start.length - 1);
          const lines = [
            `Memory per record: ${(columns / s.length).toFixed(0)} B of columns (lng, lat, households, residents), ${(perRecord / s.length).toFixed(0)} B of the grid's order (the record, its position and counts, side by side by cell), 1 B of its tier, and ${(perCell / s.length).toFixed(1)} B for the grid's ${(x.start.length - 1).toLocaleString('en')} cells of 100 m (starts, sums, and each cell's tier and whether a record of it has one of its own); besides the id and grid strings.`,
          ];
          // The last comparison of this size: free its records (and the points, half a gigabyte at
          // 2 million), so that they do not weigh on the collector in the benchmarks after.
          if (count === 500) [points, store, index] = [undefined, undefined, undefined];
          kept = undefined;
          return lines;
        },
      });
    }
  }
  return comparisons;
}
