import type { CaseRecord } from '../../domain/cases/case-record';
import type { BBox } from '../../domain/geo/types';
import type { HouseholdRecord } from '../../domain/households/household-record';
import type { ImportOptions, ImportReport, ImportResult } from './import-types';
import {
  CRS_ALIASES,
  EARLIEST_PLAUSIBLE_DATE,
  FOUND_IN_ALIASES,
  KIND_ALIASES,
  LONG_ONSET_GAP_DAYS,
  MAX_CELL_CHARACTERS,
} from './value-aliases';
import { householdAt, HouseholdStoreBuilder } from '../../domain/households/household-store';
import { IdIndex } from '../../domain/collections/id-index';
import { PERSONAL_ROLES, type ColumnRole } from './column-roles';
import { acceptedArea, toStoredWgs84Within, splitPairCell } from './coordinates';
import {
  decimalPlaces,
  parseCalendarDate,
  parseCoordinate,
  parseCount,
  parseIdentifier,
  plainIdentifier,
} from './parse-values';
import { ArrayCells, type RowCells } from './row-cells';
import { bboxContains } from '../../domain/geo/bbox';
import { roundTo7Decimals } from '../../domain/geo/round';
import type { ParsedTable } from './parse-table';
import { yieldNow } from './yield-now';
import { sameRecord, sharedText } from './record-values';

