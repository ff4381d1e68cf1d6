import type { BBox } from '../../domain/geo/types';
import { detectColumnRoles, type ColumnMapping, type ColumnRole } from './column-roles';
import { looksProjected, splitPairCell, type DeclaredCrs } from './coordinates';
import { decodeBytes, linesWithUndecodableBytes, type TextEncodingName } from './decode-bytes';
import { importRecordsInSlices, recordReader, type ImportOptions, type ImportResult } from './import-records';
import type { ListKind } from './import-types';
import { inspectText, streamTable, type ParsedTable, type TextTable } from './parse-table';
import { parseCoordinate } from './parse-values';
import { tableFromJson } from './table-from-json';

/** Files above this size are refused before reading (checked on the file's size, not its contents). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** More columns than this is not a case or household list (B17). */
export const MAX_COLUMNS = 1000;

/** What the user may choose about reading a file; all optional, detection fills the rest. */
export interface ReadChoices {
  encoding?: TextEncodingName;
  sheet?: string;
  delimiter?: string;
}

export type SourceFormat = 'csv' | 'json' | 'xlsx';

/** How a file was read: shown to the user before anything is imported. */
export interface SourceInfo {
  fileName: string;
  format: SourceFormat;
  bytes: number;
  encoding?: TextEncodingName;
  encodingDetected?: boolean;
  bomStripped: boolean;
  delimiter?: string;
  sheets?: string[];
  sheet?: string;
  /** Lines holding bytes the encoding could not read (at most 100). */
  undecodableLines: number[];
  rows: number;
  blankLines: number;
  /** Rows refused by how the file itself holds them (a GeoJSON feature with a null geometry, a 4-D position, an object id): line and reason key. */
  rowProblems: [number, string][];
  /** What the file says about its coordinate system (a legacy GeoJSON `crs` member). */
  declaredCrs?: DeclaredCrs;
  /** Transformations made while reading (Z dropped), with how many rows each touched. */
  readTransforms: Record<string, number>;
}

