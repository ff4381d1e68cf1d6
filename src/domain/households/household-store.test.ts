import { describe, expect, it } from 'vitest';
import { householdAt, HouseholdStoreBuilder, householdTotals } from './household-store';
import { densityGrid } from './density-grid';
import { meters } from '../geo/types';

const record = (i: number) => ({
  id: `H${i}`,
  lng: 120.7 + i * 1e-4,
  lat: 30.7,
  households: i % 5,
  residents: 2 * (i % 5),
  gridId: `G${i % 3}`,
});

describe('household store', () => {
  it('grows past its initial capacity and keeps every record exactly', () => {
    const builder = new HouseholdStoreBuilder(2);
    for (let i = 0; i < 1000; i++) builder.add(record(i));
    const store = builder.build();
    expect(store.length).toBe(1000);
    expect(store.lng.length).toBe(1000);
    expect(householdAt(store, 999)).toEqual(record(999));
    expect(householdTotals(store)).toEqual({ records: 1000, households: 2000, residents: 4000 });
  });

  it('sums households on a grid without losing any', () => {
    const builder = new HouseholdStoreBuilder();
    for (let i = 0; i < 500; i++) builder.add(record(i));
    const store = builder.build();
    const grid = densityGrid(store, meters(100));
    expect(grid.households.reduce((a, b) => a + b, 0)).toBe(householdTotals(store).households);
    expect(grid.length).toBeGreaterThan(1);
    expect(densityGrid(new HouseholdStoreBuilder().build(), meters(100)).length).toBe(0);
  });
});
