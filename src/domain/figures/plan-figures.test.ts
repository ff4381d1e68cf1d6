import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStoreFromRecords } from '../cases/case-store';
import { meters } from '../geo/types';
import { GridIndex } from '../households/grid-index';
import { HouseholdStoreBuilder } from '../households/household-store';
import { squareAround } from '../../../test/helpers/zone-builders';
import { FiguresCounter, keptRingsFor, type KeptRings } from './plan-figures';
import type { PolygonEngine } from '../zones/polygon-engine';
import { TIERS } from '../zones/tier';
import { loadPolygonEngine } from '../zones/polygon-engine';

const engine = await loadPolygonEngine();

function counter(kept?: KeptRings, polygons: PolygonEngine = engine) {
  const builder = new HouseholdStoreBuilder();
  // A line of buildings going east from the centre, one every 100 m, 2 households and 5 residents each.
  for (let i = 0; i < 40; i++)
    builder.add({ id: `H${i}`, lng: 120.75 + (i * 100) / 95_700, lat: 30.75, households: 2, residents: 5 });
  const households = builder.build();
  const cases = caseStoreFromRecords([
    {
      id: 'C1',
      lng: 120.75,
      lat: 30.75,
      reportedOn: '2022-04-01',
      kind: 'confirmed',
      foundIn: 'community',
      sourceFile: 'f',
      sourceRow: 2,
    },
    {
      id: 'C2',
      lng: 120.75 + 1000 / 95_700,
      lat: 30.75,
      reportedOn: '2022-04-02',
      kind: 'confirmed',
      foundIn: 'community',
      sourceFile: 'f',
      sourceRow: 3,
    },
  ]);
  const index = new GridIndex(households.lng, households.lat);
  return new FiguresCounter(polygons, households, index, cases, kept ?? keptRingsFor());
}

