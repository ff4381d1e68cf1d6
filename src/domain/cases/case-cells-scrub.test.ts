import * as h3 from 'h3-js';
import { describe, expect, it, vi } from 'vitest';
import { CaseCells } from './case-cells';
import { caseStoreFromRecords } from './case-store';
import { isoDateFromDay } from '../time/day-number';

vi.mock('h3-js', async (original) => {
  const actual = await original<typeof import('h3-js')>();
  return { ...actual, latLngToCell: vi.fn(actual.latLngToCell), cellToParent: vi.fn(actual.cellToParent) };
});

describe('scrubbing the time slider', () => {
  it('never calls h3: after the one indexing, every window at every resolution is a pass over the columns', async () => {
    const store = caseStoreFromRecords(
      Array.from({ length: 500 }, (_, i) => ({
        id: `C${i}`,
        lng: 120.7 + (i % 50) * 1e-3,
        lat: 30.7 + Math.floor(i / 50) * 1e-3,
        reportedOn: isoDateFromDay(19_077 + (i % 30)),
        kind: 'confirmed' as const,
        foundIn: 'community' as const,
        sourceFile: 'f',
        sourceRow: i + 2,
      })),
    );
    const cells = await CaseCells.build(store);
    // At most once a case (cases deep inside a cell already met need no call).
    expect(vi.mocked(h3.latLngToCell).mock.calls.length).toBeGreaterThan(0);
    expect(vi.mocked(h3.latLngToCell).mock.calls.length).toBeLessThanOrEqual(500);
    vi.mocked(h3.latLngToCell).mockClear();
    vi.mocked(h3.cellToParent).mockClear();
    let total = 0;
    for (let day = 19_077; day < 19_107; day++)
      for (let resolution = 6; resolution <= 10; resolution++)
        total += cells.countsIn(store, resolution, { fromDay: day - 6, toDay: day }).counts.length;
    expect(total).toBeGreaterThan(0);
    expect(vi.mocked(h3.latLngToCell)).not.toHaveBeenCalled();
    expect(vi.mocked(h3.cellToParent)).not.toHaveBeenCalled();
  });
});
