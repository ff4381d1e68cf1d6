import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Position } from 'geojson';
import { arbitraryArea, between } from '../../../test/helpers/arbitrary-areas';
import { AreaIndex } from '../geo/area-index';
import { areaCoversPoint } from '../geo/point-in-polygon';
import type { AreaGeometry } from '../geo/types';
import { polygonsOf } from '../zones/zone-geometry';
import { forEachPointInArea } from './count-in-areas';
import { GridIndex } from './grid-index';

/** Points on, beside and a hair off every vertex and edge, and on the vertices' latitudes. */
function probesAround(area: AreaGeometry, offsets: number[]): Position[] {
  const probes: Position[] = [];
  for (const polygon of polygonsOf(area)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        probes.push(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], [a[0] - 0.37, a[1]]);
        for (const d of offsets)
          probes.push([a[0] + 0.3 * (b[0] - a[0]) + d, a[1] + 0.3 * (b[1] - a[1]) - d], [a[0] + d, a[1] + d]);
      }
    }
  }
  return probes;
}

/** The records the walk finds in an area, by their index, sorted. */
function found(index: GridIndex, area: AreaGeometry, prepared = new AreaIndex(area)): number[] {
  const records: number[] = [];
  forEachPointInArea(index, area, (i) => records.push(i), prepared);
  return records.sort((a, b) => a - b);
}

