/**
 * Golden fixtures in turf's style: each input in test/fixtures/figures/in holds the zones (with
 * `tier`), the buildings (with `households` and `residents`) and, in the collection's
 * `properties`, the ring distances. The expected figures under out/ are written by PostGIS, the
 * independent referee (`npm run golden:postgis`, test/referee/write-golden.ts), never by Cordon:
 * Cordon's records, households and residents per tier and per zone must equal them exactly, its
 * areas be within 0.05 % of PostGIS's `ST_Area(geography)`, and each tier hold the same buildings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolygonEngine } from '../../src/domain/zones/polygon-engine';
import { TIERS } from '../../src/domain/zones/tier';
import { GOLDEN_DIR } from '../referee/golden-files';
import { cordonFigures, sceneFromGeoJson, type SceneFigures } from '../referee/scene';

const engine = await loadPolygonEngine();
/** Areas may differ by this share: Clipper2's round corners lie within 0.05 % of a ring's distance inside the true arc. */
const AREA_SHARE = 0.0005;

const withoutAreas = (figures: Pick<SceneFigures, 'tiers' | 'zones'>) => ({
  tiers: Object.fromEntries(TIERS.map((tier) => [tier, { ...figures.tiers[tier], areaSquareMeters: undefined }])),
  zones: figures.zones.map((zone) => ({ ...zone, areaSquareMeters: undefined })),
});

const closeArea = (actual: number, expected: number) =>
  expected === 0 ? actual === 0 : Math.abs(actual / expected - 1) <= AREA_SHARE;

describe('golden figures (expected values written by PostGIS)', () => {
  for (const file of readdirSync(`${GOLDEN_DIR}/in`)
    .filter((name) => name.endsWith('.geojson'))
    .sort()) {
    it(file.replace('.geojson', ''), () => {
      const input = JSON.parse(readFileSync(`${GOLDEN_DIR}/in/${file}`, 'utf8'));
      const expected = JSON.parse(readFileSync(`${GOLDEN_DIR}/out/${file.replace('.geojson', '.json')}`, 'utf8'));
      expect(expected.writtenBy).toMatch(/^PostGIS /);
      const actual = cordonFigures(engine, sceneFromGeoJson(input));
      expect(withoutAreas(actual)).toEqual(withoutAreas(expected));
      expect(actual.buildings).toEqual(expected.buildings);
      for (const tier of TIERS)
        expect(
          closeArea(actual.tiers[tier].areaSquareMeters, expected.tiers[tier].areaSquareMeters),
          `${tier}: ${actual.tiers[tier].areaSquareMeters} against PostGIS's ${expected.tiers[tier].areaSquareMeters}`,
        ).toBe(true);
      actual.zones.forEach((zone, i) =>
        expect(closeArea(zone.areaSquareMeters, expected.zones[i].areaSquareMeters), zone.id).toBe(true),
      );
    });
  }
});