export type { ImportOptions, ImportReport, ImportResult, RowNote } from './import-types';
export { MAX_CELL_CHARACTERS } from './value-aliases';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const key = (text: string) => text.normalize('NFKC').trim().toLowerCase();

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

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
      state.report.rejections.push({ line, key });
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
    report.rejections.push({ line: problem.line, key: problem.key });
    report.rejected++;
  }
  const mapped = Object.entries(roles).filter(([, column]) => column !== undefined) as [ColumnRole, number][];
  return {
    table,
    options,
    report,
    cases: [],
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

/** What reading the rows builds up; one object, so that no closures are made per row. */
interface RowState {
  table: ParsedTable;
  options: ImportOptions;
  report: ImportReport;
  cases: CaseRecord[];
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

function headerOf(state: RowState, role: ColumnRole): string | undefined {
  const column = state.options.roles[role];
  return column === undefined ? undefined : state.table.headers[column];
}

function rejectRow(
  state: RowState,
  line: number,
  role: ColumnRole | undefined,
  key: string,
  value?: string,
  values?: Record<string, string | number>,
): void {
  state.report.rejections.push({
    line,
    column: role ? headerOf(state, role) : undefined,
    value: value === undefined ? undefined : shorten(value),
    key,
    values,
  });
  state.report.rejected++;
}

function countTransform(state: RowState, transform: string): void {
  state.report.transforms[transform] = (state.report.transforms[transform] ?? 0) + 1;
}

function cellOf(state: RowState, cells: RowCells, role: ColumnRole): string | undefined {
  const column = state.columns[role];
  if (column === -1) return undefined;
  const raw = cells.text(column);
  if (state.clean || !CONTROL_TEST.test(raw)) return raw;
  countTransform(state, 'controlCharactersRemoved');
  return raw.replace(CONTROL, '');
}

/** Reads one row into a record, or records why not. */
function readRow(state: RowState, cells: RowCells, line: number): void {
  const { table, options, report, columns } = state;
  const { roles } = options;
  report.read++;
  if (cells.size !== table.headers.length) {
    rejectRow(state, line, undefined, 'rowFieldCount', undefined, {
      expected: table.headers.length,
      found: cells.size,
    });
    return;
  }
  const fileProblem = options.rowProblems?.get(line);
  if (fileProblem) {
    rejectRow(state, line, undefined, fileProblem);
    return;
  }
  const { mapped } = state;
  for (let m = 0; m < mapped.length; m++) {
    const column = mapped[m][1];
    if (column < cells.size && cells.length(column) > MAX_CELL_CHARACTERS) {
      rejectRow(state, line, mapped[m][0], 'value_too-long', cells.text(column), { max: MAX_CELL_CHARACTERS });
      return;
    }
  }
  if (options.refuseUndecodable && cells.hasUndecodable()) {
    rejectRow(state, line, undefined, 'rowUndecodable');
    return;
  }
  const notes = state.rowNotes;
  notes.length = 0;
  let coarse = false;

  // Position, in the declared (or per-row) coordinate system.
  let x: number;
  let y: number;
  if (roles.lng !== undefined && roles.lat !== undefined) {
    // Plain decimals (nearly every row) are read from the cells without making strings or calling the full parser.
    x = cells.coordinate(columns.lng);
    y = cells.coordinate(columns.lat);
    let lngDecimals = Number.isNaN(x) ? -1 : cells.decimals(columns.lng);
    let latDecimals = Number.isNaN(y) ? -1 : cells.decimals(columns.lat);
    let dms = false;
    if (Number.isNaN(x)) {
      const lngText = cellOf(state, cells, 'lng') ?? '';
      lngDecimals = decimalPlaces(lngText);
      const lng = parseCoordinate(lngText, options.decimalComma);
      if (!lng.ok) return rejectRow(state, line, 'lng', `value_${lng.problem}`, lngText);
      if (lng.note) notes.push(lng.note);
      dms = lng.note === 'dms';
      x = lng.value;
    }
    if (Number.isNaN(y)) {
      const latText = cellOf(state, cells, 'lat') ?? '';
      latDecimals = decimalPlaces(latText);
      const lat = parseCoordinate(latText, options.decimalComma);
      if (!lat.ok) return rejectRow(state, line, 'lat', `value_${lat.problem}`, latText);
      y = lat.value;
    }
    if (!dms && lngDecimals <= 3 && latDecimals <= 3) coarse = true;
  } else if (roles.latLng !== undefined) {
    const pair = splitPairCell(cellOf(state, cells, 'latLng') ?? '', options.pairOrder ?? 'lat-lng');
    if (!pair) return rejectRow(state, line, 'latLng', 'value_not-a-pair', cellOf(state, cells, 'latLng'));
    [x, y] = pair;
  } else return rejectRow(state, line, undefined, 'rowNoPosition');
  let crs = options.crs;
  const crsText = cellOf(state, cells, 'crs');
  if (crsText !== undefined) {
    const rowCrs = CRS_ALIASES[key(crsText)];
    if (!rowCrs) return rejectRow(state, line, 'crs', 'value_unknown-crs', crsText);
    crs = rowCrs;
  }
  let lng: number;
  let lat: number;
  if ((crs === 'wgs84' || crs === 'cgcs2000') && !(x === 0 && y === 0) && bboxContains(state.area, x, y)) {
    lng = roundTo7Decimals(x);
    lat = roundTo7Decimals(y);
  } else {
    const position = toStoredWgs84Within(x, y, crs, state.area);
    if (!position.ok)
      return rejectRow(
        state,
        line,
        roles.lng !== undefined ? 'lng' : 'latLng',
        `position_${position.problem}`,
        `${x}, ${y}`,
      );
    ({ lng, lat } = position);
    if (crs === 'gcj02' || crs === 'bd09' || crs === 'epsg3857' || crs === 'bd09mc') notes.push(`converted_${crs}`);
  }

  // Identity: ids stay text.
  let id: string;
  const idText = cellOf(state, cells, 'id');
  const plainId = idText === undefined ? undefined : plainIdentifier(idText);
  if (plainId !== undefined) id = plainId;
  else if (idText === undefined || idText.trim() === '') {
    if (options.kind === 'cases') return rejectRow(state, line, 'id', 'value_empty', '');
    id = `${options.fileName}#${line}`;
    notes.push('idGenerated');
  } else {
    const parsedId = parseIdentifier(idText);
    if (!parsedId.ok) return rejectRow(state, line, 'id', `value_${parsedId.problem}`, idText);
    if (parsedId.note) notes.push(parsedId.note);
    id = parsedId.value;
  }

  if (options.kind === 'cases') {
    const reported = parseCalendarDate(
      cellOf(state, cells, 'reportedOn') ?? '',
      options.excelSerialDates,
      options.dayMonthOrder,
    );
    if (!reported.ok)
      return rejectRow(
        state,
        line,
        'reportedOn',
        `value_${reported.problem}`,
        cellOf(state, cells, 'reportedOn') ?? '',
      );
    if (reported.note) notes.push(reported.note);
    let onsetOn: string | undefined;
    const onsetText = cellOf(state, cells, 'onsetOn');
    if (onsetText !== undefined && onsetText.trim() !== '') {
      const onset = parseCalendarDate(onsetText, options.excelSerialDates, options.dayMonthOrder);
      if (!onset.ok) return rejectRow(state, line, 'onsetOn', `value_${onset.problem}`, onsetText);
      onsetOn = onset.value;
    }
    const kind = readChoice(
      state,
      cells,
      line,
      'kind',
      KIND_ALIASES,
      'confirmed',
      'value_unknown-kind',
      'kindDefaulted',
    );
    if (kind === undefined) return;
    const foundIn = readChoice(
      state,
      cells,
      line,
      'foundIn',
      FOUND_IN_ALIASES,
      'community',
      'value_unknown-found-in',
      'foundInDefaulted',
    );
    if (foundIn === undefined) return;
    const record: CaseRecord = {
      id,
      lng,
      lat,
      reportedOn: reported.value,
      onsetOn,
      kind,
      foundIn,
      sourceFile: options.fileName,
      sourceRow: line,
    };
    if (!isFirstOfId(state, line, id, record)) return;
    if (reported.value > options.today)
      report.warnings.push({
        line,
        column: headerOf(state, 'reportedOn'),
        value: reported.value,
        key: 'warnFutureDate',
      });
    if (onsetOn && onsetOn > reported.value)
      report.warnings.push({ line, column: headerOf(state, 'onsetOn'), value: onsetOn, key: 'warnOnsetAfterReport' });
    if (onsetOn && daysBetween(onsetOn, reported.value) > LONG_ONSET_GAP_DAYS)
      report.warnings.push({
        line,
        column: headerOf(state, 'onsetOn'),
        value: onsetOn,
        key: 'warnLongOnsetGap',
        values: { days: LONG_ONSET_GAP_DAYS },
      });
    if (reported.value < EARLIEST_PLAUSIBLE_DATE || (onsetOn && onsetOn < EARLIEST_PLAUSIBLE_DATE))
      report.warnings.push({
        line,
        column: headerOf(state, 'reportedOn'),
        value: reported.value,
        key: 'warnDateTooEarly',
        values: { earliest: EARLIEST_PLAUSIBLE_DATE },
      });
    state.cases.push(record);
  } else {
    const householdCount = readCount(state, cells, line, 'households', 1, 'householdsDefaulted');
    if (householdCount === undefined) return;
    const residents = readCount(state, cells, line, 'residents', 0, 'residentsMissing');
    if (residents === undefined) return;
    const grid = sharedText(state.gridNames, cellOf(state, cells, 'gridId')?.trim() ?? '');
    const address = (options.keepAddress ? cellOf(state, cells, 'address')?.trim() : undefined) ?? '';
    if (state.firstIndex.get(id) === -1 && !options.existing?.(id)) {
      // A new id (nearly every row): straight into the columns, no record object.
      state.firstIndex.add(id, line);
      state.households.addValues(id, lng, lat, householdCount, residents, grid, address);
    } else {
      const record: HouseholdRecord = { id, lng, lat, households: householdCount, residents };
      if (grid) record.gridId = grid;
      if (address) record.address = address;
      if (!isFirstOfId(state, line, id, record)) return;
      state.households.add(record);
    }
  }
  for (let i = 0; i < notes.length; i++) if (notes.indexOf(notes[i]) === i) countTransform(state, notes[i]);
  if (coarse)
    report.warnings.push({
      line,
      column: headerOf(state, 'lng'),
      value: `${cellOf(state, cells, 'lng')}, ${cellOf(state, cells, 'lat')}`,
      key: 'warnCoarsePosition',
    });
  report.accepted++;
}

/**
 * A count column: `fallback` (with the transform noted) when the column is not mapped, the
 * count when it reads, undefined when the row was refused for it.
 */
function readCount(
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
  const plain = cells.count(column);
  if (!Number.isNaN(plain)) return plain;
  const text = cellOf(state, cells, role) as string;
  const parsed = parseCount(text, !state.options.decimalComma);
  if (!parsed.ok) {
    rejectRow(state, line, role, `value_${parsed.problem}`, text);
    return undefined;
  }
  if (parsed.note) state.rowNotes.push(parsed.note);
  return parsed.value;
}

/** A column of named values (kind, where found): like readCount, with an alias table. */
function readChoice<T extends string>(
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
  const value = aliases[key(text)];
  if (!value) rejectRow(state, line, role, problem, text);
  return value;
}

/**
 * Whether this is the first record with its id. A later identical one is skipped; a later
 * different one is refused as a conflict (never last-wins). Records are compared only then.
 */
function isFirstOfId(state: RowState, line: number, id: string, record: CaseRecord | HouseholdRecord): boolean {
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
  const accepted = state.options.kind === 'cases' ? state.cases[earlier] : state.households.at(earlier);
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
