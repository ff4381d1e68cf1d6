import type { FiguresDocument } from './figures-document';

/**
 * The figures for people as an .xlsx workbook, in the document's language: the title, what the
 * figures are as of, and the tables (per tier, needs, per zone) on one sheet; the data files on
 * another. Numbers are numbers (areas in km² shown with two decimals), names are text cells,
 * which Excel never runs as formulas. exceljs is loaded only when a workbook is asked for.
 */
export async function figuresXlsx(
  document: FiguresDocument,
  sheetNames: { figures: string; inputs: string },
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNames.figures);
  sheet.addRow([document.title]).font = { bold: true, size: 14 };
  for (const line of document.about) sheet.addRow(line).getCell(1).font = { bold: true };
  sheet.addRow([document.note]);
  // The data files (the document's last table) go on a sheet of their own.
  const inputs = document.tables[document.tables.length - 1];
  for (const table of document.tables.slice(0, -1)) {
    sheet.addRow([]);
    sheet.addRow([table.heading]).font = { bold: true, size: 12 };
    sheet.addRow(table.head).font = { bold: true };
    for (const values of table.rows) {
      const row = sheet.addRow(values);
      for (const column of table.areaColumns ?? []) row.getCell(column + 1).numFmt = '0.00';
    }
  }
  sheet.getColumn(1).width = 28;
  for (let column = 2; column <= 12; column++) sheet.getColumn(column).width = 14;
  const files = workbook.addWorksheet(sheetNames.inputs);
  files.addRow(inputs.head).font = { bold: true };
  for (const values of inputs.rows) files.addRow(values);
  files.getColumn(1).width = 36;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
