/**
 * Golden fixtures in turf's style: each input in test/fixtures/figures/in holds the zones (with
 * `tier`), the buildings (with `households` and `residents`) and, in the collection's
 * `properties`, the ring distances; the expected figures are checked in under out/. They change
 * only on purpose: `UPDATE_GOLDEN=1 npx vitest run test/golden` writes them again, and the diff is
 * reviewed like code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { caseStoreFromRecords } from '../../src/domain/cases/case-store';
import { FiguresCounter, type CountedZone } from '../../src/domain/figures/plan-figures';
import { areaCoversPoint } from '../../src/domain/geo/point-in-polygon';
import { meters, type AreaGeometry } from '../../src/domain/geo/types';
import { GridIndex } from '../../src/domain/households/grid-index';
import { HouseholdStoreBuilder } from '../../src/domain/households/household-store';
import { loadPolygonEngine } from '../../src/domain/zones/polygon-engine';
import { TIERS, type Tier } from '../../src/domain/zones/tier';

const DIR = 'test/fixtures/figures';
const engine = await loadPolygonEngine();

function figuresOf(
  input: FeatureCollection & { properties: { controlledBufferMeters: number; precautionBufferMeters: number } },
) {
  const zones: CountedZone[] = [];
  const builder = new HouseholdStoreBuilder();
  const ids: string[] = [];
  for (const feature of input.features) {
    const properties = feature.properties ?? {};
    if (feature.geometry.type === 'Point') {
      const [lng, lat] = (feature as Feature<Point>).geometry.coordinates;
      builder.add({
        id: String(properties.id),
        lng,
        lat,
        households: properties.households,
        residents: properties.residents,
      });
      ids.push(String(properties.id));
    } else
      zones.push({ id: String(feature.id), tier: properties.tier as Tier, geometry: feature.geometry as AreaGeometry });
  }
  const store = builder.build();
  const settings = {
    controlledBufferMeters: meters(input.properties.controlledBufferMeters),
    precautionBufferMeters: meters(input.properties.precautionBufferMeters),
  };
  const figures = new FiguresCounter(
    engine,
    store,
    new GridIndex(store.lng, store.lat),
    caseStoreFromRecords([]),
  ).count(zones, settings);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    store,
    ids,
    zones,
    figures,
    json: {
      settings: input.properties,
      tiers: Object.fromEntries(
        TIERS.map((tier) => [
          tier,
          { ...pick(figures.tiers[tier]), areaSquareMeters: round(figures.tiers[tier].areaSquareMeters) },
        ]),
      ),
      zones: figures.zones.map((zone) => ({
        id: zone.id,
        tier: zone.tier,
        ...pick(zone),
        areaSquareMeters: round(zone.areaSquareMeters),
      })),
      // Which buildings each tier holds, by id, by brute force: the first tier whose zones as
      // drawn, or whose ring, cover the building. The figures a reviewer checks by eye.
      buildings: Object.fromEntries(
        TIERS.map((tier) => [
          tier,
          ids.filter((_, i) => highest(zones, figures.effective, store.lng[i], store.lat[i]) === tier),
        ]),
      ),
    },
  };
}

const pick = ({ records, households, residents }: { records: number; households: number; residents: number }) => ({
  records,
  households,
  residents,
});
function highest(
  zones: CountedZone[],
  effective: { controlledRing?: AreaGeometry; precautionRing?: AreaGeometry },
  lng: number,
  lat: number,
): Tier | undefined {
  const ring = { sealed: undefined, controlled: effective.controlledRing, precaution: effective.precautionRing };
  return TIERS.find(
    (tier) =>
      zones.some((zone) => zone.tier === tier && areaCoversPoint(zone.geometry, lng, lat)) ||
      (ring[tier] && areaCoversPoint(ring[tier], lng, lat)),
  );
}

describe('golden figures', () => {
  for (const file of readdirSync(`${DIR}/in`)
    .filter((name) => name.endsWith('.geojson'))
    .sort()) {
    it(file.replace('.geojson', ''), () => {
      const input = JSON.parse(readFileSync(`${DIR}/in/${file}`, 'utf8'));
      const { json, zones, store } = figuresOf(input);
      // Independently of the file: the tiers hold each building once, and a zone's own count is a brute-force count.
      for (const tier of TIERS)
        expect((json.tiers[tier] as { records: number }).records).toBe(json.buildings[tier].length);
      for (const zone of zones) {
        let brute = 0;
        for (let i = 0; i < store.length; i++) if (areaCoversPoint(zone.geometry, store.lng[i], store.lat[i])) brute++;
        expect(json.zones.find((z) => z.id === zone.id)?.records).toBe(brute);
      }
      const outPath = `${DIR}/out/${file.replace('.geojson', '.json')}`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(outPath, JSON.stringify(json, null, 1) + '\n');
      expect(json).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});
