import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geodesicDestination, geodesicMeters } from '../geo/geodesic';
import { GridIndex } from '../households/grid-index';
import { HouseholdStoreBuilder } from '../households/household-store';
import { TIERS, type Tier } from '../zones/tier';
import type { Site } from './site';
import { testingCoverage, type CoverageZone } from './testing-coverage';

interface Scene {
  points: [number, number][];
  sites: Site[];
  walkingMeters: number;
  boxes: [number, number, number, number][];
}

const position = fc.tuple(
  fc.double({ min: 120.74, max: 120.78, noNaN: true }),
  fc.double({ min: 30.74, max: 30.77, noNaN: true }),
);

/**
 * Random records around random sites: some at random, some repeated at one place, and some
 * placed exactly at the walking distance of a site (the distance is then taken from one of them,
 * so the oracle's measure and the walk's are the same number).
 */
const scene: fc.Arbitrary<Scene> = fc
  .record({
    loose: fc.array(position, { maxLength: 300 }),
    sites: fc.array(
      fc.record({
        at: position,
        kind: fc.constantFrom<Site['kind']>('testing', 'testing', 'isolation', 'supply', 'checkpoint'),
        capacity: fc.integer({ min: 0, max: 800 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    walking: fc.double({ min: 50, max: 1500, noNaN: true }),
    rim: fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 360, noNaN: true })), { maxLength: 20 }),
    repeats: fc.nat({ max: 5 }),
    boxes: fc.array(fc.tuple(position, position), { maxLength: 4 }),
  })
  .map(({ loose, sites, walking, rim, repeats, boxes }) => {
    const planned: Site[] = sites.map((site, i) => ({
      id: `S${i}`,
      name: `site ${i}`,
      kind: site.kind,
      lng: site.at[0],
      lat: site.at[1],
      capacity: site.capacity,
    }));
    const points: [number, number][] = [...loose];
    for (let i = 0; i < repeats && loose.length; i++) points.push(loose[0]);
    let walkingMeters = walking;
    rim.forEach(([which, bearing], i) => {
      const site = planned[which % planned.length];
      const at = geodesicDestination([site.lng, site.lat], bearing, walking);
      points.push(at);
      if (i === 0) walkingMeters = geodesicMeters([site.lng, site.lat], at);
    });
    return {
      points,
      sites: planned,
      walkingMeters,
      boxes: boxes.map(([a, b]) => [
        Math.min(a[0], b[0]),
        Math.min(a[1], b[1]),
        Math.max(a[0], b[0]),
        Math.max(a[1], b[1]),
      ]),
    };
  });

const tierOfRecord = (i: number): Tier | undefined => [...TIERS, undefined][i % 4];

function compute({ points, sites, walkingMeters, boxes }: Scene) {
  const builder = new HouseholdStoreBuilder();
  points.forEach(([lng, lat], i) => builder.add({ id: `H${i}`, lng, lat, households: 1, residents: 1 + (i % 7) }));
  const store = builder.build();
  const index = new GridIndex(store.lng, store.lat);
  const inBox = ([west, south, east, north]: number[], lng: number, lat: number) =>
    lng >= west && lng <= east && lat >= south && lat <= north;
  const zones: CoverageZone[] = boxes.map((box, z) => ({
    id: `Z${z}`,
    tier: 'sealed',
    bbox: box,
    residents: points.reduce((sum, [lng, lat], i) => sum + (inBox(box, lng, lat) ? store.residents[i] : 0), 0),
    covers: (lng, lat) => inBox(box, lng, lat),
  }));
  const tierTotals = Object.fromEntries(
    TIERS.map((tier) => [
      tier,
      {
        records: 0,
        households: 0,
        residents: points.reduce((sum, _, i) => sum + (tierOfRecord(i) === tier ? store.residents[i] : 0), 0),
      },
    ]),
  ) as Record<Tier, { records: number; households: number; residents: number }>;
  const result = testingCoverage({
    households: store,
    index,
    sites,
    tierAt: (k) => tierOfRecord(index.order[k]),
    tierTotals,
    zones,
    settings: { walkingMeters, targetRoundHours: 12, swabsPerResident: 1 },
  });

  // The oracle: every record measured against every testing site.
  const testing = sites.filter((site) => site.kind === 'testing');
  const reaches = (site: Site, i: number) => geodesicMeters([site.lng, site.lat], points[i]) <= walkingMeters;
  const covered = points.map((_, i) => testing.some((site) => reaches(site, i)));
  const expectedTiers = Object.fromEntries(
    TIERS.map((tier) => {
      let inside = 0;
      points.forEach((_, i) => {
        if (tierOfRecord(i) === tier && covered[i]) inside += store.residents[i];
      });
      return [tier, { residentsCovered: inside, residentsUncovered: tierTotals[tier].residents - inside }];
    }),
  );
  const expectedZones = zones.map((zone, z) => {
    const inside = points.map(([lng, lat]) => inBox(boxes[z], lng, lat));
    const residentsCovered = points.reduce((sum, _, i) => sum + (inside[i] && covered[i] ? store.residents[i] : 0), 0);
    return {
      id: zone.id,
      residentsCovered,
      residentsUncovered: zone.residents - residentsCovered,
      siteIds: testing.filter((site) => points.some((_, i) => inside[i] && reaches(site, i))).map((site) => site.id),
    };
  });
  return { result, expectedTiers, expectedZones, covered, index };
}

describe('testing coverage', () => {
  it('equals a brute-force count on random sites and records: each record once, a point exactly at the distance covered', () => {
    fc.assert(
      fc.property(scene, (input) => {
        const { result, expectedTiers, expectedZones, covered, index } = compute(input);
        expect(result.tiers).toEqual(expectedTiers);
        expect(
          result.zones.map(({ id, residentsCovered, residentsUncovered, siteIds }) => ({
            id,
            residentsCovered,
            residentsUncovered,
            siteIds,
          })),
        ).toEqual(expectedZones);
        expect(
          [...result.covered].map((flag, k) => [index.order[k], flag === 1]).sort((a, b) => +a[0] - +b[0]),
        ).toEqual(covered.map((flag, i) => [i, flag]));
      }),
      { numRuns: 150 },
    );
  });

  it('counts a point exactly at the walking distance as covered, and one a millimetre beyond as not', () => {
    const site: Site = { id: 'T', name: 'T', kind: 'testing', lng: 120.75, lat: 30.75, capacity: 100 };
    const at = geodesicDestination([site.lng, site.lat], 37, 500);
    const beyond = geodesicDestination([site.lng, site.lat], 37, 500.001);
    const walkingMeters = geodesicMeters([site.lng, site.lat], at);
    const { result } = compute({ points: [at, beyond], sites: [site], walkingMeters, boxes: [] });
    expect([...result.covered].filter(Boolean)).toHaveLength(1);
  });

  it('times a round from the serving sites’ capacity and flags a zone whose round does not fit the target', () => {
    const sites: Site[] = [
      { id: 'A', name: 'A', kind: 'testing', lng: 120.75, lat: 30.75, capacity: 300 },
      { id: 'B', name: 'B', kind: 'testing', lng: 120.751, lat: 30.75, capacity: 100 },
      { id: 'far', name: 'far', kind: 'testing', lng: 120.9, lat: 30.9, capacity: 10_000 },
    ];
    const points: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      120.7495 + (i % 20) * 5e-5,
      30.7495 + Math.floor(i / 20) * 1e-4,
    ]);
    const near = compute({ points, sites, walkingMeters: 500, boxes: [[120.749, 30.749, 120.752, 30.752]] }).result
      .zones[0];
    // Residents 1..7 cycling: 200 records hold 794 residents; 400 swabs an hour.
    expect(near.siteIds).toEqual(['A', 'B']);
    expect(near.swabsNeeded).toBe(794);
    expect(near.swabsPerHour).toBe(400);
    expect(near.roundHours).toBeCloseTo(794 / 400, 10);
    expect(near.fits).toBe(true);
    const slow = compute({
      points,
      sites: [{ ...sites[1], capacity: 50 }],
      walkingMeters: 500,
      boxes: [[120.749, 30.749, 120.752, 30.752]],
    }).result.zones[0];
    expect(slow.roundHours).toBeCloseTo(794 / 50, 10);
    expect(slow.fits).toBe(false);
    const unserved = compute({
      points,
      sites: [sites[2]],
      walkingMeters: 500,
      boxes: [[120.749, 30.749, 120.752, 30.752]],
    }).result.zones[0];
    expect(unserved).toMatchObject({
      siteIds: [],
      roundHours: null,
      fits: null,
      residentsCovered: 0,
      residentsUncovered: 794,
    });
  });
});