/** A file-level problem: a string key and its values; nothing was read. */
export interface FileProblem {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * A file as read: `table` holds all rows of a JSON or workbook file, and only the first rows of a
 * delimited text, whose rows `text` streams when they are checked.
 */
export type ReadResult =
  { ok: true; info: SourceInfo; table: ParsedTable; text?: TextTable } | { ok: false; problem: FileProblem };

export interface Control {
  signal?: AbortSignal;
  onProgress?: (fraction: number, rowsRead?: number) => void;
}

/** The "file too large" problem when `size` is over `cap` bytes, checked before a file is read. */
export function fileTooLarge(fileName: string, size: number, cap = MAX_IMPORT_BYTES): FileProblem | undefined {
  if (size <= cap) return undefined;
  return {
    key: 'fileTooLarge',
    values: { file: fileName, size: (size / 1024 / 1024).toFixed(1), cap: cap / 1024 / 1024 },
  };
}

const isWorkbook = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads any supported file into a table: an .xlsx workbook (by its bytes, whatever its name), or
 * text in a detected or chosen encoding that is JSON/GeoJSON or delimited. Never throws on bad
 * input: a file it cannot read gives a problem that says why.
 */
export async function readSource(
  fileName: string,
  bytes: Uint8Array,
  choices: ReadChoices = {},
  control: Control = {},
): Promise<ReadResult> {
  const tooLarge = fileTooLarge(fileName, bytes.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const base = {
    fileName,
    bytes: bytes.length,
    bomStripped: false,
    undecodableLines: [],
    blankLines: 0,
    rowProblems: [],
    readTransforms: {},
  };
  if (isWorkbook(bytes)) {
    // The workbook reader (fflate and xml-scanner.ts) is loaded only when a workbook comes in.
    const { tableFromXlsx } = await import('./xlsx-table');
    const result = await tableFromXlsx(bytes, choices.sheet, control);
    if (!result.ok) return { ok: false, problem: { key: result.key, values: result.values } };
    control.onProgress?.(1);
    return {
      ok: true,
      table: result.table,
      info: {
        ...base,
        format: 'xlsx',
        sheets: result.sheets,
        sheet: result.sheet,
        rows: result.table.rows.length,
        blankLines: result.table.blankLines,
      },
    };
  }
  const decoded = decodeBytes(bytes, choices.encoding);
  if (!decoded.ok) return { ok: false, problem: { key: `file_${decoded.problem}` } };
  const textInfo = {
    ...base,
    encoding: decoded.encoding,
    encodingDetected: decoded.detected,
    bomStripped: decoded.bomStripped,
    undecodableLines: linesWithUndecodableBytes(decoded.text),
  };
  const firstChar = /\S/.exec(decoded.text)?.[0];
  if (firstChar === '{' || firstChar === '[') {
    const json = tableFromJson(decoded.text);
    if (!json.ok) return { ok: false, problem: { key: json.key, values: json.values } };
    control.onProgress?.(1);
    return {
      ok: true,
      table: json.table,
      info: {
        ...textInfo,
        format: 'json',
        rows: json.table.rows.length,
        rowProblems: json.rowProblems,
        declaredCrs: json.declaredCrs,
        readTransforms: json.transforms,
      },
    };
  }
  const parsed = await inspectText(decoded.text, choices.delimiter, {
    signal: control.signal,
    onProgress: control.onProgress,
  });
  if (!parsed.ok) return { ok: false, problem: { key: parsed.key } };
  const { sample, source, rows } = parsed;
  if (sample.headers.length > MAX_COLUMNS)
    return {
      ok: false,
      problem: { key: 'tableTooManyColumns', values: { columns: sample.headers.length, max: MAX_COLUMNS } },
    };
  return {
    ok: true,
    table: sample,
    text: source,
    info: { ...textInfo, format: 'csv', delimiter: source.delimiter, rows, blankLines: sample.blankLines },
  };
}

/** What the dialog shows and asks after reading a file. */
export interface Inspection {
  info: SourceInfo;
  headers: string[];
  /** The first rows as read, for the user to judge the encoding and the mapping. */
  sample: string[][];
  mapping: ColumnMapping;
  kind: ListKind;
  /** Set when the numbers themselves say what they are (Web Mercator metres). */
  crsFromValues?: DeclaredCrs;
  /** Raw positions of up to 500 rows spread through the file, for a coordinate-system hint. */
  samplePoints: [number, number][];
  /** The coordinate columns write decimal commas (30,75): the option starts ticked (B1). */
  decimalComma: boolean;
}

/** Guesses the mapping, the kind of list and what the coordinates look like. */
export function inspectTable(info: SourceInfo, table: ParsedTable, listKind?: ListKind): Inspection {
  // What the caller says the list is, else a guess: a capacity column makes it a site list.
  const guessed = detectColumnRoles(table.headers);
  const kind: ListKind =
    listKind ??
    (guessed.roles.capacity !== undefined
      ? 'sites'
      : guessed.roles.reportedOn !== undefined || guessed.roles.foundIn !== undefined
        ? 'cases'
        : 'households');
  const mapping = kind === 'sites' ? detectColumnRoles(table.headers, 'sites') : guessed;
  const { roles } = mapping;
  const samplePoints = rawPoints(table, roles, 500);
  return {
    info,
    headers: table.headers,
    sample: table.rows.slice(0, 8),
    mapping,
    kind,
    crsFromValues: info.declaredCrs ?? (looksProjected(samplePoints) ? 'epsg3857' : undefined),
    samplePoints,
    decimalComma: writesDecimalCommas(table, roles),
  };
}

function writesDecimalCommas(table: ParsedTable, roles: Partial<Record<ColumnRole, number>>): boolean {
  if (roles.lng === undefined || table.delimiter === ',') return false;
  const column = roles.lng;
  const rows = table.rows.slice(0, 50).filter((cells) => (cells[column] ?? '').trim() !== '');
  return rows.length > 0 && rows.filter((cells) => /^-?\d+,\d+$/.test(cells[column].trim())).length / rows.length > 0.5;
}

/** Positions as written (before any datum conversion) of up to `limit` rows, spread through the table. */
export function rawPoints(
  table: ParsedTable,
  roles: Partial<Record<ColumnRole, number>>,
  limit: number,
): [number, number][] {
  const points: [number, number][] = [];
  const step = Math.max(1, Math.floor(table.rows.length / limit));
  for (let i = 0; i < table.rows.length && points.length < limit; i += step) {
    const cells = table.rows[i];
    if (roles.lng !== undefined && roles.lat !== undefined) {
      const x = parseCoordinate(cells[roles.lng] ?? '');
      const y = parseCoordinate(cells[roles.lat] ?? '');
      if (x.ok && y.ok) points.push([x.value, y.value]);
    } else if (roles.latLng !== undefined) {
      // Latitude first, as such columns are most often written; the hint only compares datums.
      const pair = splitPairCell(cells[roles.latLng] ?? '', 'lat-lng');
      if (pair) points.push(pair);
    }
  }
  return points;
}

/**
 * Runs the checked import of a table read by readSource: every row accepted, rejected or skipped,
 * with the file-level transforms (BOM, encoding, blank lines, personal columns) in the report.
 */
export async function importTable(
  info: SourceInfo,
  table: ParsedTable,
  options: ImportOptions,
  control: Control = {},
  text?: TextTable,
): Promise<ImportResult> {
  const checked: ImportOptions = {
    ...options,
    refuseUndecodable: info.undecodableLines.length > 0,
    rowProblems: info.rowProblems.length ? new Map(info.rowProblems) : undefined,
  };
  let result: ImportResult;
  if (text) {
    const reader = recordReader(table.headers, checked, info.rows);
    const streamed = await streamTable(text, reader, {
      signal: control.signal,
      onProgress: (fraction) => control.onProgress?.(fraction, reader.rowsRead()),
    });
    result = reader.result();
    result.report.physicalLines = streamed.physicalLines;
    if (streamed.blankLines) result.report.transforms.blankLines = streamed.blankLines;
  } else {
    result = await importRecordsInSlices(table, checked, { signal: control.signal, onProgress: control.onProgress });
    if (table.physicalLines !== undefined) result.report.physicalLines = table.physicalLines;
  }
  const { transforms } = result.report;
  if (info.bomStripped) transforms.bomStripped = 1;
  Object.assign(transforms, info.readTransforms);
  if (info.blankLines && !text) transforms.blankLines = info.blankLines;
  if (result.report.personalColumnsDropped.length)
    transforms.personalDropped = result.report.personalColumnsDropped.length;
  return result;
}

/** The whole pipeline for headless use (the CLI, tests): read, detect the mapping, check every row. */
export async function importFile(
  fileName: string,
  bytes: Uint8Array,
  options: {
    kind?: ListKind;
    /**
     * The coordinate system the user declared. It wins: when the values (metres) or the file's
     * own `crs` member say otherwise, the file is refused with the conflict named. Without it,
     * what the file says is used, else WGS-84 (the result says which and why).
     */
    crs?: DeclaredCrs;
    jurisdiction: BBox;
    today: string;
    choices?: ReadChoices;
    roles?: ImportOptions['roles'];
  } & Partial<
    Pick<
      ImportOptions,
      'pairOrder' | 'decimalComma' | 'excelSerialDates' | 'keepAddress' | 'existing' | 'dayMonthOrder'
    >
  >,
): Promise<
  | {
      ok: true;
      inspection: Inspection;
      result: ImportResult;
      /** The coordinate system the rows were read in, and what said so. */
      crs: { used: DeclaredCrs; from: 'declared' | 'file' | 'values' | 'default' };
    }
  | { ok: false; problem: FileProblem }
> {
  const read = await readSource(fileName, bytes, options.choices);
  if (!read.ok) return read;
  const inspection = inspectTable(read.info, read.table, options.kind);
  const found = inspection.crsFromValues;
  if (options.crs && found && crsConflict(options.crs, found))
    return {
      ok: false,
      problem: {
        key: read.info.declaredCrs ? 'crsConflictFile' : 'crsConflictValues',
        values: { declared: options.crs, found },
      },
    };
  const crs = options.crs ?? found ?? 'wgs84';
  const result = await importTable(
    read.info,
    read.table,
    {
      ...options,
      kind: options.kind ?? inspection.kind,
      fileName,
      roles: options.roles ?? inspection.mapping.roles,
      crs,
      decimalComma: options.decimalComma ?? inspection.decimalComma,
    },
    {},
    read.text,
  );
  return {
    ok: true,
    inspection,
    result,
    crs: {
      used: crs,
      from: options.crs ? 'declared' : found ? (read.info.declaredCrs ? 'file' : 'values') : 'default',
    },
  };
}

/** Metres are metres: Web Mercator and Baidu metres look alike, and the user says which. Anything else differing is a conflict. */
function crsConflict(declared: DeclaredCrs, found: DeclaredCrs): boolean {
  const metres = (crs: DeclaredCrs) => crs === 'epsg3857' || crs === 'bd09mc';
  const sameDatum = (crs: DeclaredCrs) => (crs === 'cgcs2000' ? 'wgs84' : crs);
  if (metres(declared) && metres(found)) return false;
  return sameDatum(declared) !== sameDatum(found);
}
