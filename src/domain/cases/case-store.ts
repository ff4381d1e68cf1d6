import { dayFromIsoDate, isoDateFromDay, NO_DAY } from '../time/day-number';
import { CASE_KINDS, FOUND_IN, type CaseKind, type CaseRecord, type FoundIn } from './case-record';

/** Cases as typed-array columns; dates are day numbers (see time/day-number.ts), kinds are indexes. */
export interface CaseStore {
  readonly length: number;
  readonly ids: string[];
  readonly sourceFiles: string[];
  readonly sourceRows: Uint32Array;
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  readonly reportedDay: Int32Array;
  /** NO_DAY where the onset date is unknown. */
  readonly onsetDay: Int32Array;
  /** Index into CASE_KINDS. */
  readonly kind: Uint8Array;
  /** Index into FOUND_IN. */
  readonly foundIn: Uint8Array;
}

/** Columns for `n` cases, to be filled in. */
function allocateCaseStore(n: number) {
  return {
    length: n,
    ids: new Array<string>(n),
    sourceFiles: new Array<string>(n),
    sourceRows: new Uint32Array(n),
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    reportedDay: new Int32Array(n),
    onsetDay: new Int32Array(n),
    kind: new Uint8Array(n),
    foundIn: new Uint8Array(n),
  };
}

/**
 * Builds a case store from records whose dates were already validated.
 * Throws on an invalid date: by then it is a programmer error, not user input.
 */
export function caseStoreFromRecords(records: readonly CaseRecord[]): CaseStore {
  const store = allocateCaseStore(records.length);
  records.forEach((record, i) => {
    const reported = dayFromIsoDate(record.reportedOn);
    if (reported === undefined) throw new Error(`Case ${record.id}: invalid reportedOn ${record.reportedOn}`);
    const onset = record.onsetOn === undefined ? NO_DAY : dayFromIsoDate(record.onsetOn);
    if (onset === undefined) throw new Error(`Case ${record.id}: invalid onsetOn ${record.onsetOn}`);
    store.ids[i] = record.id;
    store.sourceFiles[i] = record.sourceFile;
    store.sourceRows[i] = record.sourceRow;
    store.lng[i] = record.lng;
    store.lat[i] = record.lat;
    store.reportedDay[i] = reported;
    store.onsetDay[i] = onset;
    store.kind[i] = CASE_KINDS.indexOf(record.kind);
    store.foundIn[i] = FOUND_IN.indexOf(record.foundIn);
  });
  return store;
}

/** The case at an index, as a plain record. */
export function caseAt(store: CaseStore, index: number): CaseRecord {
  const onset = store.onsetDay[index];
  return {
    id: store.ids[index],
    lng: store.lng[index],
    lat: store.lat[index],
    reportedOn: isoDateFromDay(store.reportedDay[index]),
    onsetOn: onset === NO_DAY ? undefined : isoDateFromDay(onset),
    kind: CASE_KINDS[store.kind[index]] as CaseKind,
    foundIn: FOUND_IN[store.foundIn[index]] as FoundIn,
    sourceFile: store.sourceFiles[index],
    sourceRow: store.sourceRows[index],
  };
}

/** What the planner needs to know about a set of cases at a glance. */
export interface CaseSummary {
  count: number;
  firstReportedOn?: string;
  lastReportedOn?: string;
  byFoundIn: Record<FoundIn, number>;
  byKind: Record<CaseKind, number>;
}

export function summarizeCases(store: CaseStore): CaseSummary {
  const byFoundIn = Object.fromEntries(FOUND_IN.map((f) => [f, 0])) as Record<FoundIn, number>;
  const byKind = Object.fromEntries(CASE_KINDS.map((k) => [k, 0])) as Record<CaseKind, number>;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < store.length; i++) {
    byFoundIn[FOUND_IN[store.foundIn[i]]]++;
    byKind[CASE_KINDS[store.kind[i]]]++;
    first = Math.min(first, store.reportedDay[i]);
    last = Math.max(last, store.reportedDay[i]);
  }
  return {
    count: store.length,
    firstReportedOn: store.length ? isoDateFromDay(first) : undefined,
    lastReportedOn: store.length ? isoDateFromDay(last) : undefined,
    byFoundIn,
    byKind,
  };
}

/** One store holding the cases of several, in order. */
export function concatCaseStores(stores: readonly CaseStore[]): CaseStore {
  if (stores.length === 1) return stores[0];
  const joined = {
    ...allocateCaseStore(stores.reduce((sum, store) => sum + store.length, 0)),
    ids: stores.flatMap((store) => store.ids),
    sourceFiles: stores.flatMap((store) => store.sourceFiles),
  };
  let offset = 0;
  for (const store of stores) {
    for (const column of ['sourceRows', 'lng', 'lat', 'reportedDay', 'onsetDay', 'kind', 'foundIn'] as const) {
      (joined[column] as { set(from: ArrayLike<number>, at: number): void }).set(store[column], offset);
    }
    offset += store.length;
  }
  return joined;
}
