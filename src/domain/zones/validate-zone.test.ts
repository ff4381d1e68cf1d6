import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bowTie, boxRing, squareAround, uShapeWithCrossingHole } from '../../../test/helpers/zone-builders';
import { validateZoneGeometry, ZoneIssueCode } from './validate-zone';
import { areaSquareMeters, normalizeArea } from './zone-geometry';

const JIAXING: [number, number, number, number] = [120.29, 30.26, 121.27, 31.03];

describe('validateZoneGeometry', () => {
  it('accepts an ordinary zone', () => {
    expect(validateZoneGeometry(squareAround(120.75, 30.75, 100), { jurisdiction: JIAXING })).toEqual([]);
  });

  it('finds a bow-tie and says where it crosses itself', () => {
    const [issue] = validateZoneGeometry(bowTie(120.75, 30.75));
    expect(issue.code).toBe(ZoneIssueCode.SelfIntersects);
    expect(issue.at?.[0]).toBeCloseTo(120.75, 6);
    expect(issue.at?.[1]).toBeCloseTo(30.75, 6);
    expect(areaSquareMeters(bowTie(120.75, 30.75))).toBeLessThan(1); // why kinks, not area, must decide
  });

  it('E2: refuses fewer than three distinct vertices, empty and non-finite input', () => {
    expect(
      validateZoneGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [120.7, 30.7],
            [120.8, 30.7],
            [120.7, 30.7],
            [120.7, 30.7],
          ],
        ],
      })[0].code,
    ).toBe(ZoneIssueCode.TooFewVertices);
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [] })[0].code).toBe(ZoneIssueCode.Empty);
    expect(
      validateZoneGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [NaN, 30],
            [1, 2],
            [3, 4],
            [NaN, 30],
          ],
        ],
      })[0].code,
    ).toBe(ZoneIssueCode.NotFinite);
  });

  it('refuses a zone under 10 m² and one far outside Jiaxing', () => {
    const tiny = validateZoneGeometry(squareAround(120.75, 30.75, 1));
    expect(tiny[0].code).toBe(ZoneIssueCode.TooSmall);
    expect(tiny[0].value).toBeCloseTo(4, 0);
    expect(validateZoneGeometry(squareAround(116.4, 39.9, 100), { jurisdiction: JIAXING })[0].code).toBe(
      ZoneIssueCode.FarOutside,
    );
  });

  it('E5: refuses a hole outside its shell', () => {
    const shell = squareAround(120.75, 30.75, 100).coordinates[0];
    const hole = squareAround(120.76, 30.75, 20).coordinates[0];
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [shell, hole] })[0].code).toBe(
      ZoneIssueCode.HoleOutside,
    );
  });

  const box = boxRing;

  it('E5: refuses a hole that crosses its shell though all its vertices lie inside', () => {
    const zone = uShapeWithCrossingHole();
    for (const [lng] of zone.coordinates[1].slice(0, 4)) expect(lng < 120.71 || lng > 120.72).toBe(true);
    const [issue] = validateZoneGeometry(zone);
    expect(issue).toMatchObject({ code: ZoneIssueCode.HoleOutside, polygon: 1, ring: 2 });
    expect([120.71, 120.72]).toContain(Number(issue.at?.[0].toFixed(9)));
  });

  it('refuses holes that overlap, or one inside another, and accepts holes that touch at a point', () => {
    const shell = box(120.7, 30.7, 120.8, 30.8);
    const overlap = validateZoneGeometry({
      type: 'Polygon',
      coordinates: [shell, box(120.71, 30.71, 120.75, 30.75), box(120.73, 30.73, 120.77, 30.77)],
    });
    expect(overlap[0].code).toBe(ZoneIssueCode.HolesOverlap);
    const nested = validateZoneGeometry({
      type: 'Polygon',
      coordinates: [shell, box(120.71, 30.71, 120.79, 30.79), box(120.73, 30.73, 120.75, 30.75)],
    });
    expect(nested[0].code).toBe(ZoneIssueCode.HolesOverlap);
    const touching = validateZoneGeometry({
      type: 'Polygon',
      coordinates: [shell, box(120.71, 30.71, 120.75, 30.75), box(120.75, 30.75, 120.77, 30.77)],
    });
    expect(touching).toEqual([]);
  });

  it('E7: refuses parts of a MultiPolygon that overlap or repeat (item 5), and accepts parts apart or touching', () => {
    const a = box(120.7, 30.7, 120.72, 30.72);
    const issue = (polygons: Position[][][]) =>
      validateZoneGeometry({ type: 'MultiPolygon', coordinates: polygons })[0]?.code;
    expect(issue([[a], [box(120.71, 30.71, 120.73, 30.73)]])).toBe(ZoneIssueCode.PartsOverlap);
    expect(issue([[a], [a]])).toBe(ZoneIssueCode.PartsOverlap);
    expect(issue([[a], [box(120.705, 30.705, 120.71, 30.71)]])).toBe(ZoneIssueCode.PartsOverlap);
    expect(issue([[a], [box(120.72, 30.72, 120.74, 30.74)]])).toBeUndefined();
    expect(issue([[a], [box(120.73, 30.7, 120.74, 30.72)]])).toBeUndefined();
    // An island in a hole is no overlap.
    expect(
      issue([[box(120.7, 30.7, 120.8, 30.8), box(120.72, 30.72, 120.78, 30.78)], [box(120.74, 30.74, 120.76, 30.76)]]),
    ).toBeUndefined();
  });

  it('E3: does not take repeated consecutive vertices for a crossing (item 6)', () => {
    const ring = squareAround(120.75, 30.75, 100).coordinates[0];
    const repeated = [ring[0], ring[1], ring[1], ring[1], ring[2], ring[3], ring[3], ring[4]];
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [repeated] })).toEqual([]);
  });

  it('finds a crossing among 100 000 vertices (the check is indexed, not every pair of edges)', () => {
    const n = 100_000;
    const ring: Position[] = Array.from({ length: n }, (_, i) => {
      const angle = (2 * Math.PI * i) / n;
      return [120.75 + 0.05 * Math.cos(angle), 30.75 + 0.05 * Math.sin(angle)];
    });
    ring.push(ring[0]);
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [ring] })).toEqual([]);
    const crossed = ring.slice();
    [crossed[500], crossed[501]] = [crossed[501], crossed[500]];
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [crossed] })[0].code).toBe(
      ZoneIssueCode.SelfIntersects,
    );
  });

  it('E8: finishes on near-degenerate input (vertices 1e-12 apart, a sliver) with an answer, never a hang', () => {
    const near: Position[] = [
      [120.75, 30.75],
      [120.75 + 1e-12, 30.75],
      [120.751, 30.75],
      [120.751, 30.751],
      [120.75, 30.751],
      [120.75, 30.75],
    ];
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [near] }, { jurisdiction: JIAXING })).toEqual([]);
    // A sliver 1e-9° (0.1 mm) wide: no area to speak of, refused as such.
    const sliver: Position[] = [
      [120.75, 30.75],
      [120.76, 30.75],
      [120.76, 30.75 + 1e-9],
      [120.75, 30.75],
    ];
    expect(
      validateZoneGeometry({ type: 'Polygon', coordinates: [sliver] }, { jurisdiction: JIAXING }).length,
    ).toBeGreaterThan(0);
  });

  it('E6: normalises winding, repeated vertices and precision without changing the area', () => {
    const square = squareAround(120.75, 30.75, 100);
    const clockwise = { type: 'Polygon' as const, coordinates: [[...square.coordinates[0]].reverse()] };
    const normalized = normalizeArea(clockwise);
    expect(Math.abs(areaSquareMeters(normalized) / areaSquareMeters(square) - 1)).toBeLessThan(1e-4); // 7 decimals ≈ 1 cm
    expect(normalized).toEqual(normalizeArea(square));
    const repeated = { type: 'Polygon' as const, coordinates: [[square.coordinates[0][0], ...square.coordinates[0]]] };
    expect(normalizeArea(repeated)).toEqual(normalizeArea(square));
  });
});

describe('zone area', () => {
  it('does not depend on ring winding or on the starting vertex', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 2000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (half, start, reverse) => {
          const ring = squareAround(120.75, 30.75, half).coordinates[0].slice(0, -1);
          let turned = [...ring.slice(start), ...ring.slice(0, start)];
          if (reverse) turned = turned.reverse();
          const polygon = { type: 'Polygon' as const, coordinates: [[...turned, turned[0]]] };
          // Relative: summing in another order moves the last bits of a 16 km² area.
          expect(
            Math.abs(areaSquareMeters(polygon) / areaSquareMeters(squareAround(120.75, 30.75, half)) - 1),
          ).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
