/** The state of reading a table's rows, and the helpers each row's reading uses (src/io/import/read-row.ts). */
import type { CaseRecord } from '../../domain/cases/case-record';
import { IdIndex } from '../../domain/collections/id-index';
import type { BBox } from '../../domain/geo/types';
import type { HouseholdRecord } from '../../domain/households/household-record';
import { HouseholdStoreBuilder } from '../../domain/households/household-store';
import type { Site } from '../../domain/sites/site';
import type { ColumnRole } from './column-roles';
import type { ImportOptions, ImportReport } from './import-types';
import type { ParsedTable } from './parse-table';
import { parseCount } from './parse-values';
import { MAX_HOUSEHOLDS_PER_RECORD, MAX_RESIDENTS_PER_RECORD } from '../../domain/households/household-record';
import { sameRecord } from './record-values';
import type { RowCells } from './row-cells';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
/** A value as compared with the known aliases: NFKC, trimmed, lower case. */
export const key = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** What reading the rows builds up; one object, so that no closures are made per row. */
export interface RowState {
  table: ParsedTable;
  options: ImportOptions;
  report: ImportReport;
  cases: CaseRecord[];
  sites: Site[];
  households: HouseholdStoreBuilder;
  /** The accepted records by id: each one's index into cases/households and the line it came from. */
  firstIndex: IdIndex;

  /** The mapped columns, by role. */
  mapped: [ColumnRole, number][];
  /** What was done to the current row's values, counted once each and only if the row is taken. */
  rowNotes: string[];
  /** Where positions must fall. */
  area: BBox;
  /** The column of each role, -1 when not mapped: one object of fixed shape, fast to read for every row. */
  columns: Record<ColumnRole, number>;
  /** The rows being read are known to hold no control characters. */
  clean: boolean;
  /** One string for each grid name seen: a million rows in a thousand grids keep a thousand strings, not a million. */
  gridNames: Map<string, string>;
}

export function headerOf(state: RowState, role: ColumnRole): string | undefined {
  const column = state.options.roles[role];
  return column === undefined ? undefined : state.table.headers[column];
}

export function rejectRow(
  state: RowState,
  line: number,
  role: ColumnRole | readonly ColumnRole[] | undefined,
  key: string,
  value?: string,
  values?: Record<string, string | number>,
): void {
  // A fault of the pair (swapped, 0,0) names both of its columns: "lng + lat".
  const roles = role === undefined ? [] : typeof role === 'string' ? [role] : role;
  const headers = roles.map((each) => headerOf(state, each)).filter((header) => header !== undefined);
  state.report.rejections.push({
    line,
    column: headers.length > 0 ? headers.join(' + ') : undefined,
    value: value === undefined ? undefined : shorten(value),
    key,
    values,
  });
  state.report.rejected++;
}

export function countTransform(state: RowState, transform: string): void {
  state.report.transforms[transform] = (state.report.transforms[transform] ?? 0) + 1;
}

export function cellOf(state: RowState, cells: RowCells, role: ColumnRole): string | undefined {
  const column = state.columns[role];
  if (column === -1) return undefined;
  const raw = cells.text(column);
  if (state.clean || !CONTROL_TEST.test(raw)) return raw;
  countTransform(state, 'controlCharactersRemoved');
  return raw.replace(CONTROL, '');
}

/**
 * A count column: `fallback` (with the transform noted) when the column is not mapped, the
 * count when it reads, undefined when the row was refused for it.
 */
export function readCount(
  state: RowState,
  cells: RowCells,
  line: number,
  role: ColumnRole,
  fallback: number,
  transform: string,
): number | undefined {
  const column = state.columns[role];
  if (column === -1) {
    state.rowNotes.push(transform);
    return fallback;
  }
  const max = role === 'residents' ? MAX_RESIDENTS_PER_RECORD : MAX_HOUSEHOLDS_PER_RECORD;
  const plain = cells.count(column);
  if (!Number.isNaN(plain) && plain <= max) return plain;
  const text = cellOf(state, cells, role) as string;
  const parsed = parseCount(text, !state.options.decimalComma);
  if (!parsed.ok) {
    rejectRow(state, line, role, `value_${parsed.problem}`, text);
    return undefined;
  }
  if (parsed.value > max) {
    // Never stored: a Uint32Array would wrap 2^32 to 0, and no record holds this many.
    rejectRow(state, line, role, 'value_too-large', text, { max });
    return undefined;
  }
  if (parsed.note) state.rowNotes.push(parsed.note);
  return parsed.value;
}

/** A column of named values (kind, where found): like readCount, with an alias table. */
export function readChoice<T extends string>(
  state: RowState,
  cells: RowCells,
  line: number,
  role: ColumnRole,
  aliases: Record<string, T>,
  fallback: T,
  problem: string,
  transform: string,
): T | undefined {
  const text = cellOf(state, cells, role);
  if (text === undefined) {
    state.rowNotes.push(transform);
    return fallback;
  }
  // Own keys only: "constructor" or "toString" in a kind column is an unknown value, not Object's.
  const name = key(text);
  const value = Object.hasOwn(aliases, name) ? aliases[name] : undefined;
  if (!value) rejectRow(state, line, role, problem, text);
  return value;
}

/**
 * Whether this is the first record with its id. A later identical one is skipped; a later
 * different one is refused as a conflict (never last-wins). Records are compared only then.
 */
export function isFirstOfId(
  state: RowState,
  line: number,
  id: string,
  record: CaseRecord | HouseholdRecord | Site,
): boolean {
  const earlier = state.firstIndex.get(id);
  if (earlier === -1) {
    const known = state.options.existing?.(id);
    if (known) {
      if (sameRecord(known, record)) {
        state.report.skips.push({ line, column: headerOf(state, 'id'), value: shorten(id), key: 'skipExisting' });
        state.report.skipped++;
      } else rejectRow(state, line, 'id', 'rowConflictExisting', id);
      return false;
    }
    state.firstIndex.add(id, line);
    return true;
  }
  const first = state.firstIndex.lineAt(earlier);
  const { kind } = state.options;
  const accepted =
    kind === 'cases' ? state.cases[earlier] : kind === 'sites' ? state.sites[earlier] : state.households.at(earlier);
  if (sameRecord(accepted, record)) {
    state.report.skips.push({
      line,
      column: headerOf(state, 'id'),
      value: shorten(id),
      key: 'skipDuplicate',
      values: { first },
    });
    state.report.skipped++;
  } else rejectRow(state, line, 'id', 'rowConflict', id, { first });
  return false;
}
