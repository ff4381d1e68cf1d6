import { describe, expect, it } from 'vitest';
import { bowTie, squareAround } from '../../../test/helpers/zone-builders';
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

  it('refuses fewer than three distinct vertices, empty and non-finite input', () => {
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

  it('refuses a hole outside its shell', () => {
    const shell = squareAround(120.75, 30.75, 100).coordinates[0];
    const hole = squareAround(120.76, 30.75, 20).coordinates[0];
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [shell, hole] })[0].code).toBe(
      ZoneIssueCode.HoleOutside,
    );
  });

  it('normalises winding, repeated vertices and precision without changing the area', () => {
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
