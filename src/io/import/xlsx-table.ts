import type { ParsedTable } from './parse-table';

export type XlsxTableResult =
  | { ok: true; table: ParsedTable; sheets: string[]; sheet: string }
  | { ok: false; key: 'xlsxUnreadable' | 'xlsxNoSheet'; values?: Record<string, string | number> };

/** What one cell reads as, as text; ids and codes stay exactly as Excel holds them. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Beyond 15 digits Excel has already rounded the number: say so, as Excel shows it (catalogue row B12).
    return Number.isInteger(value) && Math.abs(value) >= 1e15 ? value.toExponential() : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  // Excel dates are calendar dates; exceljs gives them at midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (typeof cell.text === 'string') return cell.text;
    if (typeof cell.error === 'string') return cell.error;
  }
  return String(value);
}

/**
 * Reads a sheet of an .xlsx workbook (the first with data, or the one named) into the same table
 * a CSV gives; `lines` are Excel's row numbers, so a report points at the row a clerk sees.
 * exceljs is loaded only when a workbook comes in.
 */
export async function tableFromXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxTableResult> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (error) {
    return {
      ok: false,
      key: 'xlsxUnreadable',
      values: { detail: (error instanceof Error ? error.message : String(error)).slice(0, 120) },
    };
  }
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet =
    sheetName === undefined
      ? workbook.worksheets.find((candidate) => candidate.actualRowCount > 0)
      : workbook.getWorksheet(sheetName);
  if (!worksheet || worksheet.actualRowCount === 0) return { ok: false, key: 'xlsxNoSheet' };
  let headers: string[] | undefined;
  const rows: string[][] = [];
  const lines: number[] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    width = Math.max(width, row.cellCount);
  });
  let blankLines = 0;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells = Array.from({ length: width }, (_, column) => cellText(row.getCell(column + 1).value).trim());
    if (cells.every((text) => text === '')) {
      if (headers) blankLines++;
      return;
    }
    if (!headers) headers = cells;
    else {
      rows.push(cells);
      lines.push(rowNumber);
    }
  });
  if (!headers || rows.length === 0) return { ok: false, key: 'xlsxNoSheet' };
  return {
    ok: true,
    sheets,
    sheet: worksheet.name,
    table: { delimiter: '', headers, rows, lines, broken: [], blankLines },
  };
}
