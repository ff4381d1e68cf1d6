import { IdIndex } from '../../domain/collections/id-index';
import type { HouseholdRecord } from '../../domain/households/household-record';
import { householdAt, HouseholdStoreBuilder } from '../../domain/households/household-store';
import { PERSONAL_ROLES, type ColumnRole } from './column-roles';
import { acceptedArea } from './coordinates';
import type { ImportOptions, ImportReport, ImportResult } from './import-types';
import { UNCLOSED_QUOTE_LIMITS, type ParsedTable } from './parse-table';
import { readRow } from './read-row';
import { ArrayCells, type RowCells } from './row-cells';
import type { RowState } from './row-state';
import { yieldNow } from './yield-now';

export type { ImportOptions, ImportReport, ImportResult, RowNote } from './import-types';
export { MAX_CELL_CHARACTERS } from './value-aliases';

/**
 * Turns a parsed table into case or household records, row by row. Nothing is dropped
 * silently: every row is accepted, rejected (with line, column, value and reason) or skipped
 * (blank, duplicate), and `read = accepted + rejected + skipped` always holds. Personal-data
 * columns are never copied into records. Pure: the same table and options give the same result.
 */
export function importRecords(table: ParsedTable, options: ImportOptions): ImportResult {
  const state = startImport(table, options);
  const row = new ArrayCells();
  for (let index = 0; index < table.rows.length; index++) {
    row.cells = table.rows[index];
    readRow(state, row, table.lines[index]);
  }
  return resultOf(state);
}

function resultOf(state: RowState): ImportResult {
  const householdStore = state.households.build();
  let records: HouseholdRecord[] | undefined;
  return {
    cases: state.cases,
    sites: state.sites,
    householdStore,
    get households() {
      records ??= Array.from({ length: householdStore.length }, (_, i) => withoutEmpty(householdAt(householdStore, i)));
      return records;
    },
    report: state.report,
  };
}

/** A record without its absent optional fields, as the importer made it. */
function withoutEmpty(record: HouseholdRecord): HouseholdRecord {
  if (record.gridId === undefined) delete record.gridId;
  if (record.address === undefined) delete record.address;
  return record;
}

/**
 * The same import in slices, for a worker: progress after every `sliceRows` rows (0–1), a pause
 * between slices so that a cancel message gets through, and an AbortError when `signal` fires.
 * Gives exactly what importRecords gives.
 */
export async function importRecordsInSlices(
  table: ParsedTable,
  options: ImportOptions,
  control: { signal?: AbortSignal; onProgress?: (fraction: number, rowsRead: number) => void; sliceRows?: number } = {},
): Promise<ImportResult> {
  const state = startImport(table, options);
  const slice = control.sliceRows ?? 20_000;
  const row = new ArrayCells();
  for (let start = 0; start < table.rows.length; start += slice) {
    if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
    const end = Math.min(start + slice, table.rows.length);
    for (let index = start; index < end; index++) {
      row.cells = table.rows[index];
      readRow(state, row, table.lines[index]);
    }
    control.onProgress?.(end / table.rows.length, end);
    await yieldNow();
  }
  if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
  if (table.rows.length === 0) control.onProgress?.(1, 0);
  return resultOf(state);
}

/**
 * The same checks fed one row at a time (a file streamed in pieces, never held whole): `row` for
 * each data row with its line, `broken` for a row the parser could not read, then `result`.
 */
export function recordReader(headers: string[], options: ImportOptions, expectedRows: number) {
  const state = startImport(
    { delimiter: '', headers, rows: [], lines: [], broken: [], blankLines: 0 },
    options,
    expectedRows,
  );
  const arrayRow = new ArrayCells();
  return {
    row: (cells: string[], line: number) => {
      arrayRow.cells = cells;
      readRow(state, arrayRow, line);
    },
    cells: (row: RowCells, line: number) => readRow(state, row, line),
    piece: (hasControlCharacters: boolean) => {
      state.clean = !hasControlCharacters;
    },
    broken: (line: number, key: string) => {
      state.report.read++;
      state.report.rejections.push({ line, key, values: UNCLOSED_QUOTE_LIMITS });
      state.report.rejected++;
    },
    rowsRead: () => state.report.read,
    result: () => resultOf(state),
  };
}

function columnsOf(roles: Partial<Record<ColumnRole, number>>): Record<ColumnRole, number> {
  const at = (role: ColumnRole) => roles[role] ?? -1;
  return {
    id: at('id'),
    lng: at('lng'),
    lat: at('lat'),
    latLng: at('latLng'),
    households: at('households'),
    residents: at('residents'),
    reportedOn: at('reportedOn'),
    onsetOn: at('onsetOn'),
    foundIn: at('foundIn'),
    kind: at('kind'),
    address: at('address'),
    gridId: at('gridId'),
    crs: at('crs'),
    personName: at('personName'),
    idNumber: at('idNumber'),
    phone: at('phone'),
    siteName: at('siteName'),
    capacity: at('capacity'),
    roomsInUse: at('roomsInUse'),
    opens: at('opens'),
    closes: at('closes'),
    direction: at('direction'),
  };
}

function startImport(table: ParsedTable, options: ImportOptions, expectedRows = table.rows.length): RowState {
  const report: ImportReport = {
    read: table.broken.length,
    accepted: 0,
    rejected: 0,
    skipped: 0,
    rejections: [],
    skips: [],
    warnings: [],
    transforms: {},
    personalColumnsDropped: [],
  };
  const { roles } = options;
  for (const role of PERSONAL_ROLES) {
    if (roles[role] !== undefined && !(role === 'address' && options.kind === 'households' && options.keepAddress)) {
      report.personalColumnsDropped.push(table.headers[roles[role] as number]);
    }
  }
  for (const problem of table.broken) {
    report.rejections.push({ line: problem.line, key: problem.key, values: UNCLOSED_QUOTE_LIMITS });
    report.rejected++;
  }
  const mapped = Object.entries(roles).filter(([, column]) => column !== undefined) as [ColumnRole, number][];
  return {
    table,
    options,
    report,
    cases: [],
    sites: [],
    households: new HouseholdStoreBuilder(options.kind === 'households' ? expectedRows : 1),
    firstIndex: new IdIndex(expectedRows),
    mapped,
    rowNotes: [],
    area: acceptedArea(options.jurisdiction),
    columns: columnsOf(roles),
    clean: false,
    gridNames: new Map(),
  };
}
