import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meters } from '../geo/types';
import { metersPerDegreeAt } from '../geo/ellipsoid';
import { areaCoversPoint } from '../geo/point-in-polygon';
import { squareAround } from '../../../test/helpers/zone-builders';
import { effectiveTiers as tiersWith, ringCache } from './effective-tiers';
import { loadPolygonEngine, polygonEngineMemory } from './polygon-engine';

const engine = await loadPolygonEngine();
const effectiveTiers = (...args: Parameters<typeof tiersWith> extends [unknown, ...infer Rest] ? Rest : never) =>
  tiersWith(engine, ...args);
import { areaSquareMeters } from './zone-geometry';

const settings = (controlled: number, precaution: number) => ({
  controlledBufferMeters: meters(controlled),
  precautionBufferMeters: meters(precaution),
});
const covers = (geometry: Parameters<typeof areaSquareMeters>[0], [lng, lat]: [number, number]) =>
  areaCoversPoint(geometry, lng, lat);
const area = (geometry: Parameters<typeof areaSquareMeters>[0] | undefined) =>
  geometry ? areaSquareMeters(geometry) : 0;

describe('effective tiers', () => {
  it('rings a dense zone (20 000 vertices) in growing steps, within 0.05 % of the exact figure', () => {
    const n = 20_000;
    const { lng: perLng, lat: perLat } = metersPerDegreeAt(30.75);
    const radius = 800;
    const ring = Array.from({ length: n }, (_, i) => {
      const angle = (2 * Math.PI * i) / n;
      return [120.75 + (radius * Math.cos(angle)) / perLng, 30.75 + (radius * Math.sin(angle)) / perLat];
    });
    const sealed = { type: 'Polygon' as const, coordinates: [[...ring, ring[0]]] };
    const tiers = effectiveTiers([{ tier: 'sealed', geometry: sealed }], settings(500, 2000));
    const disc = (r: number) => Math.PI * r * r;
    expect(Math.abs(area(tiers.controlled) / (disc(1300) - disc(radius)) - 1)).toBeLessThan(0.0005);
    expect(Math.abs(area(tiers.precaution) / (disc(2800) - disc(1300)) - 1)).toBeLessThan(0.0005);
  });

  it('rings a square sealed zone with true offsets: areas within 0.5 % of the exact figure', () => {
    const side = 400;
    const sealed = squareAround(120.75, 30.75, side / 2);
    const tiers = effectiveTiers([{ tier: 'sealed', geometry: sealed }], settings(500, 2000));
    // A square of side s offset by d: s² + 4sd + πd².
    const offset = (d: number) => side * side + 4 * side * d + Math.PI * d * d;
    expect(area(tiers.sealed) / area(sealed)).toBeCloseTo(1, 3);
    expect(area(tiers.controlled) / (offset(500) - side * side)).toBeCloseTo(1, 2);
    expect(Math.abs(area(tiers.controlled) / (offset(500) - side * side) - 1)).toBeLessThan(0.005);
    expect(Math.abs(area(tiers.precaution) / (offset(2000) - offset(500)) - 1)).toBeLessThan(0.005);
  });

  it('E12: keeps the tiers exclusive: a point is in the highest tier that reaches it, edges count as inside', () => {
    const sealed = squareAround(120.75, 30.75, 100);
    const controlled = squareAround(120.752, 30.75, 300);
    const tiers = effectiveTiers(
      [
        { tier: 'sealed', geometry: sealed },
        { tier: 'controlled', geometry: controlled },
      ],
      settings(500, 2000),
    );
    const centre: [number, number] = [120.75, 30.75];
    expect(covers(tiers.sealed!, centre)).toBe(true);
    expect(covers(tiers.controlled!, centre)).toBe(false);
    // 300 m east of the sealed square: inside the ring and the controlled zone, not precaution.
    const east: [number, number] = [120.7531, 30.75];
    expect(covers(tiers.controlled!, east)).toBe(true);
    expect(covers(tiers.precaution!, east)).toBe(false);
    // 1 km north: only the 2 km precaution ring.
    const north: [number, number] = [120.75, 30.759];
    expect(covers(tiers.precaution!, north)).toBe(true);
    expect(covers(tiers.controlled!, north)).toBe(false);
  });

  it('turns rings off at 0 m, and draws nothing when there are no zones', () => {
    const sealed = squareAround(120.75, 30.75, 100);
    const tiers = effectiveTiers([{ tier: 'sealed', geometry: sealed }], settings(0, 0));
    expect(tiers.controlled).toBeUndefined();
    expect(tiers.precaution).toBeUndefined();
    expect(effectiveTiers([], settings(500, 2000))).toEqual({});
  });

  it('keeps holes: a precaution zone with a hole stays holed outside the rings', () => {
    const outer = squareAround(120.8, 30.8, 1000).coordinates[0];
    const hole = squareAround(120.8, 30.8, 200).coordinates[0].slice().reverse();
    const tiers = effectiveTiers(
      [{ tier: 'precaution', geometry: { type: 'Polygon', coordinates: [outer, hole] } }],
      settings(500, 2000),
    );
    expect(covers(tiers.precaution!, [120.8, 30.8])).toBe(false);
    expect(covers(tiers.precaution!, [120.805, 30.8])).toBe(true);
  });

  it('a larger ring never covers less, and the winding of a zone changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 800 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 1, max: 1500 }),
        (half, small, extra) => {
          const square = squareAround(120.75, 30.75, half);
          const reversed = { type: 'Polygon' as const, coordinates: [[...square.coordinates[0]].reverse()] };
          const a = effectiveTiers([{ tier: 'sealed', geometry: square }], settings(small, small + extra));
          const b = effectiveTiers([{ tier: 'sealed', geometry: reversed }], settings(small, small + extra));
          // Arcs start at other vertices: the same area to within 25 cm corners (10⁻⁴).
          expect(Math.abs(area(b.controlled) - area(a.controlled))).toBeLessThanOrEqual(1e-4 * area(a.controlled) + 1);
          const bigger = effectiveTiers([{ tier: 'sealed', geometry: square }], settings(small + extra, small + extra));
          expect(area(bigger.controlled) + 1).toBeGreaterThanOrEqual(area(a.controlled));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with a cache, after any sequence of edits, gives the areas a fresh derivation gives (zones far apart join by groups)', () => {
    const zone = fc.record({
      tier: fc.constantFrom('sealed' as const, 'controlled' as const, 'precaution' as const),
      east: fc.integer({ min: 0, max: 150 }),
      half: fc.integer({ min: 50, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(zone, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), (steps) => {
        const cache = ringCache(120.8, 30.75);
        for (const step of steps) {
          const zones = step.map((z, i) => ({
            tier: z.tier,
            geometry: squareAround(120.75 + (z.east * 100) / 95_700, 30.75 + (i * 300) / 111_000, z.half),
          }));
          const kept = effectiveTiers(zones, settings(500, 2000), [], cache);
          const fresh = effectiveTiers(zones, settings(500, 2000), [], ringCache(120.8, 30.75));
          const whole = effectiveTiers(zones, settings(500, 2000));
          expect(kept).toEqual(fresh);
          // Joined by groups or all at once, the same area (another plane, whose east scale differs by up to 1e-5: within 0.01 %).
          for (const tier of ['sealed', 'controlled', 'precaution', 'controlledRing', 'precautionRing'] as const) {
            expect(Math.abs(area(kept[tier]) - area(whole[tier]))).toBeLessThan(1e-4 * area(whole[tier]) + 1);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('frees the WebAssembly memory it uses: a thousand derivations leave the heap the size it was', async () => {
    const zones = [
      { tier: 'sealed' as const, geometry: squareAround(120.75, 30.75, 300) },
      { tier: 'controlled' as const, geometry: squareAround(120.76, 30.75, 600) },
    ];
    for (let i = 0; i < 50; i++) effectiveTiers(zones, settings(500, 2000));
    const before = await polygonEngineMemory();
    for (let i = 0; i < 1000; i++) effectiveTiers(zones, settings(500 + (i % 7), 2000));
    expect(await polygonEngineMemory()).toBe(before);
  });

  it('draws the precaution area as the districts the sealed zones reach into, in district mode', () => {
    const west = { id: 'W', name: 'West', geometry: squareAround(120.7, 30.75, 3000) };
    const east = { id: 'E', name: 'East', geometry: squareAround(120.7 + 6000 / 95_700, 30.75, 3000) };
    const district = { ...settings(500, 2000), precautionMode: 'district' as const };
    const inWest = effectiveTiers([{ tier: 'sealed', geometry: squareAround(120.69, 30.75, 100) }], district, [
      west,
      east,
    ]);
    expect(inWest.precautionDistricts).toEqual(['West']);
    // The whole western district, less the sealed square and its 500 m ring.
    expect(area(inWest.precaution) / (area(west.geometry) - area(inWest.sealed) - area(inWest.controlled))).toBeCloseTo(
      1,
      3,
    );
    expect(covers(inWest.precaution!, [120.7 + 6000 / 95_700, 30.75])).toBe(false);
    // A zone across the boundary reaches both.
    const across = effectiveTiers(
      [{ tier: 'sealed', geometry: squareAround(120.7 + 3000 / 95_700, 30.75, 100) }],
      district,
      [west, east],
    );
    expect(across.precautionDistricts).toEqual(['West', 'East']);
    // Without districts, the ring stands in.
    expect(
      area(effectiveTiers([{ tier: 'sealed', geometry: squareAround(120.69, 30.75, 100) }], district).precaution),
    ).toBeGreaterThan(0);
  });

  it('gives a tier made of one zone exactly that zone: every vertex as drawn, the same area to the last digit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 120.6, max: 120.9, noNaN: true }),
        fc.double({ min: 30.6, max: 30.9, noNaN: true }),
        fc.integer({ min: 20, max: 900 }),
        fc.integer({ min: 5, max: 15 }),
        (lng, lat, half, holeHalf) => {
          const round = (value: number) => Math.round(value * 1e7) / 1e7;
          const [outer] = squareAround(lng, lat, half).coordinates;
          const [hole] = squareAround(lng, lat, holeHalf).coordinates;
          const geometry = {
            type: 'Polygon' as const,
            coordinates: [
              outer.map(([x, y]) => [round(x), round(y)]),
              [...hole].reverse().map(([x, y]) => [round(x), round(y)]),
            ],
          };
          for (const tier of ['sealed', 'controlled', 'precaution'] as const) {
            const tiers = effectiveTiers([{ tier, geometry }], settings(0, 0));
            const result = tiers[tier];
            expect(area(result)).toBe(area(geometry));
            const vertices = (g: typeof geometry) => new Set(g.coordinates.flat().map((p) => p.join()));
            expect(vertices(result as typeof geometry)).toEqual(vertices(geometry));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
