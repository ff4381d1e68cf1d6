import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './case-record';
import { caseAt, caseStoreFromRecords, summarizeCases } from './case-store';

const cases: CaseRecord[] = [
  {
    id: 'A',
    lng: 120.7,
    lat: 30.7,
    reportedOn: '2022-03-26',
    kind: 'asymptomatic',
    foundIn: 'quarantine',
    sourceFile: 'f',
    sourceRow: 2,
  },
  {
    id: 'B',
    lng: 120.8,
    lat: 30.8,
    reportedOn: '2022-03-28',
    onsetOn: '2022-03-27',
    kind: 'confirmed',
    foundIn: 'community',
    sourceFile: 'f',
    sourceRow: 3,
  },
];

describe('case store', () => {
  it('round-trips records through its columns', () => {
    const store = caseStoreFromRecords(cases);
    expect(caseAt(store, 0)).toEqual({ ...cases[0], onsetOn: undefined });
    expect(caseAt(store, 1)).toEqual(cases[1]);
  });

  it('summarises counts and the date range', () => {
    const summary = summarizeCases(caseStoreFromRecords(cases));
    expect(summary.count).toBe(2);
    expect(summary.firstReportedOn).toBe('2022-03-26');
    expect(summary.lastReportedOn).toBe('2022-03-28');
    expect(summary.byFoundIn).toEqual({ community: 1, quarantine: 1, screening: 0, imported: 0 });
    expect(summary.byKind).toEqual({ confirmed: 1, asymptomatic: 1 });
    expect(summarizeCases(caseStoreFromRecords([])).firstReportedOn).toBeUndefined();
  });

  it('refuses an invalid date as a programmer error', () => {
    expect(() => caseStoreFromRecords([{ ...cases[0], reportedOn: '2022-02-30' }])).toThrow(/invalid reportedOn/);
  });
});
