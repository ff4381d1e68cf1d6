import Papa from 'papaparse';

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
}

export type TableResult = { ok: true; table: ParsedTable } | { ok: false; key: 'tableNoRows' | 'tableNoDelimiter'; values?: Record<string, string | number> };

const CANDIDATES = [',', '\t', ';', '|'];

/**
 * Chooses the delimiter from the header line: the candidate that splits it into the most
 * columns (quotes respected). PapaParse's own guess falls back to "," on a 2-column ";" file
 * with a trailing blank line (HOSTILE-INPUTS B2), so the choice is ours and shown to the user.
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

/** Where each piece of a long text ends: at a line break outside quotes (an even count of `"` before it, RFC 4180). */
export function pieceEnds(text: string, pieceChars: number): number[] {
  const ends: number[] = [];
  let quotes = 0;
  let counted = 0;
  let from = 0;
  while (from < text.length) {
    let end = Math.min(text.length, from + pieceChars);
    for (;;) {
      if (end >= text.length) {
        end = text.length;
        break;
      }
      const newline = text.indexOf('\n', end);
      if (newline === -1) {
        end = text.length;
        break;
      }
      for (let q = text.indexOf('"', counted); q !== -1 && q < newline; q = text.indexOf('"', q + 1)) quotes++;
      counted = newline;
      end = newline + 1;
      if (quotes % 2 === 0) break;
    }
    ends.push(end);
    from = end;
  }
  return ends;
}

/** Builds a table from parsed rows, piece after piece, keeping line numbers across pieces. */
class TableBuilder {
  rows: string[][] = [];
  lines: number[] = [];
  broken: ParsedTable['broken'] = [];
  headers: string[] | undefined;
  blankLines = 0;
  private line = 1;

  add(data: string[][], unclosed: Set<number>): void {
    for (let index = 0; index < data.length; index++) {
      const cells = data[index];
      const startLine = this.line;
      this.line += 1;
      for (let c = 0; c < cells.length; c++) {
        // Quoted fields may span lines; most cells have no newline, so test before counting.
        if (cells[c].includes('\n')) this.line += cells[c].split('\n').length - 1;
      }
      if (cells.length === 1 && cells[0].trim() === '') {
        this.blankLines++;
        continue;
      }
      if (unclosed.has(index)) {
        this.broken.push({ line: startLine, key: 'rowUnclosedQuote' });
        continue;
      }
      if (!this.headers) {
        this.headers = cells;
        continue;
      }
      this.rows.push(cells);
      this.lines.push(startLine);
    }
  }

  result(delimiter: string): TableResult {
    if (!this.headers || (this.rows.length === 0 && this.broken.length === 0)) return { ok: false, key: 'tableNoRows' };
    return { ok: true, table: { delimiter, headers: this.headers, rows: this.rows, lines: this.lines, broken: this.broken, blankLines: this.blankLines } };
  }
}

function parsePiece(builder: TableBuilder, piece: string, delimiter: string): void {
  // A piece ends with the line break that ends its last row; kept, PapaParse would see one more, empty, row.
  const body = piece.endsWith('\n') ? piece.slice(0, -1) : piece;
  const result = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false, newline: '\n' });
  const unclosed = new Set(result.errors.filter((e) => e.code === 'MissingQuotes' && e.row !== undefined).map((e) => e.row as number));
  builder.add(result.data, unclosed);
}

function chooseDelimiter(text: string, override?: string): { ok: true; delimiter: string } | { ok: false; key: 'tableNoRows' | 'tableNoDelimiter' } {
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
  parsePiece(builder, text.replace(/\r\n?/g, '\n'), chosen.delimiter);
  return builder.result(chosen.delimiter);
}

/**
 * The same parse in pieces of about `pieceChars` characters, split only between records: progress
 * after each piece, a pause so that a cancel gets through, and an AbortError when `signal` fires.
 * Gives exactly what parseTable gives.
 */
export async function parseTableInPieces(
  text: string,
  delimiterOverride: string | undefined,
  control: { signal?: AbortSignal; onProgress?: (fraction: number) => void; pieceChars?: number } = {},
): Promise<TableResult> {
  const chosen = chooseDelimiter(text, delimiterOverride);
  if (!chosen.ok) return chosen;
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const builder = new TableBuilder();
  let from = 0;
  const ends = pieceEnds(normalized, control.pieceChars ?? 2_000_000);
  if (ends.length === 0) ends.push(0);
  for (const end of ends) {
    if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
    parsePiece(builder, normalized.slice(from, end), chosen.delimiter);
    from = end;
    control.onProgress?.(end / normalized.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
  return builder.result(chosen.delimiter);
}
