import { readFileSync } from 'node:fs';
import type { Polygon, Position } from 'geojson';
import { areaCoversPoint } from '../src/domain/geo/point-in-polygon';
import { totalsInArea } from '../src/domain/households/count-in-areas';
import { GridIndex } from '../src/domain/households/grid-index';
import { DemoHouseholdReader } from '../src/io/demo-data/demo-households';
import { gunzipSync } from 'node:zlib';
import { mulberry32 } from '../data/random';
import type { Comparison } from './harness';

/** 50 jagged zones of 40 vertices, 0.5–2 km across, around Jiaxing's centre (seeded). */
function zones(count: number): Polygon[] {
  const random = mulberry32(50);
  return Array.from({ length: count }, () => {
    const lng = 120.70 + random() * 0.12;
    const lat = 30.70 + random() * 0.1;
    const radius = 0.003 + random() * 0.008;
    const ring: Position[] = Array.from({ length: 40 }, (_, k) => {
      const a = (k / 40) * 2 * Math.PI;
      const r = radius * (0.7 + 0.3 * random());
      return [lng + r * Math.cos(a), lat + r * Math.sin(a)];
    });
    return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
  });
}

/**
 * Households in 50 zones over the 300 000 demo records: the grid index (cells wholly inside
 * taken whole, exact tests only on edge cells) against testing every point against every zone.
 */
export function countComparisons(): Comparison[] {
  const reader = new DemoHouseholdReader();
  reader.push(gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8'));
  const store = reader.finish();
  const index = new GridIndex(store.lng, store.lat, 250);
  const areas = zones(50);
  let total = 0;
  return [
    {
      title: `Households in 50 zones over ${store.length.toLocaleString('en')} records`,
      baseline: {
        name: 'every point against every zone',
        run: () => {
          let records = 0;
          for (const area of areas) for (let i = 0; i < store.length; i++) if (areaCoversPoint(area, store.lng[i], store.lat[i])) records++;
          return records;
        },
      },
      candidates: [
        { name: 'grid index, exact tests on edge cells only', run: () => (total = areas.reduce((sum, area) => sum + totalsInArea(store, index, area).records, 0)) },
        { name: 'building the grid index (once per data set)', run: () => new GridIndex(store.lng, store.lat, 250) },
      ],
      notes: () => [`Records counted over the 50 zones: ${total.toLocaleString('en')}. The index adds ${((index.order.byteLength + index.start.byteLength) / store.length).toFixed(1)} B a record.`],
    },
  ];
}
