import type { ParsedTable } from './parse-table';
import {
  checkDeclaredSize,
  checkDeclaredTotal,
  inflateEntry,
  ZipError,
  zipEntries,
  type ZipEntry,
  type ZipProblem,
} from './zip-entries';
import { yieldNow } from './yield-now';
import { attribute, XmlError, XmlScanner, type XmlHandlers } from './xml-scanner';

/**
 * Reads one sheet of an .xlsx workbook as a stream (docs/architecture.md, Import): the zip's
 * directory is checked first (entry count, declared sizes), then the sheet's XML is inflated
 * and parsed a megabyte at a time, with progress, a pause for a cancel, and bounds on what comes
 * out. Only the shared strings are held whole; the sheet never is.
 */
export const XLSX_LIMITS = {
  /** The sheet's XML, inflated: a million rows of a dozen columns is about 300 MB. */
  sheetBytes: 1 << 30,
  /** The shared strings, styles and workbook parts, each, inflated. */
  partBytes: 256 << 20,
  /** All the entries together, as declared. */
  totalBytes: 1.5 * (1 << 30),
  /** Excel's own row limit. */
  rows: 1_048_576,
};

export type XlsxProblem =
  | ZipProblem
  | { key: 'xlsxNoSheet'; values?: Record<string, string | number> }
  | { key: 'xlsxTooManyRows'; values: { max: number } };

export type XlsxStreamResult =
  | { ok: true; table: ParsedTable; sheets: string[]; sheet: string }
  | { ok: false; key: XlsxProblem['key']; values?: Record<string, string | number> };

interface Control {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

class RowCapError extends Error {}

/**
 * UTF-8 decoded chunk by chunk, each cut after its last whole character and the rest carried to
 * the next: TextDecoder's own `stream` mode is several times slower in Node.
 */
export class Utf8Chunks {
  private readonly decoder = new TextDecoder();
  private carry = new Uint8Array(0);

