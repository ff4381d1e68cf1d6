/** Reading one row of a table into a case or household record, or saying why not. */
import type { CaseRecord } from '../../domain/cases/case-record';
import { bboxContains } from '../../domain/geo/bbox';
import { dayFromIsoDate, isoDateFromDay } from '../../domain/time/day-number';
import { roundTo7Decimals } from '../../domain/geo/round';
import type { HouseholdRecord } from '../../domain/households/household-record';
import { splitPairCell, toStoredWgs84Within } from './coordinates';
import { decimalPlaces, parseCalendarDate, parseCoordinate, parseIdentifier, plainIdentifier } from './parse-values';
import { sharedText } from './record-values';
import type { RowCells } from './row-cells';
import { readSite } from './read-site';
import {
  CRS_ALIASES,
  EARLIEST_PLAUSIBLE_DATE,
  FOUND_IN_ALIASES,
  KIND_ALIASES,
  LONG_ONSET_GAP_DAYS,
  MAX_CELL_CHARACTERS,
} from './value-aliases';
import {
  cellOf,
  countTransform,
  headerOf,
  isFirstOfId,
  key,
  readChoice,
  readCount,
  rejectRow,
  type RowState,
} from './row-state';

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Reads one row into a record, or records why not. */
export function readRow(state: RowState, cells: RowCells, line: number): void {
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
        roles.lng !== undefined ? faultyCoordinate(x, y, crs, position.problem, state.area) : 'latLng',
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

  if (options.kind === 'sites') {
    const site = readSite(state, cells, line, id, lng, lat);
    if (!site || !isFirstOfId(state, line, id, site)) return;
    state.sites.push(site);
  } else if (options.kind === 'cases') {
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
    // A case cannot be reported in the future: beyond tomorrow (a clock or time zone off by a day) it is refused, not counted.
    if (reported.value > nextDay(options.today)) {
      rejectRow(state, line, 'reportedOn', 'rowFutureDate', reported.value, { today: options.today });
      return;
    }
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

/** How far a GCJ-02 or BD-09 position lies from its WGS-84 place, and a little more, in degrees. */
const SHIFT_DEGREES = 0.02;

/**
 * The column a position's fault lies in: a latitude of 95 is the latitude's fault, not the
 * longitude's. A swapped pair, (0, 0) and projected metres name both columns.
 */
function faultyCoordinate(
  x: number,
  y: number,
  crs: string,
  problem: string,
  area: readonly [number, number, number, number],
): 'lng' | 'lat' | readonly ['lng', 'lat'] {
  const both = ['lng', 'lat'] as const;
  if (crs === 'epsg3857' || crs === 'bd09mc') return both;
  let lngFine: boolean;
  let latFine: boolean;
  if (problem === 'out-of-range') {
    lngFine = Math.abs(x) <= 180;
    latFine = Math.abs(y) <= 90;
  } else if (problem === 'outside-jurisdiction') {
    lngFine = x >= area[0] - SHIFT_DEGREES && x <= area[2] + SHIFT_DEGREES;
    latFine = y >= area[1] - SHIFT_DEGREES && y <= area[3] + SHIFT_DEGREES;
  } else return both;
  if (lngFine && !latFine) return 'lat';
  if (latFine && !lngFine) return 'lng';
  return both;
}

/** The ISO date after `iso`. */
function nextDay(iso: string): string {
  const day = dayFromIsoDate(iso);
  return day === undefined ? iso : isoDateFromDay(day + 1);
}
