import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { JIAXING_BBOX } from '../../domain/geo/jiaxing';
import { importFile } from './import-file';
import { tableFromXlsx } from './xlsx-table';

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading .xlsx workbooks', () => {
  it('reads the first sheet with data, with Excel row numbers, dates as calendar dates and long numbers flagged', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('说明');
      const sheet = book.addWorksheet('病例');
      sheet.addRow(['病例编号', '经度', '纬度', '报告日期', '发现方式', '身份证号']);
      sheet.addRow([
        'C1',
        120.751234,
        30.751234,
        new Date(Date.UTC(2022, 3, 2)),
        { richText: [{ text: '社' }, { text: '区' }] },
        Number('330402199001011234'),
      ]);
      sheet.addRow([]);
      sheet.addRow([
        3.30402199001011e17,
        120.761234,
        30.761234,
        '2022-04-03',
        { formula: '"筛"&"查"', result: '筛查' },
        '',
      ]);
    });
    const table = await tableFromXlsx(bytes);
    expect(table.ok && table.sheet).toBe('病例');
    expect(table.ok && table.sheets).toEqual(['说明', '病例']);
    if (!table.ok) return;
    expect(table.table.lines).toEqual([2, 4]);
    expect(table.table.rows[0].slice(3, 5)).toEqual(['2022-04-02', '社区']);
    expect(table.table.rows[1][0]).toBe('3.30402199001011e+17');
    const result = await importFile('病例.xlsx', bytes, {
      crs: 'wgs84',
      jurisdiction: JIAXING_BBOX,
      today: '2022-04-30',
    });
    if (!result.ok) throw new Error(result.problem.key);
    expect(result.result.cases.map((c) => [c.id, c.reportedOn, c.foundIn])).toEqual([
      ['C1', '2022-04-02', 'community'],
    ]);
    expect(result.result.report.rejections).toEqual([expect.objectContaining({ line: 4, key: 'value_scientific-id' })]);
    expect(result.result.report.personalColumnsDropped).toEqual(['身份证号']);
  });

  it('reads a chosen sheet, and refuses a workbook without data or one that is damaged', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('A').addRows([
        ['id', 'lng', 'lat'],
        ['H1', 120.75, 30.75],
      ]);
      book.addWorksheet('B').addRows([
        ['id', 'lng', 'lat'],
        ['H2', 120.76, 30.76],
        ['H3', 120.77, 30.77],
      ]);
    });
    const second = await tableFromXlsx(bytes, 'B');
    expect(second.ok && second.table.rows.map((row) => row[0])).toEqual(['H2', 'H3']);
    expect(await tableFromXlsx(await workbook((book) => book.addWorksheet('empty')))).toEqual({
      ok: false,
      key: 'xlsxNoSheet',
    });
    const damaged = bytes.slice(0, 200);
    expect(await tableFromXlsx(damaged)).toMatchObject({ ok: false, key: 'xlsxUnreadable' });
  });

  it('turns every kind of cell into text: booleans, links, errors, formulas, rich text, dates by their style', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('s');
      sheet.addRow(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
      sheet.addRow([
        true,
        { text: 'link', hyperlink: 'https://x' },
        { error: '#N/A' },
        { formula: '1+1', result: 2 },
        { richText: [{ text: '南' }, { text: '湖' }] },
        new Date(Date.UTC(2022, 2, 26)),
        44646,
      ]);
      sheet.getCell('G2').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const table = await tableFromXlsx(bytes);
    if (!table.ok) throw new Error(table.key);
    expect(table.table.rows).toEqual([['true', 'link', '#N/A', '2', '南湖', '2022-03-26', '2022-03-26']]);
  });
});
