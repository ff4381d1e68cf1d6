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

/**
 * Parses CSV/TSV text (any of , ; tab |, quoted fields, CRLF / CR / LF) into a table. An
 * unclosed quote is reported with its line instead of shifting every later column (B5); blank
 * lines are counted, not imported (A13).
 */
export function parseTable(text: string, delimiterOverride?: string): TableResult {
  const delimiter = delimiterOverride ?? guessDelimiter(text);
  if (!delimiter) {
    const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim()).length;
    if (lines <= 1) return { ok: false, key: 'tableNoRows' };
    return { ok: false, key: 'tableNoDelimiter' };
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(normalized, { delimiter, header: false, skipEmptyLines: false, newline: '\n' });
  const unclosed = new Set(result.errors.filter((e) => e.code === 'MissingQuotes' && e.row !== undefined).map((e) => e.row as number));
  const rows: string[][] = [];
  const lines: number[] = [];
  const broken: ParsedTable['broken'] = [];
  let headers: string[] | undefined;
  let blankLines = 0;
  let line = 1;
  result.data.forEach((cells, index) => {
    const startLine = line;
    line += 1;
    for (const cell of cells) {
      // Quoted fields may span lines; most cells have no newline, so test before counting.
      if (cell.includes('\n')) line += cell.split('\n').length - 1;
    }
    if (cells.length === 1 && cells[0].trim() === '') {
      blankLines++;
      return;
    }
    if (unclosed.has(index)) {
      broken.push({ line: startLine, key: 'rowUnclosedQuote' });
      return;
    }
    if (!headers) {
      headers = cells;
      return;
    }
    rows.push(cells);
    lines.push(startLine);
  });
  if (!headers || (rows.length === 0 && broken.length === 0)) return { ok: false, key: 'tableNoRows' };
  return { ok: true, table: { delimiter, headers, rows, lines, broken, blankLines } };
}
