/**
 * A scene for the referee: zones with tiers, buildings with counts, and the ring distances; and
 * the figures Cordon gives for it (the same FiguresCounter the worker and the CLI use).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { caseStoreFromRecords } from '../../src/domain/cases/case-store';
import { FiguresCounter, type CountedZone } from '../../src/domain/figures/plan-figures';
import { meters, type AreaGeometry } from '../../src/domain/geo/types';
import { areaCoversPoint } from '../../src/domain/geo/point-in-polygon';
import { GridIndex } from '../../src/domain/households/grid-index';
import { HouseholdStoreBuilder } from '../../src/domain/households/household-store';
import type { PolygonEngine } from '../../src/domain/zones/polygon-engine';
import { TIERS, type Tier } from '../../src/domain/zones/tier';

export interface SceneBuilding {
  id: string;
  lng: number;
  lat: number;
  households: number;
  residents: number;
}

export interface Scene {
  zones: CountedZone[];
  buildings: SceneBuilding[];
  controlledBufferMeters: number;
  precautionBufferMeters: number;
}

export interface Counts {
  records: number;
  households: number;
  residents: number;
}

/** Figures as the golden files hold them: per tier and per zone, counts and area; and which buildings each tier holds. */
export interface SceneFigures {
  tiers: Record<Tier, Counts & { areaSquareMeters: number }>;
  zones: (Counts & { id: string; tier: Tier; areaSquareMeters: number })[];
  buildings: Record<Tier, string[]>;
}

/** A golden input file (zones with `tier`, buildings with `households` and `residents`, ring distances in `properties`). */
export function sceneFromGeoJson(
  input: FeatureCollection & { properties: { controlledBufferMeters: number; precautionBufferMeters: number } },
): Scene {
  const zones: CountedZone[] = [];
  const buildings: SceneBuilding[] = [];
  for (const feature of input.features) {
    const properties = feature.properties ?? {};
    if (feature.geometry.type === 'Point') {
      const [lng, lat] = (feature as Feature<Point>).geometry.coordinates;
      buildings.push({
        id: String(properties.id),
        lng,
        lat,
        households: properties.households,
        residents: properties.residents,
      });
    } else
      zones.push({ id: String(feature.id), tier: properties.tier as Tier, geometry: feature.geometry as AreaGeometry });
  }
  return {
    zones,
    buildings,
    controlledBufferMeters: input.properties.controlledBufferMeters,
    precautionBufferMeters: input.properties.precautionBufferMeters,
  };
}

/**
 * What Cordon counts for a scene; which buildings each tier holds is found by brute force (the
 * first tier whose zones as drawn, or whose ring, cover the building), the lists a reviewer reads.
 */
export function cordonFigures(engine: PolygonEngine, scene: Scene): SceneFigures {
  const builder = new HouseholdStoreBuilder();
  for (const building of scene.buildings) builder.add(building);
  const store = builder.build();
  const counter = new FiguresCounter(engine, store, new GridIndex(store.lng, store.lat), caseStoreFromRecords([]));
  const figures = counter.count(scene.zones, {
    controlledBufferMeters: meters(scene.controlledBufferMeters),
    precautionBufferMeters: meters(scene.precautionBufferMeters),
  });
  const pick = ({ records, households, residents }: Counts): Counts => ({ records, households, residents });
  return {
    tiers: Object.fromEntries(
      TIERS.map((tier) => [
        tier,
        { ...pick(figures.tiers[tier]), areaSquareMeters: figures.tiers[tier].areaSquareMeters },
      ]),
    ) as SceneFigures['tiers'],
    zones: figures.zones.map((zone) => ({
      id: zone.id,
      tier: zone.tier,
      ...pick(zone),
      areaSquareMeters: zone.areaSquareMeters,
    })),
    buildings: Object.fromEntries(
      TIERS.map((tier) => [
        tier,
        scene.buildings.filter((b) => highest(scene.zones, figures.effective, b.lng, b.lat) === tier).map((b) => b.id),
      ]),
    ) as SceneFigures['buildings'],
  };
}

function highest(
  zones: readonly CountedZone[],
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
