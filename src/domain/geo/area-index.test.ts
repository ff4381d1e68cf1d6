import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { AreaIndex } from './area-index';
import { areaCoversPoint } from './point-in-polygon';
import type { AreaGeometry } from './types';

/** A star-shaped ring around a centre (never self-intersecting), counter-clockwise or not. */
const ring = (cx: number, cy: number, radii: number[], reverse: boolean): Position[] => {
  const points = radii.map((r, i) => {
    const angle = (2 * Math.PI * i) / radii.length;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  const closed = [...points, points[0]];
  return reverse ? closed.reverse() : closed;
};

const area = fc
  .array(
    fc.record({
      cx: fc.double({ min: 0, max: 10, noNaN: true }),
      cy: fc.double({ min: 0, max: 10, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 3, maxLength: 30 }),
      hole: fc.boolean(),
      reverse: fc.boolean(),
      // Where the holes go: inside (a valid area), or anywhere (across or outside the shell, overlapping).
      holeShift: fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })),
      strayHoles: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts): AreaGeometry => ({
    type: 'MultiPolygon',
    // Spread apart so the polygons never overlap (a valid area); holes well inside their shells (a triangle of radius 0.5 has an inradius of 0.25).
    coordinates: parts.map((part, k) => {
      const cx = part.cx + 10 * k;
      const rings = [ring(cx, part.cy, part.radii, part.reverse)];
      if (part.hole) rings.push(ring(cx, part.cy, [0.1, 0.12, 0.15, 0.1], !part.reverse));
      if (part.strayHoles) {
        rings.push(ring(cx + part.holeShift[0], part.cy + part.holeShift[1], [0.5, 0.6, 0.4], false));
        rings.push(ring(cx + part.holeShift[0] / 2, part.cy + part.holeShift[1] / 2, [0.5, 0.3, 0.6, 0.2], true));
      }
      return rings;
    }),
  }));

describe('the banded area index', () => {
  it('gives exactly what areaCoversPoint gives, on random points, on every vertex and on edge midpoints, valid area or not', () => {
    fc.assert(
      fc.property(area, fc.array(fc.tuple(fc.double({ min: -3, max: 45, noNaN: true }), fc.double({ min: -3, max: 13, noNaN: true })), { maxLength: 200 }), (geometry, points) => {
        const index = new AreaIndex(geometry);
        const probes: Position[] = [...points];
        for (const polygon of geometry.coordinates as Position[][][]) {
          for (const positions of polygon) {
            for (let i = 0; i + 1 < positions.length; i++) {
              probes.push(positions[i], [(positions[i][0] + positions[i + 1][0]) / 2, (positions[i][1] + positions[i + 1][1]) / 2]);
              // Same latitude as a vertex: the ray passes through it.
              probes.push([positions[i][0] - 0.37, positions[i][1]]);
            }
          }
        }
        for (const [lng, lat] of probes) expect(index.covers(lng, lat)).toBe(areaCoversPoint(geometry, lng, lat));
      }),
      { numRuns: 300 },
    );
  });

  it('covers every vertex and edge of a square, and nothing just outside', () => {
    const square: AreaGeometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const index = new AreaIndex(square);
    for (const [lng, lat] of [[0, 0], [1, 1], [0.5, 0], [1, 0.5], [0.5, 0.5]]) expect(index.covers(lng, lat)).toBe(true);
    for (const [lng, lat] of [[-1e-9, 0.5], [1 + 1e-9, 0.5], [0.5, 1 + 1e-9]]) expect(index.covers(lng, lat)).toBe(false);
  });
});
