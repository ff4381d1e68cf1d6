import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clipToBox,
  compoundsJson,
  convexHull,
  demoAddresses,
  demoCompounds,
  COMPOUND_MIN_BUILDINGS,
} from './demo-compounds';

describe('demo compounds', () => {
  it('hulls points and cuts a hull to a box', () => {
    const square = convexHull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
    ]);
    expect(square).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
    const sorted = (ring: number[][]) => [...ring].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(sorted(clipToBox(square, [1, -1, 3, 1]))).toEqual([
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
  });

  it('outlines each thick block once, inside its block, with a unique name in both languages', () => {
    // A dense block of 20 buildings and a sparse one of 3 (countryside: no compound).
    const dense = Array.from({ length: 20 }, (_, i) => ({
      lng: 120.7 + (i % 5) * 0.0003,
      lat: 30.7 + (i / 5) * 0.0003,
    }));
    const sparse = [0, 1, 2].map((i) => ({ lng: 120.9 + i * 0.0003, lat: 30.9 }));
    const { features } = demoCompounds([...dense, ...sparse], 1);
    expect(features).toHaveLength(1);
    const [compound] = features;
    expect(compound.properties.buildings).toBeGreaterThanOrEqual(COMPOUND_MIN_BUILDINGS);
    expect(compound.properties.nameZh).toMatch(/^\p{Script=Han}{3,4}$/u);
    expect(compound.properties.nameEn).toMatch(/^[A-Z][a-z']+ [A-Z][a-z]+$/);
    const ring = compound.geometry.coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    // Inside one block, 10 m clear of its edges: at most 230 m across.
    const width = (Math.max(...ring.map((p) => p[0])) - Math.min(...ring.map((p) => p[0]))) * 95_700;
    const height = (Math.max(...ring.map((p) => p[1])) - Math.min(...ring.map((p) => p[1]))) * 111_320;
    expect(Math.max(width, height)).toBeLessThanOrEqual(230.5);

    // Each building of the compound has its address, numbered 1 to 20 from north to south; the countryside none.
    const addresses = demoAddresses([...dense, ...sparse], 1);
    const name = compound.properties.nameZh;
    expect(new Set(addresses.slice(0, 20))).toEqual(new Set(Array.from({ length: 20 }, (_, k) => `${name}${k + 1}幢`)));
    expect(addresses[19]).toBe(`${name}1幢`); // the last row is the northernmost; its west end first
    expect(addresses.slice(20)).toEqual(['', '', '']);
  });

  it('regenerates the checked-in file from the checked-in households, byte for byte, none overlapping', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { recordsOfCsv } = await import('./demo-compounds');
    const { DEMO_SEED } = await import('./demo-places');
    const csv = gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8');
    const text = compoundsJson(recordsOfCsv(csv), DEMO_SEED);
    expect(text === readFileSync('public/demo/compounds.geojson', 'utf8')).toBe(true);
    const { features } = JSON.parse(text) as ReturnType<typeof demoCompounds>;
    expect(features.length).toBeGreaterThan(5000);
    expect(new Set(features.map((f) => f.properties.nameZh)).size).toBe(features.length);
    expect(new Set(features.map((f) => f.properties.nameEn)).size).toBe(features.length);
    // Outlines never overlap: their boxes, swept west to east, are disjoint.
    const boxes = features
      .map((f) => {
        const ring = f.geometry.coordinates[0];
        expect(f.properties.buildings).toBeGreaterThanOrEqual(COMPOUND_MIN_BUILDINGS);
        expect(ring.length).toBeGreaterThanOrEqual(4);
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      })
      .sort((a, b) => a[0] - b[0]);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j][0] < boxes[i][2]; j++)
        if (boxes[j][1] < boxes[i][3] && boxes[i][1] < boxes[j][3]) overlaps++;
    expect(overlaps).toBe(0);
  });
});
