import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { arbitraryArea as area, between } from '../../../test/helpers/arbitrary-areas';
import { AreaIndex } from './area-index';
import { areaCoversPoint } from './point-in-polygon';
import type { AreaGeometry } from './types';

describe('the banded area index', () => {
  it('gives exactly what areaCoversPoint gives, on random points, on every vertex and on edge midpoints, valid area or not', () => {
    fc.assert(
      fc.property(
        area,
        fc.array(fc.tuple(between(-3, 45), between(-3, 13)), { maxLength: 200 }),
        (geometry, points) => {
          const index = new AreaIndex(geometry);
          const probes: Position[] = [...points];
          for (const polygon of geometry.coordinates as Position[][][]) {
            for (const positions of polygon) {
              for (let i = 0; i + 1 < positions.length; i++) {
                probes.push(positions[i], [
                  (positions[i][0] + positions[i + 1][0]) / 2,
                  (positions[i][1] + positions[i + 1][1]) / 2,
                ]);
                // Same latitude as a vertex: the ray passes through it.
                probes.push([positions[i][0] - 0.37, positions[i][1]]);
              }
            }
          }
          for (const [lng, lat] of probes) expect(index.covers(lng, lat)).toBe(areaCoversPoint(geometry, lng, lat));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('covers every vertex and edge of a square, and nothing just outside', () => {
    const square: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const index = new AreaIndex(square);
    for (const [lng, lat] of [
      [0, 0],
      [1, 1],
      [0.5, 0],
      [1, 0.5],
      [0.5, 0.5],
    ])
      expect(index.covers(lng, lat)).toBe(true);
    for (const [lng, lat] of [
      [-1e-9, 0.5],
      [1 + 1e-9, 0.5],
      [0.5, 1 + 1e-9],
    ])
      expect(index.covers(lng, lat)).toBe(false);
  });
});
