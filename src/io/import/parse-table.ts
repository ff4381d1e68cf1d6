import Papa from 'papaparse';
import { yieldNow } from './yield-now';
import { SpanCells, type RowCells } from './row-cells';

/** A delimited text file as rows of cells, with where each row started. */
export interface ParsedTable {
  delimiter: string;
  headers: string[];
  /** Data rows (the header excluded), each as many cells as the file gave. */
  rows: string[][];
  /** 1-based line in the file where each data row starts (quoted fields may span lines). */
  lines: number[];
  /** Rows the parser could not read whole, with the reason; they are not in `rows`. */
  broken: { line: number; key: 'rowUnclosedQuote' }[];
  /** Blank lines passed over. */
  blankLines: number;
  /** Lines in the text, header and blank lines included: every one belongs to a row, a broken row or a blank. */
  physicalLines?: number;
}

export type TableResult =
  | { ok: true; table: ParsedTable }
  | { ok: false; key: 'tableNoRows' | 'tableNoDelimiter'; values?: Record<string, string | number> };

const CANDIDATES = [',', '\t', ';', '|'];

/**
 * Chooses the delimiter from the header line: the candidate that splits it into the most
 * columns (quotes respected). PapaParse's own guess falls back to "," on a 2-column ";" file
 * with a trailing blank line (catalogue row B2), so the choice is ours and shown to the user.
 */
export function guessDelimiter(text: string): string | undefined {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  let best: { delimiter: string; columns: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const columns = Papa.parse<string[]>(firstLine, { delimiter, header: false }).data[0]?.length ?? 0;
    if (columns > 1 && (!best || columns > best.columns)) best = { delimiter, columns };
  }
  return best?.delimiter;
}

/**
 * How far one quoted field may run: a quote still open after this many line breaks, or this many
 * characters, was never meant to be closed (a stray `"`), and the row it opened on is refused
 * while the lines after it are read again as rows (catalogue row B5). Without a bound one stray
 * quote swallows the rest of the file.
 */
export const MAX_QUOTED_LINES = 20;
export const MAX_QUOTED_CHARACTERS = 10_000;
/** The bounds, as the message about such a row names them. */
export const UNCLOSED_QUOTE_LIMITS = { lines: MAX_QUOTED_LINES, characters: MAX_QUOTED_CHARACTERS };

/** A stretch of the text: whole rows to parse, or one line whose quote is never closed. */
export interface Segment {
  start: number;
  end: number;
  broken: boolean;
}

const QUOTE = 34;
const NEWLINE = 10;

/**
 * Where the row starting at `start` ends (just past its line break, or the text's end), reading
 * quotes as RFC 4180 does: a quote opens a field only at the field's start, `""` inside is a
 * quote. -1 when a quoted field runs past the bounds or the end of the text.
 */
function rowEndFrom(text: string, start: number, delimiter: number): number {
  const n = text.length;
  let fieldStart = true;
  for (let i = start; i < n;) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === QUOTE) {
      const open = i;
      let lines = 0;
      for (i = open + 1; ;) {
        const quote = text.indexOf('"', i);
        const limit = quote === -1 ? n : quote;
        for (let nl = text.indexOf('\n', i); nl !== -1 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
          if (++lines > MAX_QUOTED_LINES) return -1;
        }
        if (quote === -1 || quote - open > MAX_QUOTED_CHARACTERS) return -1;
        if (text.charCodeAt(quote + 1) === QUOTE) i = quote + 2;
        else {
          i = quote + 1;
          break;
        }
      }
      fieldStart = false;
      continue;
    }
    if (c === NEWLINE) return i + 1;
    fieldStart = c === delimiter;
    i++;
  }
  return n;
}

/**
 * Cuts a text (line breaks as LF) into pieces of whole rows, about `pieceChars` each, never
 * inside quotes, and sets apart each line where a quote opens and is not closed within the
 * bounds. Parsing resumes on the line after it, so every physical line is read once.
 */