describe('plan figures', () => {
  it('gives the same tier areas whichever household file is loaded: the plane is laid by the zones (issue 14, item 16)', () => {
    const zones = [
      { id: 'z1', tier: 'sealed' as const, geometry: squareAround(120.75, 30.75, 150) },
      { id: 'z2', tier: 'controlled' as const, geometry: squareAround(120.8, 30.8, 300) },
    ];
    const settings = { controlledBufferMeters: meters(500), precautionBufferMeters: meters(2000) };
    const far = new HouseholdStoreBuilder();
    for (let i = 0; i < 10; i++)
      far.add({ id: `F${i}`, lng: 121.2 - i * 0.01, lat: 30.3, households: 1, residents: 1 });
    const farStore = far.build();
    const near = counter().count(zones, settings);
    const other = new FiguresCounter(
      engine,
      farStore,
      new GridIndex(farStore.lng, farStore.lat),
      caseStoreFromRecords([]),
      keptRingsFor(),
    ).count(zones, settings);
    for (const tier of TIERS) expect(other.tiers[tier].areaSquareMeters).toBe(near.tiers[tier].areaSquareMeters);
  });

  it('F11: counts each building once, in the highest tier, with the rings, and each zone by its own shape', () => {
    const figures = counter().count([{ id: 'z1', tier: 'sealed', geometry: squareAround(120.75, 30.75, 150) }], {
      controlledBufferMeters: meters(500),
      precautionBufferMeters: meters(2000),
    });
    // Buildings at 0 and 100 m are sealed; 200–600 m (within 150 + 500) controlled; 700–2100 m precaution.
    expect(figures.tiers.sealed).toMatchObject({ records: 2, households: 4, residents: 10, cases: 1 });
    expect(figures.tiers.controlled).toMatchObject({ records: 5, cases: 0 });
    expect(figures.tiers.precaution).toMatchObject({ records: 15, cases: 1 });
    expect(figures.zones).toEqual([expect.objectContaining({ id: 'z1', tier: 'sealed', records: 2, cases: 1 })]);
    expect(figures.tiers.sealed.areaSquareMeters).toBeCloseTo(300 * 300, -2);
  });

  it('takes over the rings of the counter before it, and derives them again only for a shape it has not seen', () => {
    const calls = { inflate: 0 };
    const counting: PolygonEngine = { ...engine, inflate: (...args) => (calls.inflate++, engine.inflate(...args)) };
    const settings = { controlledBufferMeters: meters(500), precautionBufferMeters: meters(2000) };
    const sealed = { id: 'z1', tier: 'sealed' as const, geometry: squareAround(120.75, 30.75, 150) };
    const first = counter();
    const kept = first.kept;
    const before = first.count([sealed], settings);
    const next = counter(kept, counting);
    expect(next.count([sealed], settings)).toEqual(before);
    expect(calls.inflate).toBe(0);
    const moved = { ...sealed, geometry: squareAround(120.751, 30.75, 150) };
    const after = next.count([moved], settings);
    expect(calls.inflate).toBeGreaterThan(0);
    expect(after).toEqual(counter().count([moved], settings));
  });

  it('recounts only what changed, and gives the same figures as a fresh count', () => {
    const shared = counter();
    const settings = { controlledBufferMeters: meters(0), precautionBufferMeters: meters(0) };
    const a = { id: 'a', tier: 'controlled' as const, geometry: squareAround(120.76, 30.75, 300) };
    const b = { id: 'b', tier: 'precaution' as const, geometry: squareAround(120.765, 30.75, 300) };
    const first = shared.count([a, b], settings);
    const moved = { ...b, geometry: squareAround(120.766, 30.75, 300) };
    const second = shared.count([a, moved], settings);
    expect(second.zones[0]).toBe(first.zones[0]);
    expect(second).toEqual(counter().count([a, moved], settings));
  });

  it('after any sequence of edits, counts what a fresh count gives (each record once, in its highest tier)', () => {
    const tierOf = ['sealed', 'controlled', 'precaution'] as const;
    // Zones up to 12 km east: their rings are joined in more than one group of nearby zones.
    const zone = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      tier: fc.constantFrom(...tierOf),
      east: fc.integer({ min: 0, max: 120 }),
      half: fc.integer({ min: 20, max: 400 }),
    });
    const settings = fc.record({
      controlled: fc.constantFrom(0, 200, 500),
      precaution: fc.constantFrom(0, 1000, 2000),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uniqueArray(zone, { selector: (z) => z.id, maxLength: 5 }), settings), {
          minLength: 1,
          maxLength: 5,
        }),
        (steps) => {
          const shared = counter();
          for (const [zones, ring] of steps) {
            const plan = zones.map((z) => ({
              id: z.id,
              tier: z.tier,
              geometry: squareAround(120.75 + (z.east * 100) / 95_700, 30.75, z.half),
            }));
            const rings = {
              controlledBufferMeters: meters(ring.controlled),
              precautionBufferMeters: meters(ring.precaution),
            };
            const incremental = shared.count(plan, rings);
            const fresh = counter().count(plan, rings);
            expect(incremental.tiers).toEqual(fresh.tiers);
            expect(incremental.zones).toEqual(fresh.zones);
            const counted = TIERS.reduce((sum, tier) => sum + incremental.tiers[tier].records, 0);
            expect(counted).toBeLessThanOrEqual(40);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never counts fewer records in a tier or higher when a ring grows, whatever the zone's winding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 600 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.boolean(),
        (half, ring, extra, reverse) => {
          const square = squareAround(120.75 + 500 / 95_700, 30.75, half);
          const geometry = reverse
            ? { type: 'Polygon' as const, coordinates: [[...square.coordinates[0]].reverse()] }
            : square;
          const zones = [{ id: 's', tier: 'sealed' as const, geometry }];
          const reached = (controlled: number, precaution: number) => {
            const { tiers } = counter().count(zones, {
              controlledBufferMeters: meters(controlled),
              precautionBufferMeters: meters(precaution),
            });
            return {
              controlled: tiers.sealed.records + tiers.controlled.records,
              any: tiers.sealed.records + tiers.controlled.records + tiers.precaution.records,
            };
          };
          const small = reached(ring, ring + extra);
          const large = reached(ring + extra, ring + 2 * extra);
          expect(large.controlled).toBeGreaterThanOrEqual(small.controlled);
          expect(large.any).toBeGreaterThanOrEqual(small.any);
          const forward = counter().count([{ ...zones[0], geometry: square }], {
            controlledBufferMeters: meters(ring),
            precautionBufferMeters: meters(ring + extra),
          });
          const either = counter().count(zones, {
            controlledBufferMeters: meters(ring),
            precautionBufferMeters: meters(ring + extra),
          });
          expect(either.tiers.sealed.records).toBe(forward.tiers.sealed.records);
        },
      ),
      { numRuns: 40 },
    );
  });
});
