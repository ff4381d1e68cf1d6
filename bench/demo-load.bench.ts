import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DemoHouseholdReader } from '../src/io/demo-data/demo-households';
import { densityGrid } from '../src/domain/households/density-grid';
import { meters } from '../src/domain/geo/types';
import type { Comparison } from './harness';

/**
 * Start-up cost of the 300 000 demo household records: Cordon's streaming CSV reader into typed
 * columns, against parsing the same records as a GeoJSON FeatureCollection (what a GeoJSON-first
 * tool would do).
 */
export function demoLoadComparisons(): Comparison[] {
  const csv = gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8');
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map(([id, lng, lat, households, residents, grid, address]) => ({
      type: 'Feature',
      properties: { id, households: Number(households), residents: Number(residents), grid, address },
      geometry: { type: 'Point', coordinates: [Number(lng), Number(lat)] },
    })),
  });
  const chunks: string[] = [];
  for (let i = 0; i < csv.length; i += 65_536) chunks.push(csv.slice(i, i + 65_536));
  const readColumns = () => {
    const reader = new DemoHouseholdReader();
    for (const chunk of chunks) reader.push(chunk);
    return reader.finish();
  };
  const store = readColumns();
  return [
    {
      title: `Reading ${rows.length.toLocaleString('en')} household records`,
      baseline: { name: 'JSON.parse of the same records as GeoJSON', run: () => JSON.parse(geojson) },
      candidates: [{ name: 'Cordon streaming CSV → typed columns', run: readColumns }],
      notes: () => [
        `Columns hold ${(((8 + 8 + 4 + 4) * store.length) / 1e6).toFixed(1)} MB of numbers (24 B a record) plus the id, grid and address strings; ` +
          `the GeoJSON text alone is ${(geojson.length / 1e6).toFixed(1)} MB.`,
      ],
    },
    {
      title: 'Household density grid (500 m) for the city-view layer',
      baseline: {
        name: 'one pass summing households (lower bound)',
        run: () => store.households.reduce((a, b) => a + b, 0),
      },
      candidates: [{ name: 'densityGrid(store, 500 m)', run: () => densityGrid(store, meters(500)) }],
    },
  ];
}