export function segmentText(text: string, delimiter: string, pieceChars: number): Segment[] {
  const segments: Segment[] = [];
  const delimiterCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const n = text.length;
  let pieceStart = 0;
  let rowStart = 0;
  let nextQuote = text.indexOf('"');
  const close = (end: number) => {
    if (end > pieceStart) segments.push({ start: pieceStart, end, broken: false });
    pieceStart = end;
  };
  while (rowStart < n) {
    if (nextQuote !== -1 && nextQuote < rowStart) nextQuote = text.indexOf('"', rowStart);
    if (nextQuote === -1) {
      // No quote left: whole lines, cut at the first line break after each piece's size.
      const newline = text.indexOf('\n', Math.min(n, pieceStart + pieceChars));
      rowStart = newline === -1 ? n : newline + 1;
      close(rowStart);
      continue;
    }
    const lineEnd = text.indexOf('\n', rowStart);
    if (lineEnd !== -1 && lineEnd < nextQuote) {
      // No quote on this line: the row ends with it. Jump to the line before the next quote, or the piece's end.
      const target = Math.min(nextQuote, pieceStart + pieceChars);
      const before = target > lineEnd ? text.lastIndexOf('\n', target - 1) : lineEnd;
      rowStart = before + 1;
    } else {
      const end = rowEndFrom(text, rowStart, delimiterCode);
      if (end === -1) {
        close(rowStart);
        const brokenEnd = lineEnd === -1 ? n : lineEnd + 1;
        segments.push({ start: rowStart, end: brokenEnd, broken: true });
        pieceStart = rowStart = brokenEnd;
        nextQuote = text.indexOf('"', rowStart);
        continue;
      }
      rowStart = end;
    }
    if (rowStart - pieceStart >= pieceChars) close(rowStart);
  }
  close(n);
  return segments;
}

/** Where streamed rows go: each data row with the line it starts on, and each row that could not be read. */
export interface RowSink {
  row(cells: string[], line: number): void;
  broken(line: number, key: 'rowUnclosedQuote'): void;
  /** Before each piece: whether it holds any control character, so rows need not be searched one cell at a time. */
  piece?(hasControlCharacters: boolean): void;
  /**
   * Takes the rows without quotes (nearly all) as spans of the text instead of `row`'s arrays of
   * strings. The object is reused for the next row.
   */
  cells(row: RowCells, line: number): void;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Builds a table from parsed rows, piece after piece, keeping line numbers across pieces; with a
 * sink, hands each row on instead of keeping it.
 */
class TableBuilder {
  rows: string[][] = [];
  lines: number[] = [];
  broken: ParsedTable['broken'] = [];
  headers: string[] | undefined;
  blankLines = 0;
  dataRows = 0;
  brokenRows = 0;
  private line = 1;

  constructor(private readonly sink?: RowSink) {}

  /** Adds parsed rows; `quoted` says whether any cell may hold a line break. */
  add(data: string[][], unclosed: Set<number>, quoted = true): void {
    for (let index = 0; index < data.length; index++) this.addRow(data[index], unclosed.has(index), quoted);
  }

  /** Adds one row. */
  private addRow(cells: string[], unclosed: boolean, quoted: boolean): void {
    const startLine = this.line;
    this.line += 1;
    if (quoted) {
      for (let c = 0; c < cells.length; c++) {
        // Quoted fields may span lines; most cells have no newline, so test before counting.
        if (cells[c].includes('\n')) this.line += cells[c].split('\n').length - 1;
      }
    }
    if (cells.length === 1 && cells[0].trim() === '') {
      this.blankLines++;
      return;
    }
    if (unclosed) {
      this.brokenRows++;
      if (this.sink) this.sink.broken(startLine, 'rowUnclosedQuote');
      else this.broken.push({ line: startLine, key: 'rowUnclosedQuote' });
      return;
    }
    if (!this.headers) {
      this.headers = cells;
      return;
    }
    this.dataRows++;
    if (this.sink) this.sink.row(cells, startLine);
    else {
      this.rows.push(cells);
      this.lines.push(startLine);
    }
  }