describe('point tests against the edges of a crossed cell', () => {
  it('give exactly what areaCoversPoint gives, crowded along edges and at cell centres, valid area or not', () => {
    const offset = fc.oneof(
      fc.constant(1e-13),
      fc.constant(-4e-12),
      fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
      fc.double({ min: -1e-9, max: 1e-9, noNaN: true }),
    );
    const point = fc.tuple(between(-3, 45), between(-3, 13));
    fc.assert(
      fc.property(
        arbitraryArea,
        fc.array(point, { maxLength: 300 }),
        fc.array(offset, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 5_000, max: 300_000 }),
        fc.boolean(),
        (closed, points, offsets, cellMeters, open) => {
          // Rings as GeoJSON closes them, or left open (the last vertex back to the first is still an edge).
          const area: AreaGeometry = open
            ? {
                type: 'MultiPolygon',
                coordinates: polygonsOf(closed).map((polygon) => polygon.map((ring) => ring.slice(0, -1))),
              }
            : closed;
          const probes = [...points, ...probesAround(area, offsets)];
          // Cell centres of the grid the probes make (a centre on an edge has no quick test).
          const lng = Float64Array.from(probes, (p) => p[0]);
          const lat = Float64Array.from(probes, (p) => p[1]);
          const first = new GridIndex(lng, lat, cellMeters);
          for (let c = 0; c < Math.min(first.columns, 40); c++) {
            for (let r = 0; r < Math.min(first.rows, 40); r++)
              probes.push([first.west + (c + 0.5) * first.cellLng, first.south + (r + 0.5) * first.cellLat]);
          }
          const index = new GridIndex(
            Float64Array.from(probes, (p) => p[0]),
            Float64Array.from(probes, (p) => p[1]),
            cellMeters,
          );
          const expected = probes.flatMap(([x, y], i) => (areaCoversPoint(area, x, y) ? [i] : []));
          expect(found(index, area)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give exactly what areaCoversPoint gives when the area reaches far past the points (edges off the grid)', () => {
    // Points within 0.4 of the middle of the area's first ring (its radii are 0.5–2): most edges lie off the grid.
    const offset = fc.integer({ min: -400, max: 400 }).map((n) => n / 1000);
    fc.assert(
      fc.property(
        arbitraryArea,
        fc.array(fc.tuple(offset, offset), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 2_000, max: 20_000 }),
        (area, offsets, cellMeters) => {
          const first = polygonsOf(area)[0][0];
          const [mx, my] = [
            first.reduce((sum, p) => sum + p[0], 0) / first.length,
            first.reduce((sum, p) => sum + p[1], 0) / first.length,
          ];
          const probes: Position[] = offsets.map(([dx, dy]) => [mx + dx, my + dy]);
          const index = new GridIndex(
            Float64Array.from(probes, (p) => p[0]),
            Float64Array.from(probes, (p) => p[1]),
            cellMeters,
          );
          const expected = probes.flatMap(([x, y], i) => (areaCoversPoint(area, x, y) ? [i] : []));
          expect(found(index, area)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("give exactly what areaCoversPoint gives when vertices lie on the rows' centre lines or at cell centres", () => {
    const spot = fc.tuple(
      fc.integer({ min: 0, max: 11 }),
      fc.integer({ min: 0, max: 11 }),
      fc.constantFrom(0, 0.5, 0.25, 1),
    );
    fc.assert(
      fc.property(
        fc.array(spot, { minLength: 3, maxLength: 12 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 200,
        }),
        (spots, picks) => {
          // A grid of 12 × 12 cells of 100 m over Jiaxing, pinned by its corner points.
          const [west, south] = [120.7, 30.7];
          // (A grid's cell width follows its middle latitude: every grid here spans the same latitudes.)
          const top = south + 0.999 * 12 * new GridIndex(Float64Array.of(west), Float64Array.of(south)).cellLat;
          const corners = new GridIndex(Float64Array.of(west, west), Float64Array.of(south, top));
          const [cellLng, cellLat] = [corners.cellLng, corners.cellLat];
          const spanned = (u: number, v: number): Position => [
            west + u * 12 * cellLng,
            Math.min(top, south + v * 12 * cellLat),
          ];
          // Vertices on centre lines (row + 0.5), on cell edges (row + 0 or + 1) and in between.
          const ring: Position[] = spots.map(([c, r, at]) => [west + (c + at) * cellLng, south + (r + 0.5) * cellLat]);
          const area: AreaGeometry = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
          const probes: Position[] = [[west, south], [west, top], ...picks.map(([u, v]) => spanned(u, v))];
          for (let c = 0; c < 12; c++)
            for (let r = 0; r < 12; r++) probes.push([west + (c + 0.5) * cellLng, south + (r + 0.5) * cellLat]);
          const index = new GridIndex(
            Float64Array.from(probes, (p) => p[0]),
            Float64Array.from(probes, (p) => p[1]),
          );
          expect([index.west, index.south, index.cellLng, index.cellLat]).toEqual([west, south, cellLng, cellLat]);
          const expected = probes.flatMap(([x, y], i) => (areaCoversPoint(area, x, y) ? [i] : []));
          expect(found(index, area)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('give exactly what areaCoversPoint gives in a row where more rings meet than the quick tests follow', () => {
    // Forty squares (with a hole in every other one) side by side in one band: 60 rings a row.
    const square = (x: number, size: number): Position[] => [
      [x, 0],
      [x + size, 0],
      [x + size, size],
      [x, size],
      [x, 0],
    ];
    const area: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: Array.from({ length: 40 }, (_, k) =>
        k % 2 ? [square(k, 0.8)] : [square(k, 0.8), square(k + 0.3, 0.2).reverse()],
      ),
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(between(-1, 41), between(-0.2, 1)), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 2_000, max: 100_000 }),
        (probes, cellMeters) => {
          const index = new GridIndex(
            Float64Array.from(probes, (p) => p[0]),
            Float64Array.from(probes, (p) => p[1]),
            cellMeters,
          );
          const expected = probes.flatMap(([x, y], i) => (areaCoversPoint(area, x, y) ? [i] : []));
          expect(found(index, area)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('leave most points of a crossed cell to the few edges there, not to the full test', () => {
    const ring: Position[] = Array.from({ length: 200 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 200;
      return [120.75 + 0.01 * Math.cos(angle), 30.75 + 0.008 * Math.sin(angle)];
    });
    const area: AreaGeometry = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
    const lng = new Float64Array(20_000);
    const lat = new Float64Array(20_000);
    for (let i = 0; i < lng.length; i++)
      [lng[i], lat[i]] = [120.735 + 0.03 * ((i * 0.618034) % 1), 30.74 + 0.02 * ((i * 0.414214) % 1)];
    const index = new GridIndex(lng, lat, 100);
    const prepared = new AreaIndex(area);
    const covers = vi.spyOn(prepared, 'covers');
    const records = found(index, area, prepared);
    expect(records).toEqual(Array.from(lng.keys()).filter((i) => areaCoversPoint(area, lng[i], lat[i])));
    // Only the centres of runs of whole cells, and points too close to call, get the full test.
    expect(covers.mock.calls.length).toBeLessThan(records.length / 10);
  });
});
