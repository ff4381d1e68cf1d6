/**
 * A small vector basemap of made-up streets in Jiaxing's old town, in the OpenMapTiles schema,
 * for the tests of the "own offline basemap" (a .pmtiles file): streets run along the gaps
 * between the demo's synthetic compounds (data/demo-compounds.ts), with Chinese and English names,
 * and one lake. Byte-identical on every run (checked by street-tiles.test.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { COMPOUND_BLOCK_METERS } from '../../data/demo-compounds';
import { JIAXING_BBOX } from '../../src/domain/geo/jiaxing';
import { METERS_PER_DEGREE_LAT, metersPerDegreeLngAt } from '../../src/domain/geo/distance';
import { writePmtiles, type WrittenTile } from './pmtiles-writer';

export const FIXTURE_PATH = 'test/fixtures/basemap/jiaxing-test-streets.pmtiles';
export const FIXTURE_ATTRIBUTION = 'Cordon test streets (synthetic) 测试街道（合成）';
export const FIXTURE_CENTER: [number, number] = [120.755, 30.757];
const MIN_ZOOM = 12;
const MAX_ZOOM = 15;

// prettier-ignore
const EAST_WEST: [string, string][] = [
  ['禾兴路', 'Hexing Road'], ['建国路', 'Jianguo Road'], ['勤俭路', 'Qinjian Road'], ['中山路', 'Zhongshan Road'],
  ['南湖路', 'Nanhu Road'], ['环城南路', 'Huancheng South Road'], ['紫阳街', 'Ziyang Street'],
];
// prettier-ignore
const NORTH_SOUTH: [string, string][] = [
  ['秀洲路', 'Xiuzhou Road'], ['东升路', 'Dongsheng Road'], ['越秀路', 'Yuexiu Road'], ['少年路', 'Shaonian Road'],
  ['月河街', 'Yuehe Street'], ['解放路', 'Jiefang Road'], ['广场路', 'Guangchang Road'],
];

/** The streets along the block edges around the centre, and a lake in one block. */
export function streetFeatures(): { streets: FeatureCollection<LineString>; water: FeatureCollection<Polygon> } {
  const mx = metersPerDegreeLngAt(30.75);
  const my = METERS_PER_DEGREE_LAT;
  const [originLng, originLat] = JIAXING_BBOX;
  const column = Math.round(((FIXTURE_CENTER[0] - originLng) * mx) / COMPOUND_BLOCK_METERS);
  const row = Math.round(((FIXTURE_CENTER[1] - originLat) * my) / COMPOUND_BLOCK_METERS);
  const lng = (c: number) => Math.round((originLng + (c * COMPOUND_BLOCK_METERS) / mx) * 1e6) / 1e6;
  const lat = (r: number) => Math.round((originLat + (r * COMPOUND_BLOCK_METERS) / my) * 1e6) / 1e6;
  const half = 3;
  const street = (name: [string, string], index: number, coordinates: [number, number][]): Feature<LineString> => ({
    type: 'Feature',
    properties: {
      class: index % 3 === 0 ? 'primary' : index % 3 === 1 ? 'secondary' : 'minor',
      name: name[0],
      'name:zh': name[0],
      'name:en': name[1],
      name_en: name[1],
    },
    geometry: { type: 'LineString', coordinates },
  });
  const features = [
    ...EAST_WEST.map((name, i) =>
      street(name, i, [
        [lng(column - half - 1), lat(row - half + i)],
        [lng(column + half + 1), lat(row - half + i)],
      ]),
    ),
    ...NORTH_SOUTH.map((name, i) =>
      street(name, i, [
        [lng(column - half + i), lat(row - half - 1)],
        [lng(column - half + i), lat(row + half + 1)],
      ]),
    ),
  ];
  const inset = 0.25;
  const lake: Feature<Polygon> = {
    type: 'Feature',
    properties: { class: 'lake', name: '示例湖', 'name:en': 'Test Lake' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng(column + inset), lat(row + inset)],
          [lng(column + 1 - inset), lat(row + inset)],
          [lng(column + 1 - inset), lat(row + 1 - inset)],
          [lng(column + inset), lat(row + 1 - inset)],
          [lng(column + inset), lat(row + inset)],
        ],
      ],
    },
  };
  return {
    streets: { type: 'FeatureCollection', features },
    water: { type: 'FeatureCollection', features: [lake] },
  };
}

const lngToTileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const latToTileY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

/** The fixture archive: layers transportation, transportation_name and water, zooms 12–15, gzip tiles. */
export function streetFixture(): Uint8Array {
  const { streets, water } = streetFeatures();
  const options = { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, extent: 4096, buffer: 64, tolerance: 3 };
  const indexes = {
    transportation: new GeoJSONVT(streets, options),
    transportation_name: new GeoJSONVT(streets, options),
    water: new GeoJSONVT(water, options),
  };
  const all = [...streets.features, ...water.features].flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : (f.geometry as LineString).coordinates,
  );
  const bounds: [number, number, number, number] = [
    Math.min(...all.map((p) => p[0])),
    Math.min(...all.map((p) => p[1])),
    Math.max(...all.map((p) => p[0])),
    Math.max(...all.map((p) => p[1])),
  ];
  const tiles: WrittenTile[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    for (let x = lngToTileX(bounds[0], z); x <= lngToTileX(bounds[2], z); x++) {
      for (let y = latToTileY(bounds[3], z); y <= latToTileY(bounds[1], z); y++) {
        const layers: Record<string, unknown> = {};
        for (const [name, index] of Object.entries(indexes)) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[name] = tile;
        }
        if (Object.keys(layers).length === 0) continue;
        const pbf = fromGeojsonVt(layers, { version: 2, extent: 4096 });
        tiles.push({ z, x, y, data: gzipSync(pbf, { level: 9 }) });
      }
    }
  }
  return writePmtiles(tiles, {
    tileType: 1,
    tileCompression: 2,
    bounds,
    center: [FIXTURE_CENTER[0], FIXTURE_CENTER[1], 14],
    metadata: {
      name: 'Cordon test streets',
      attribution: FIXTURE_ATTRIBUTION,
      vector_layers: Object.keys(indexes).map((id) => ({ id, fields: {}, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM })),
    },
  });
}