  /** Adds a line whose quote is never closed: refused, and the next line read as a row of its own. */
  addBroken(): void {
    const startLine = this.line;
    this.line += 1;
    this.brokenRows++;
    if (this.sink) this.sink.broken(startLine, 'rowUnclosedQuote');
    else this.broken.push({ line: startLine, key: 'rowUnclosedQuote' });
  }

  /** Physical lines read so far. */
  get linesRead(): number {
    return this.line - 1;
  }

  /**
   * Adds one unquoted row given as spans of a text (a streaming sink that takes them), making
   * strings only for the header.
   */
  addSpans(row: SpanCells): void {
    const startLine = this.line;
    this.line += 1;
    if (row.size === 1 && row.text(0).trim() === '') {
      this.blankLines++;
      return;
    }
    if (!this.headers) {
      this.headers = Array.from({ length: row.size }, (_, column) => row.text(column));
      return;
    }
    this.dataRows++;
    this.sink?.cells(row, startLine);
  }

  /** Whether rows go to a sink (which must not keep the cells object it is handed). */
  get streaming(): boolean {
    return this.sink !== undefined;
  }

  /** The one span row handed to the sink, re-pointed at each row. */
  readonly spans = new SpanCells();

  result(delimiter: string): TableResult {
    if (!this.headers || (this.rows.length === 0 && this.broken.length === 0)) return { ok: false, key: 'tableNoRows' };
    return {
      ok: true,
      table: {
        delimiter,
        headers: this.headers,
        rows: this.rows,
        lines: this.lines,
        broken: this.broken,
        blankLines: this.blankLines,
        physicalLines: this.linesRead,
      },
    };
  }
}

const NO_ROWS = new Set<number>();

/** Cuts an unquoted piece into rows of spans, one reused object, making no strings at all. */
function splitIntoSpans(builder: TableBuilder, body: string, delimiter: string): void {
  const row = builder.spans;
  row.source = body;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    let size = 0;
    for (let from = start; ;) {
      let at = body.indexOf(delimiter, from);
      if (at === -1 || at > end) at = end;
      row.reserve(size + 1);
      row.bounds[2 * size] = from;
      row.bounds[2 * size + 1] = at;
      size++;
      if (at === end) break;
      from = at + 1;
    }
    row.size = size;
    builder.addSpans(row);
    start = end + 1;
  }
}

function parseSegment(builder: TableBuilder, text: string, segment: Segment, delimiter: string): void {
  if (segment.broken) builder.addBroken();
  else parsePiece(builder, text.slice(segment.start, segment.end), delimiter);
}

function parsePiece(builder: TableBuilder, piece: string, delimiter: string): void {
  // A piece ends with the line break that ends its last row; kept, PapaParse would see one more, empty, row.
  const body = piece.endsWith('\n') ? piece.slice(0, -1) : piece;
  if (body.indexOf('"') === -1 && builder.streaming) {
    splitIntoSpans(builder, body, delimiter);
    return;
  }
  if (body.indexOf('"') === -1) {
    // Without quotes a row is its line split at the delimiter, exactly as PapaParse reads it, at a third of the cost.
    const lines = body.split('\n');
    const rows = new Array<string[]>(lines.length);
    for (let i = 0; i < lines.length; i++) rows[i] = lines[i].split(delimiter);
    builder.add(rows, NO_ROWS, false);
    return;
  }
  const result = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false, newline: '\n' });
  const unclosed = new Set(
    result.errors.filter((e) => e.code === 'MissingQuotes' && e.row !== undefined).map((e) => e.row as number),
  );
  builder.add(result.data, unclosed);
}

function chooseDelimiter(
  text: string,
  override?: string,
): { ok: true; delimiter: string } | { ok: false; key: 'tableNoRows' | 'tableNoDelimiter' } {
  const delimiter = override ?? guessDelimiter(text);
  if (delimiter) return { ok: true, delimiter };
  const lines = text.split(/\r\n|\r|\n/, 3).filter((line) => line.trim()).length;
  return { ok: false, key: lines <= 1 ? 'tableNoRows' : 'tableNoDelimiter' };
}

