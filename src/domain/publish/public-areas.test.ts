import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { boxRing } from '../../../test/helpers/zone-builders';
import { areaCoversPoint } from '../geo/point-in-polygon';
import { meters, type AreaGeometry } from '../geo/types';
import { effectiveTiers, type EffectiveTiers } from '../zones/effective-tiers';
import { LocalPlane } from '../zones/local-plane';
import { loadPolygonEngine, type PolygonEngine } from '../zones/polygon-engine';
import { TIERS, type Tier } from '../zones/tier';
import { polygonsOf } from '../zones/zone-geometry';
import { PUBLIC_TOLERANCE_METERS, publicTierAreas, type PublicTierAreas } from './public-areas';

let engine: PolygonEngine;
beforeAll(async () => {
  engine = await loadPolygonEngine();
});

const square = (lng: number, lat: number, half: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [boxRing(lng - half, lat - half, lng + half, lat + half)],
});

const tierAt = (areas: Partial<Record<Tier, AreaGeometry>>, lng: number, lat: number): Tier[] =>
  TIERS.filter((tier) => areas[tier] && areaCoversPoint(areas[tier] as AreaGeometry, lng, lat));

/** Metres from a point to the nearest edge of any of the areas. */
function distanceToBorders(plane: LocalPlane, areas: AreaGeometry[], lng: number, lat: number): number {
  const [px, py] = plane.project(lng, lat);
  let best = Infinity;
  for (const area of areas)
    for (const polygon of polygonsOf(area))
      for (const ring of polygon)
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = plane.project(ring[i - 1][0], ring[i - 1][1]);
          const [bx, by] = plane.project(ring[i][0], ring[i][1]);
          const [dx, dy] = [bx - ax, by - ay];
          const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
          best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
        }
  return best;
}

/**
 * Every sample point is in at most one published tier, and a point whose published tier is not
 * its true one lies within the stated tolerance of a true border. Returns how many points moved.
 */
function checkAgainst(truth: EffectiveTiers, published: PublicTierAreas, samples: [number, number][]): number {
  const trueAreas = { sealed: truth.sealed, controlled: truth.controlled, precaution: truth.precaution };
  const borders = Object.values(trueAreas).filter((area) => area !== undefined);
  const plane = LocalPlane.around(borders);
  let moved = 0;
  for (const [lng, lat] of samples) {
    const after = tierAt(published, lng, lat);
    const before = tierAt(trueAreas, lng, lat);
    // Edges count as inside, so a point on a shared border is in both tiers; anywhere else, one.
    if (after.length > 1)
      expect(distanceToBorders(plane, Object.values(published), lng, lat), `overlap at ${lng},${lat}`).toBeLessThan(
        0.01,
      );
    if (after[0] !== before[0] && after.length <= 1) {
      moved++;
      expect(distanceToBorders(plane, borders, lng, lat)).toBeLessThanOrEqual(PUBLIC_TOLERANCE_METERS);
    }
  }
  return moved;
}

const grid = (west: number, south: number, east: number, north: number, steps: number) =>
  Array.from({ length: steps * steps }, (_, i): [number, number] => [
    west + ((east - west) * ((i % steps) + 0.5)) / steps,
    south + ((north - south) * (Math.floor(i / steps) + 0.5)) / steps,
  ]);

const vertices = (area: AreaGeometry | undefined) =>
  area ? polygonsOf(area).reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0) : 0;

describe('public tier areas', () => {
  it('keep rings without gaps or overlaps, every moved point within the tolerance of a true border', () => {
    const zones = [
      { tier: 'sealed' as const, geometry: square(120.75, 30.75, 0.002) },
      { tier: 'sealed' as const, geometry: square(120.758, 30.752, 0.0015) },
      { tier: 'controlled' as const, geometry: square(120.77, 30.76, 0.004) },
    ];
    const truth = effectiveTiers(engine, zones, {
      controlledBufferMeters: meters(500),
      precautionBufferMeters: meters(2000),
    });
    const published = publicTierAreas(engine, truth);
    // Near the borders (a sealed square's edge, the rings' arcs) and across the whole area.
    const samples = [...grid(120.745, 30.745, 120.765, 30.76, 60), ...grid(120.71, 30.71, 120.81, 30.8, 80)];
    checkAgainst(truth, published, samples);
    expect(vertices(published.precaution)).toBeLessThan(vertices(truth.precaution));
  });

  it('simplify whole districts (precaution by district) to far fewer vertices within the tolerance', () => {
    const json = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../public/basemap/jiaxing-districts.geojson'), 'utf8'),
    );
    const districts = json.features.map((feature: { properties: { code: string }; geometry: AreaGeometry }) => ({
      id: feature.properties.code,
      name: feature.properties.code,
      geometry: feature.geometry,
    }));
    const truth = effectiveTiers(
      engine,
      [{ tier: 'sealed', geometry: square(120.758, 30.752, 0.002) }],
      { controlledBufferMeters: meters(500), precautionBufferMeters: meters(2000), precautionMode: 'district' },
      districts,
    );
    const published = publicTierAreas(engine, truth);
    const before = vertices(truth.precaution);
    const after = vertices(published.precaution);
    expect(after).toBeLessThan(before);
    const samples = grid(120.6, 30.6, 121.0, 30.95, 90);
    checkAgainst(truth, published, samples);
    console.log(`district precaution: ${before} vertices published as ${after}`);
  });

  it('hold for random zones of every tier', () => {
    const zone = fc.record({
      tier: fc.constantFrom<Tier>('sealed', 'controlled', 'precaution'),
      lng: fc.double({ min: 120.74, max: 120.76, noNaN: true }),
      lat: fc.double({ min: 30.74, max: 30.76, noNaN: true }),
      half: fc.double({ min: 0.0003, max: 0.004, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(zone, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 800 }), (list, ring) => {
        const truth = effectiveTiers(
          engine,
          list.map((z) => ({ tier: z.tier, geometry: square(z.lng, z.lat, z.half) })),
          { controlledBufferMeters: meters(ring), precautionBufferMeters: meters(ring * 2) },
        );
        checkAgainst(truth, publicTierAreas(engine, truth), grid(120.72, 30.72, 120.78, 30.78, 40));
      }),
      { numRuns: 25 },
    );
  });
});
