import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { areaCoversPoint } from './point-in-polygon';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    square.coordinates[0],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};

describe('areaCoversPoint', () => {
  it('counts points inside and not outside', () => {
    expect(areaCoversPoint(square, 5, 5)).toBe(true);
    expect(areaCoversPoint(square, 11, 5)).toBe(false);
    expect(areaCoversPoint(square, -0.000001, 5)).toBe(false);
  });

  it('counts a point on an edge or a vertex as inside (ST_Covers)', () => {
    expect(areaCoversPoint(square, 10, 5)).toBe(true);
    expect(areaCoversPoint(square, 0, 0)).toBe(true);
    expect(areaCoversPoint(square, 5, 10)).toBe(true);
  });

  it('leaves holes out, but their edges in', () => {
    expect(areaCoversPoint(withHole, 5, 5)).toBe(false);
    expect(areaCoversPoint(withHole, 4, 5)).toBe(true);
    expect(areaCoversPoint(withHole, 2, 2)).toBe(true);
  });

  it('covers either part of a MultiPolygon', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [
        square.coordinates,
        [
          [
            [20, 0],
            [30, 0],
            [30, 10],
            [20, 0],
          ],
        ],
      ],
    };
    expect(areaCoversPoint(multi, 5, 5)).toBe(true);
    expect(areaCoversPoint(multi, 29, 5)).toBe(true);
    expect(areaCoversPoint(multi, 15, 5)).toBe(false);
  });

  it('does not depend on ring winding', () => {
    const convex = fc
      .array(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), { minLength: 3, maxLength: 20 })
      .map((angles) => {
        const ring: Position[] = [...new Set(angles)].sort((a, b) => a - b).map((a) => [Math.cos(a), Math.sin(a)]);
        return [...ring, ring[0]];
      });
    fc.assert(
      fc.property(
        convex,
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        (ring, x, y) => {
          const forward: Polygon = { type: 'Polygon', coordinates: [ring] };
          const backward: Polygon = { type: 'Polygon', coordinates: [[...ring].reverse()] };
          expect(areaCoversPoint(forward, x, y)).toBe(areaCoversPoint(backward, x, y));
        },
      ),
    );
  });
});
