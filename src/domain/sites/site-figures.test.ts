import { describe, expect, it } from 'vitest';
import { caseStoreFromRecords } from '../cases/case-store';
import { dayFromIsoDate } from '../time/day-number';
import { dailyCases } from './site-figures';

describe('the isolation window’s daily cases', () => {
  it('counts each day up to the day read on, oldest first, and none outside the window', () => {
    const at = (reportedOn: string, i: number) => ({
      id: `C${i}`,
      lng: 120.75,
      lat: 30.75,
      reportedOn,
      kind: 'confirmed' as const,
      foundIn: 'community' as const,
      sourceFile: 'test',
      sourceRow: i + 1,
    });
    const store = caseStoreFromRecords(['2022-04-10', '2022-04-14', '2022-04-14', '2022-04-20', '2022-04-21'].map(at));
    expect(dailyCases(store, dayFromIsoDate('2022-04-20') as number, 7)).toEqual([2, 0, 0, 0, 0, 0, 1]);
    expect(dailyCases(caseStoreFromRecords([]), 0, 3)).toEqual([0, 0, 0]);
  });
});
