import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { areaCoversPoint } from '../geo/point-in-polygon';
import type { AreaGeometry } from '../geo/types';
import { totalsInArea } from './count-in-areas';
import { TierAssignment } from '../figures/tier-assignment';
import { AreaIndex } from '../geo/area-index';
import { GridIndex } from './grid-index';
import { HouseholdStoreBuilder, type HouseholdStore } from './household-store';

function storeOf(points: Position[]): HouseholdStore {
  const builder = new HouseholdStoreBuilder();
  points.forEach(([lng, lat], i) =>
    builder.add({ id: `H${i}`, lng, lat, households: 1 + (i % 3), residents: 2 + (i % 5) }),
  );
  return builder.build();
}

/** The oracle: every point tested against every area, no index. */
function bruteForce(store: HouseholdStore, area: AreaGeometry) {
  let records = 0;
  let households = 0;
  let residents = 0;
  for (let i = 0; i < store.length; i++) {
    if (areaCoversPoint(area, store.lng[i], store.lat[i])) {
      records++;
      households += store.households[i];
      residents += store.residents[i];
    }
  }
  return { records, households, residents };
}

/** A convex polygon around a centre (sorted angles), optionally with a square hole in the middle. */
const convexZone = fc
  .record({
    lng: fc.double({ min: 120.7, max: 120.8, noNaN: true }),
    lat: fc.double({ min: 30.7, max: 30.8, noNaN: true }),
    radius: fc.double({ min: 0.001, max: 0.03, noNaN: true }),
    angles: fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 24 }),
    hole: fc.boolean(),
  })
  .map(({ lng, lat, radius, angles, hole }): Polygon => {
    const ring: Position[] = [...angles]
      .sort((a, b) => a - b)
      .map((a) => [lng + radius * Math.cos((a * Math.PI) / 180), lat + radius * Math.sin((a * Math.PI) / 180)]);
    const coordinates = [[...ring, ring[0]]];
    const h = radius / 10;
    if (hole)
      coordinates.push([
        [lng - h, lat - h],
        [lng - h, lat + h],
        [lng + h, lat + h],
        [lng + h, lat - h],
        [lng - h, lat - h],
      ]);
    return { type: 'Polygon', coordinates };
  });

const randomPoints = fc.array(
  fc.tuple(fc.double({ min: 120.66, max: 120.84, noNaN: true }), fc.double({ min: 30.66, max: 30.84, noNaN: true })),
  { minLength: 1, maxLength: 400 },
);

describe('counting households in areas', () => {
  it('equals the brute-force oracle, with points on vertices and edges counted as inside', () => {
    fc.assert(
      fc.property(convexZone, randomPoints, fc.integer({ min: 20, max: 2000 }), (zone, points, cellMeters) => {
        const ring = zone.coordinates[0];
        const onBoundary: Position[] = [
          ring[0],
          ring[1],
          [(ring[0][0] + ring[1][0]) / 2, (ring[0][1] + ring[1][1]) / 2],
        ];
        const store = storeOf([...points, ...onBoundary]);
        const index = new GridIndex(store.lng, store.lat, cellMeters);
        expect(totalsInArea(store, index, zone)).toEqual(bruteForce(store, zone));
        expect(areaCoversPoint(zone, ring[1][0], ring[1][1])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the oracle for points crowded along the edges, where cells are only grazed', () => {
    const nearEdges = (zone: Polygon, picks: [number, number, number, number][]): Position[] => {
      const ring = zone.coordinates[0];
      return picks.map(([edge, t, dx, dy]) => {
        const a = ring[edge % (ring.length - 1)];
        const b = ring[(edge % (ring.length - 1)) + 1];
        return [a[0] + t * (b[0] - a[0]) + dx, a[1] + t * (b[1] - a[1]) + dy];
      });
    };
    const offset = fc.oneof(
      fc.constant(0),
      fc.double({ min: -1e-4, max: 1e-4, noNaN: true }),
      fc.double({ min: -1e-8, max: 1e-8, noNaN: true }),
    );
    const pick = fc.tuple(fc.nat(100), fc.double({ min: 0, max: 1, noNaN: true }), offset, offset);
    fc.assert(
      fc.property(
        convexZone,
        fc.array(pick, { minLength: 1, maxLength: 300 }),
        randomPoints,
        fc.integer({ min: 10, max: 300 }),
        (zone, picks, points, cellMeters) => {
          const store = storeOf([...nearEdges(zone, picks), ...points]);
          const index = new GridIndex(store.lng, store.lat, cellMeters);
          expect(totalsInArea(store, index, zone)).toEqual(bruteForce(store, zone));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on ring winding', () => {
    fc.assert(
      fc.property(convexZone, randomPoints, (zone, points) => {
        const store = storeOf(points);
        const index = new GridIndex(store.lng, store.lat, 200);
        const reversed: Polygon = { type: 'Polygon', coordinates: zone.coordinates.map((ring) => [...ring].reverse()) };
        expect(totalsInArea(store, index, reversed)).toEqual(totalsInArea(store, index, zone));
      }),
      { numRuns: 100 },
    );
  });

  it('counts each record once, in the highest tier that covers it', () => {
    fc.assert(
      fc.property(
        fc.array(convexZone, { minLength: 1, maxLength: 3 }),
        fc.array(convexZone, { maxLength: 3 }),
        fc.array(convexZone, { maxLength: 3 }),
        randomPoints,
        (sealed, controlled, precaution, points) => {
          const store = storeOf(points);
          const index = new GridIndex(store.lng, store.lat, 300);
          const assignment = new TierAssignment(store, index);
          // Each tier's zones as one area (overlapping polygons are fine: any one covering counts).
          const prepare = (areas: Polygon[]) => {
            if (areas.length === 0) return [];
            const area: AreaGeometry = { type: 'MultiPolygon', coordinates: areas.map((a) => a.coordinates) };
            return [{ area, index: new AreaIndex(area) }];
          };
          assignment.assign({
            sealed: prepare(sealed),
            controlled: prepare(controlled),
            precaution: prepare(precaution),
          });
          const byTier = assignment.totals;
          const tierOf = (i: number) =>
            sealed.some((a) => areaCoversPoint(a, store.lng[i], store.lat[i]))
              ? 'sealed'
              : controlled.some((a) => areaCoversPoint(a, store.lng[i], store.lat[i]))
                ? 'controlled'
                : precaution.some((a) => areaCoversPoint(a, store.lng[i], store.lat[i]))
                  ? 'precaution'
                  : undefined;
          const expected = { sealed: 0, controlled: 0, precaution: 0 };
          for (let i = 0; i < store.length; i++) {
            const tier = tierOf(i);
            if (tier) expected[tier]++;
          }
          expect({
            sealed: byTier.sealed.records,
            controlled: byTier.controlled.records,
            precaution: byTier.precaution.records,
          }).toEqual(expected);
          expect(byTier.sealed.records + byTier.controlled.records + byTier.precaution.records).toBeLessThanOrEqual(
            store.length,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles an empty store', () => {
    const store = storeOf([]);
    const index = new GridIndex(store.lng, store.lat);
    expect(
      totalsInArea(store, index, {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toEqual({ records: 0, households: 0, residents: 0 });
  });
});
