/**
 * PostGIS as the independent referee (docs/architecture.md, Tests). A throw-away PostgreSQL
 * cluster on localhost loads random scenes (holes, zones in two parts, overlapping tiers, rings,
 * buildings on every vertex and edge) and the golden inputs; Cordon's records, households and
 * residents per tier and per zone must equal PostGIS's `ST_Covers` counts exactly, each tier must
 * hold the same buildings, and areas must be within 0.05 % of `ST_Area(geography)`.
 *
 * Left out of a comparison, and counted: buildings within 1 m of a ring's outline (two correct
 * buffers differ there by a fraction of a metre) and buildings off an edge by less than 1e-9°
 * without being on it (Cordon's on-edge tolerance). When PostGIS is missing the test fails under
 * CI=true and says so loudly otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolygonEngine } from '../../src/domain/zones/polygon-engine';
import { TIERS } from '../../src/domain/zones/tier';
import { GOLDEN_DIR, goldenJson } from './golden-files';
import { findPostgis, startPostgis, type Postgis } from './postgis';
import { postgisFigures } from './postgis-figures';
import { randomScene } from './random-scenes';
import { cordonFigures, sceneFromGeoJson, type Scene, type SceneFigures } from './scene';

const AREA_SHARE = 0.0005;
const SCENES = 80;
const found = findPostgis();
const engine = await loadPolygonEngine();

/** Cordon's figures against PostGIS's: counts and buildings exactly, areas within AREA_SHARE; the worst area share seen. */
function compare(cordon: SceneFigures, postgis: SceneFigures, label: string): number {
  const counts = (figures: SceneFigures) => ({
    tiers: TIERS.map((tier) => [
      tier,
      figures.tiers[tier].records,
      figures.tiers[tier].households,
      figures.tiers[tier].residents,
    ]),
    zones: figures.zones.map((zone) => [zone.id, zone.records, zone.households, zone.residents]),
    buildings: figures.buildings,
  });
  expect(counts(cordon), label).toEqual(counts(postgis));
  let worst = 0;
  const areas = [
    ...TIERS.map((tier) => [cordon.tiers[tier].areaSquareMeters, postgis.tiers[tier].areaSquareMeters, tier] as const),
    ...cordon.zones.map((zone, i) => [zone.areaSquareMeters, postgis.zones[i].areaSquareMeters, zone.id] as const),
  ];
  for (const [actual, expected, what] of areas) {
    if (expected === 0 && actual === 0) continue;
    const share = Math.abs(actual / expected - 1);
    worst = Math.max(worst, share);
    expect(share, `${label}, ${what}: ${actual} m² against PostGIS's ${expected} m²`).toBeLessThanOrEqual(AREA_SHARE);
  }
  return worst;
}

if ('missing' in found) {
  const message = `PostGIS, the referee of Cordon's figures, is missing: ${found.missing}. npm test installs it when run as root (scripts/ensure-test-tools.sh).`;
  if (process.env.CI) {
    describe('PostGIS referee', () => {
      it('has PostGIS to referee with (required in CI)', () => {
        throw new Error(message);
      });
    });
  } else {
    console.error(
      `\n${'!'.repeat(100)}\n${message}\nThe PostGIS referee tests are SKIPPED on this machine; they fail under CI=true.\n${'!'.repeat(100)}\n`,
    );
    describe.skip('PostGIS referee (skipped: PostGIS is missing)', () => it('needs PostGIS', () => {}));
  }
} else {
  describe('PostGIS referee', () => {
    let db: Postgis;
    beforeAll(async () => {
      db = await startPostgis();
    }, 60_000);
    afterAll(() => db?.stop());

    it('holds the golden outputs to be exactly what PostGIS writes for the golden inputs', () => {
      for (const file of readdirSync(`${GOLDEN_DIR}/in`).filter((name) => name.endsWith('.geojson'))) {
        const input = JSON.parse(readFileSync(`${GOLDEN_DIR}/in/${file}`, 'utf8'));
        const written = readFileSync(`${GOLDEN_DIR}/out/${file.replace('.geojson', '.json')}`, 'utf8');
        const fresh = goldenJson(input.properties, postgisFigures(db, sceneFromGeoJson(input)), db.version);
        // The same PostGIS version writes the same file; another version only the same figures.
        const figures = (text: string) => ({ ...JSON.parse(text), writtenBy: undefined });
        expect(figures(fresh), `${file}: run npm run golden:postgis`).toEqual(figures(written));
      }
    });

    it(`agrees with Cordon on ${SCENES} random scenes: counts per tier and zone exactly, areas within 0.05 %`, () => {
      const seen = {
        scenes: 0,
        zones: 0,
        holes: 0,
        parts: 0,
        rings: 0,
        buildings: 0,
        nearRings: 0,
        besideEdges: 0,
        worst: 0,
      };
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
          const scene = randomScene(seed);
          const postgis = postgisFigures(db, scene, { ringMeters: 1, edgeDegrees: 1e-9 });
          const { nearRings, besideEdges } = postgis;
          const kept: Scene = {
            ...scene,
            buildings: scene.buildings.filter((b) => !nearRings.has(b.id) && !besideEdges.has(b.id)),
          };
          const worst = compare(cordonFigures(engine, kept), postgis, `seed ${seed}`);
          seen.scenes++;
          seen.zones += scene.zones.length;
          seen.holes += scene.zones.filter(
            (z) => z.geometry.type === 'Polygon' && z.geometry.coordinates.length > 1,
          ).length;
          seen.parts += scene.zones.filter((z) => z.geometry.type === 'MultiPolygon').length;
          seen.rings += scene.controlledBufferMeters > 0 ? 1 : 0;
          seen.buildings += kept.buildings.length;
          seen.nearRings += nearRings.size;
          seen.besideEdges += besideEdges.size;
          seen.worst = Math.max(seen.worst, worst);
        }),
        // A scene whose narrow controlled band was 0.053 % off while rings were simplified at 25 cm.
        { numRuns: SCENES, endOnFailure: true, examples: [[2017064476]] },
      );
      console.log(
        `PostGIS referee: ${seen.scenes} scenes, ${seen.zones} zones (${seen.holes} with a hole, ${seen.parts} in two parts), ` +
          `${seen.rings} scenes with rings, ${seen.buildings} buildings compared (${seen.nearRings} within 1 m of a ring and ` +
          `${seen.besideEdges} beside an edge left out); largest area difference ${(seen.worst * 100).toFixed(4)} %`,
      );
      expect(seen.zones).toBeGreaterThan(200);
    }, 300_000);
  });
}
