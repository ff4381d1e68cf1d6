import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { areaCoversPoint } from '../src/domain/geo/point-in-polygon';
import { generateDemo } from './demo-generator';
import { DEMO_SEED, QUARANTINE_SITE } from './demo-places';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const districts = json('public/basemap/jiaxing-districts.geojson');
const land = json('public/basemap/land.geojson');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('demo data generator', () => {
  const output = generateDemo({ districts, land, seed: DEMO_SEED });

  it('regenerates the checked-in files byte for byte', () => {
    const manifest = json('public/demo/manifest.json');
    expect(sha256(output.householdsCsv)).toBe(manifest.files['households.csv.gz'].sha256);
    expect(sha256(output.casesCsv)).toBe(manifest.files['cases.csv.gz'].sha256);
    expect(gunzipSync(readFileSync('public/demo/cases.csv.gz')).toString('utf8')).toBe(output.casesCsv);
  });

  it('places every household inside a Jiaxing district and on land', () => {
    const rows = output.householdsCsv.trim().split('\n').slice(1);
    expect(rows.length).toBe(300_000);
    for (const row of rows.filter((_, i) => i % 97 === 0)) {
      const [, lng, lat, households, residents, grid] = row.split(',');
      const district = districts.features.find((f: { geometry: never }) =>
        areaCoversPoint(f.geometry, Number(lng), Number(lat)),
      );
      expect(district, row).toBeDefined();
      expect(grid.startsWith(district.properties.code)).toBe(true);
      expect(
        land.features.some((f: { geometry: never }) => areaCoversPoint(f.geometry, Number(lng), Number(lat))),
      ).toBe(true);
      expect(Number(residents)).toBeGreaterThanOrEqual(Number(households));
    }
  });

  it('starts the outbreak with one case at the quarantine site on 2022-03-26 and spans 30 days', () => {
    const rows = output.casesCsv
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(','));
    expect(rows.length).toBe(3_000);
    const [first] = rows;
    expect(first[3]).toBe('2022-03-26');
    expect(first[6]).toBe('quarantine');
    expect(Math.abs(Number(first[1]) - QUARANTINE_SITE.lng)).toBeLessThan(0.001);
    expect(rows.filter((row) => row[3] === '2022-03-26').length).toBe(1);
    expect(new Set(rows.map((row) => row[3])).size).toBe(30);
    expect(new Set(rows.map((row) => row[6]))).toEqual(new Set(['quarantine', 'screening', 'community', 'imported']));
    for (const row of rows.filter((r) => r[5] === 'confirmed')) expect(row[4] <= row[3]).toBe(true);
  });

  it('is the same for the same seed and different for another', () => {
    const small = (seed: number) => generateDemo({ districts, land, seed, householdRecords: 2000, cases: 100 });
    expect(small(7)).toEqual(small(7));
    expect(small(8).householdsCsv).not.toBe(small(7).householdsCsv);
  });
});
