import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatReport, type ReportJson } from './figures-report';
import { figuresXlsx } from './figures-xlsx';

const tier = (records: number) => ({
  records,
  households: records * 2,
  residents: records * 5,
  areaSquareMeters: 1000.5,
  cases: 1,
});
const report: ReportJson = {
  settings: { controlledBufferMeters: 500, precautionBufferMeters: 2000 },
  tiers: { sealed: tier(2), controlled: tier(5), precaution: tier(15) },
  zones: [{ id: 'z1', name: '=HYPERLINK("x")', tier: 'sealed', ...tier(2) }],
  import: { read: 0, accepted: 0, rejected: 0, skipped: 0 },
  inputs: [{ file: 'h.csv', kind: 'households', lines: 12, read: 10, accepted: 7, rejected: 2, skipped: 1 }],
};

describe('the figures report', () => {
  it('writes a workbook with numbers as numbers and names as text, never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figuresXlsx(report)).slice().buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('figures')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'tier', 'sealed', 'sealed', 'sealed', 2, 4, 10, 1000.5, 1]);
    const name = sheet.getRow(5).getCell(3);
    expect(name.value).toBe('=HYPERLINK("x")');
    expect(name.type).toBe(ExcelJS.ValueType.String);
  });

  it("adds each zone's clock to the workbook when the report has clocks", async () => {
    const withClock: ReportJson = {
      ...report,
      zones: [{ ...report.zones[0], lastCaseOn: '2022-04-14', caseFreeDays: 6, eligibleOn: '2022-04-21' }],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figuresXlsx(withClock)).slice().buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('figures')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'scope',
      'id',
      'name',
      'tier',
      'records',
      'households',
      'residents',
      'areaSquareMeters',
      'cases',
      'lastCaseOn',
      'caseFreeDays',
      'eligibleOn',
    ]);
    expect((sheet.getRow(5).values as unknown[]).slice(-3)).toEqual(['2022-04-14', 6, '2022-04-21']);
  });

  it('escapes formula-like names in CSV, also after spaces or in full width, and Markdown syntax in names', () => {
    expect(formatReport(report, 'csv')).toContain(`"'=HYPERLINK(""x"")"`);
    for (const name of [' =1+1', '\u3000=1', '＝SUM(A1)', '＋1', '@x'])
      expect(formatReport({ ...report, zones: [{ ...report.zones[0], name }] }, 'csv')).toContain(`'${name}`);
    const md = formatReport({ ...report, zones: [{ ...report.zones[0], name: 'a|b <img src=x> `c`' }] }, 'md');
    expect(md).toContain('a\\|b \\<img src=x\\> \\`c\\`');
  });

  it("carries each input file's balance in every format", async () => {
    expect(JSON.parse(formatReport(report, 'json')).inputs).toEqual(report.inputs);
    expect(formatReport(report, 'csv')).toContain('input,households,h.csv,,7,,,,,12,10,2,1');
    expect(formatReport(report, 'md')).toContain('| input | households | h.csv |  | 7 |  |  |  |  | 12 | 10 | 2 | 1 |');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figuresXlsx(report)).slice().buffer as ArrayBuffer);
    expect(workbook.getWorksheet('inputs')!.getRow(2).values).toEqual([
      undefined,
      'households',
      'h.csv',
      12,
      10,
      7,
      2,
      1,
    ]);
  });
});