/**
 * Parses CSV/TSV text (any of , ; tab |, quoted fields, CRLF / CR / LF) into a table. An
 * unclosed quote is reported with its line instead of shifting every later column (B5); blank
 * lines are counted, not imported (A13).
 */
export function parseTable(text: string, delimiterOverride?: string): TableResult {
  const chosen = chooseDelimiter(text, delimiterOverride);
  if (!chosen.ok) return chosen;
  const builder = new TableBuilder();
  const normalized = normalizeLineBreaks(text);
  for (const segment of segmentText(normalized, chosen.delimiter, Infinity))
    parseSegment(builder, normalized, segment, chosen.delimiter);
  return builder.result(chosen.delimiter);
}

/** Text with every line break written as LF, as the parsers here expect. */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export interface TextTable {
  /** The text, line breaks normalized. */
  text: string;
  delimiter: string;
}

/**
 * Reads a delimited text without keeping it as rows: only the header and the first rows (a
 * sample), and how many rows there are. A million-row file stays one string until it is checked.
 */
export async function inspectText(
  text: string,
  delimiterOverride: string | undefined,
  control: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<
  | { ok: true; sample: ParsedTable; source: TextTable; rows: number }
  | { ok: false; key: 'tableNoRows' | 'tableNoDelimiter' }
> {
  const chosen = chooseDelimiter(text, delimiterOverride);
  if (!chosen.ok) return chosen;
  const normalized = normalizeLineBreaks(text);
  const source = { text: normalized, delimiter: chosen.delimiter };
  // The first piece of rows: cut from a slice, so that a long file is not scanned twice.
  const headText = normalized.slice(0, 512_000);
  const headEnd =
    segmentText(headText, chosen.delimiter, 256_000).find((s) => s.end >= 256_000 && s.end < headText.length)?.end ??
    normalized.length;
  let sample = parseTable(normalized.slice(0, headEnd), chosen.delimiter);
  if (!sample.ok && headEnd < normalized.length) sample = parseTable(normalized, chosen.delimiter);
  if (!sample.ok) return sample;
  if (headEnd === normalized.length)
    return { ok: true, sample: sample.table, source, rows: sample.table.rows.length + sample.table.broken.length };
  // Count the rows: by lines when nothing is quoted, else by parsing (rows are counted, not kept).
  let rows: number;
  if (normalized.indexOf('"') === -1) rows = countNonBlankLines(normalized) - 1;
  else {
    const counted = await streamTable(
      source,
      { row: () => undefined, cells: () => undefined, broken: () => undefined },
      control,
    );
    rows = counted.rows + counted.broken;
  }
  control.onProgress?.(1);
  return { ok: true, sample: sample.table, source, rows };
}

/** Lines with anything but spaces on them. */
function countNonBlankLines(text: string): number {
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start && (text.charCodeAt(start) > 32 || text.slice(start, end).trim() !== '')) count++;
    start = end + 1;
  }
  return count;
}

/**
 * Streams the data rows of a text to a sink, piece by piece, with progress and a pause between
 * pieces for a cancel to get through. Gives the rows parseTable would, with the same lines.
 */
export async function streamTable(
  source: TextTable,
  sink: RowSink,
  control: { signal?: AbortSignal; onProgress?: (fraction: number) => void; pieceChars?: number } = {},
): Promise<{ headers?: string[]; rows: number; broken: number; blankLines: number; physicalLines: number }> {
  const builder = new TableBuilder(sink);
  const { text } = source;
  for (const segment of segmentText(text, source.delimiter, control.pieceChars ?? 1_000_000)) {
    if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
    if (segment.broken) builder.addBroken();
    else {
      const piece = text.slice(segment.start, segment.end);
      sink.piece?.(CONTROL_CHARACTER.test(piece));
      parsePiece(builder, piece, source.delimiter);
      control.onProgress?.(segment.end / text.length);
      await yieldNow();
    }
  }
  if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
  return {
    headers: builder.headers,
    rows: builder.dataRows,
    broken: builder.brokenRows,
    blankLines: builder.blankLines,
    physicalLines: builder.linesRead,
  };
}