  decode(chunk: Uint8Array): string {
    const bytes = this.carry.length ? concat(this.carry, chunk) : chunk;
    let cut = bytes.length;
    // Back over continuation bytes to the last character's first byte; keep it back if it is not whole.
    let lead = cut - 1;
    while (lead >= 0 && lead > cut - 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
    if (lead >= 0) {
      const byte = bytes[lead];
      const length = byte < 0xc0 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (lead + length > cut) cut = lead;
    }
    this.carry = bytes.slice(cut);
    return this.decoder.decode(bytes.subarray(0, cut));
  }

  end(): string {
    const rest = this.decoder.decode(this.carry);
    this.carry = new Uint8Array(0);
    return rest;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** An element as the small parts' handlers see it: its local name, its attributes on demand, whether it closes itself. */
interface Tag {
  name: string;
  attribute(name: string): string | undefined;
  isSelfClosing: boolean;
}

/** Scans one part's XML, streamed out of the zip (XmlScanner), handing each element to the handlers. */
async function scanPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  handlers: XmlHandlers,
  control: Control = {},
): Promise<void> {
  const scanner = new XmlScanner(handlers);
  const decoder = new Utf8Chunks();
  try {
    await inflateEntry(bytes, entry, maxBytes, (chunk) => scanner.push(decoder.decode(chunk)), {
      ...control,
      pause: yieldNow,
    });
    scanner.push(decoder.end());
    scanner.end();
  } catch (error) {
    if (error instanceof XmlError)
      throw new ZipError({
        key: 'xlsxUnreadable',
        values: { detail: `${entry.name}: ${error.message.slice(0, 100)}` },
      });
    throw error;
  }
}

/** scanPart for the small parts, with each element as a Tag. */
function parsePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  handlers: { open(tag: Tag): void; text?(text: string): void; close?(name: string): void },
): Promise<void> {
  return scanPart(bytes, entry, maxBytes, {
    open: (name, source, from, to, isSelfClosing) =>
      handlers.open({ name, isSelfClosing, attribute: (key) => attribute(source, from, to, key) }),
    text: (text) => handlers.text?.(text),
    close: (name) => handlers.close?.(name),
  });
}

/** Where a relationship's target points, as a zip entry name (targets are relative to xl/, or absolute). */
const partName = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/** The sheets in order, with their parts, and whether dates count from 1904. */
async function readWorkbook(bytes: Uint8Array, entries: Map<string, ZipEntry>) {
  const part = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new ZipError({ key: 'xlsxUnreadable', values: { detail: `no ${name} in the workbook` } });
    return entry;
  };
  const targets = new Map<string, string>();
  await parsePart(bytes, part('xl/_rels/workbook.xml.rels'), XLSX_LIMITS.partBytes, {
    open: (tag) => {
      if (tag.name === 'Relationship') targets.set(tag.attribute('Id') ?? '', tag.attribute('Target') ?? '');
    },
  });
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  await parsePart(bytes, part('xl/workbook.xml'), XLSX_LIMITS.partBytes, {
    open: (tag) => {
      if (tag.name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attribute('date1904') ?? '');
      if (tag.name === 'sheet') {
        const id = tag.attribute('id');
        const target = id ? targets.get(id) : undefined;
        if (target) sheets.push({ name: tag.attribute('name') ?? '', part: partName(target) });
      }
    },
  });
  return { sheets, date1904 };
}

/** The shared strings, in order (rich text runs joined). */
async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let current = '';
  let inText = false;
  let depthInPhonetic = 0;
  await parsePart(bytes, entry, XLSX_LIMITS.partBytes, {
    open: (tag) => {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') depthInPhonetic++;
      else if (tag.name === 't' && depthInPhonetic === 0) inText = !tag.isSelfClosing;
    },
    text: (text) => {
      if (inText) current += text;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') depthInPhonetic--;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30, and the CJK ones Excel uses in China). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format code shows a date or time: d, m, y, h or s outside quoted text and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\- ]*$/i.test(bare);
}

/** For each cell style (the `s` attribute), whether it shows a date. */
async function readDateStyles(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<boolean[]> {
  const dates: boolean[] = [];
  if (!entry) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await parsePart(bytes, entry, XLSX_LIMITS.partBytes, {
    open: (tag) => {
      if (tag.name === 'numFmt') custom.set(Number(tag.attribute('numFmtId')), tag.attribute('formatCode') ?? '');
      else if (tag.name === 'cellXfs') inCellXfs = !tag.isSelfClosing;
      else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(tag.attribute('numFmtId') ?? 0);
        const code = custom.get(id);
        dates.push(code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

/** "BC12" → 54 (0-based column of a cell reference). */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** Excel's serial for 1970-01-01 (its count includes a 29 February 1900 that never was). */
const SERIAL_OF_EPOCH = 25569;

/** What a number reads as, as exceljs and cellText showed it: beyond 15 digits Excel has rounded, so it is shown as Excel shows it. */
/** A number as JavaScript's String() writes it, for up to 15 digits: no leading or trailing zeros, no exponent. */
const SHORTEST_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{0,14}[1-9])?$/;

function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 1e15 ? value.toExponential() : String(value);
}

/** The text of one cell as the import reads it. */
function cellValue(
  type: string,
  raw: string,
  inline: string,
  isDate: boolean,
  date1904: boolean,
  strings: string[],
): string {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
      return raw;
    case 'b':
      return raw === '1' || raw === 'true' ? 'true' : 'false';
    case 'd':
      return raw.slice(0, 10);
    default: {
      if (raw === '') return '';
      // Most numbers are written as String(value) would write them: keep the text as it is.
      if (!isDate && SHORTEST_NUMBER.test(raw)) return raw;
      const value = Number(raw);
      if (!Number.isFinite(value)) return raw;
      if (isDate) {
        const day = Math.floor(value) - SERIAL_OF_EPOCH + (date1904 ? 1462 : 0);
        const time = day * 86_400_000;
        return Number.isFinite(time) && Math.abs(time) < 8.64e15 ? new Date(time).toISOString().slice(0, 10) : '';
      }
      return numberText(value);
    }
  }
}

/** Streams one sheet's rows into a table: the first non-empty row is the header, Excel's row numbers are the lines. */
async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  strings: string[],
  dateStyles: boolean[],
  date1904: boolean,
  control: Control,
): Promise<{ headers?: string[]; rows: string[][]; lines: number[]; blankLines: number }> {
  let headers: string[] | undefined;
  const rows: string[][] = [];
  const lines: number[] = [];
  let blankLines = 0;
  let width = 0;
  let row: string[] = [];
  let rowNumber = 0;
  let nextColumn = 0;
  let inCell = false;
  let cellColumn = 0;
  let cellType = 'n';
  let cellStyle = 0;
  let raw = '';
  let inline = '';
  let reading: 'v' | 't' | undefined;
  let inInline = false;
  let phonetic = 0;
  const handlers: XmlHandlers = {
    open: (name, source, from, to, selfClosing) => {
      switch (name) {
        case 'row': {
          const r = attribute(source, from, to, 'r');
          rowNumber = r ? Number(r) : rowNumber + 1;
          row = [];
          nextColumn = 0;
          break;
        }
        case 'c': {
          const reference = attribute(source, from, to, 'r');
          const column = reference ? columnOf(reference) : nextColumn;
          inCell = true;
          cellColumn = column;
          cellType = attribute(source, from, to, 't') ?? 'n';
          const style = attribute(source, from, to, 's');
          cellStyle = style === undefined ? 0 : Number(style);
          nextColumn = column + 1;
          raw = '';
          inline = '';
          break;
        }
        case 'v':
          reading = selfClosing ? undefined : 'v';
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0 && !selfClosing) reading = 't';
          break;
      }
    },
    text: (text) => {
      if (reading === 'v') raw += text;
      else if (reading === 't') inline += text;
    },
    close: (name) => {
      switch (name) {
        case 'v':
        case 't':
          reading = undefined;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (inCell && cellColumn >= 0 && cellColumn < 16_384) {
            const text = cellValue(cellType, raw, inline, dateStyles[cellStyle] === true, date1904, strings).trim();
            if (text !== '') {
              while (row.length < cellColumn) row.push('');
              row[cellColumn] = text;
            }
          }
          inCell = false;
          break;
        case 'row': {
          if (row.length === 0 || row.every((text) => text === '')) {
            if (headers) blankLines++;
            break;
          }
          width = Math.max(width, row.length);
          if (!headers) headers = row;
          else {
            if (rows.length >= XLSX_LIMITS.rows) throw new RowCapError();
            rows.push(row);
            lines.push(rowNumber);
          }
          break;
        }
      }
    },
  };
  await scanPart(bytes, entry, XLSX_LIMITS.sheetBytes, handlers, control);
  // Every row as wide as the widest, as a CSV's would be.
  for (const cells of rows) while (cells.length < width) cells.push('');
  if (headers) while (headers.length < width) headers.push('');
  return { headers, rows, lines, blankLines };
}

/**
 * Reads a sheet of an .xlsx workbook (the first with data, or the one named) into the same table
 * a CSV gives; `lines` are Excel's row numbers, so a report points at the row a clerk sees.
 */
export async function tableFromXlsxStream(
  bytes: Uint8Array,
  sheetName?: string,
  control: Control = {},
): Promise<XlsxStreamResult> {
  try {
    const entries = zipEntries(bytes);
    checkDeclaredTotal(entries, XLSX_LIMITS.totalBytes);
    for (const entry of entries.values())
      checkDeclaredSize(
        entry,
        entry.name.startsWith('xl/worksheets/') ? XLSX_LIMITS.sheetBytes : XLSX_LIMITS.partBytes,
      );
    const { sheets, date1904 } = await readWorkbook(bytes, entries);
    const names = sheets.map((sheet) => sheet.name);
    const candidates = sheetName === undefined ? sheets : sheets.filter((sheet) => sheet.name === sheetName);
    if (candidates.length === 0) return { ok: false, key: 'xlsxNoSheet' };
    const strings = await readSharedStrings(bytes, entries.get('xl/sharedStrings.xml'));
    const dateStyles = await readDateStyles(bytes, entries.get('xl/styles.xml'));
    for (const sheet of candidates) {
      const entry = entries.get(sheet.part);
      if (!entry) continue;
      const read = await readSheet(bytes, entry, strings, dateStyles, date1904, control);
      // The first sheet with anything in it; a note sheet before the data is passed over.
      if (!read.headers) continue;
      if (read.rows.length === 0) return { ok: false, key: 'xlsxNoSheet' };
      return {
        ok: true,
        sheets: names,
        sheet: sheet.name,
        table: {
          delimiter: '',
          headers: read.headers,
          rows: read.rows,
          lines: read.lines,
          broken: [],
          blankLines: read.blankLines,
        },
      };
    }
    return { ok: false, key: 'xlsxNoSheet' };
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, key: error.problem.key, values: error.problem.values };
    if (error instanceof RowCapError) return { ok: false, key: 'xlsxTooManyRows', values: { max: XLSX_LIMITS.rows } };
    throw error;
  }
}
