import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatReport, type ReportJson } from './figures-report';
import { figuresXlsx } from './figures-xlsx';
import { documentCsv, documentMarkdown, figuresDocument, formatKm2 } from './figures-document';

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
  const context = {
    planName: 'Jiaxing <test>',
    asOf: '2022-04-24',
    window: { from: '2022-04-18', to: '2022-04-24' },
    rates: { supplyPacksPerHousehold: 1, swabsPerResident: 1, staffPer100Households: 1 },
  };

  it('writes a workbook in the UI language, with numbers as numbers and names as text, never formulas', async () => {
    const withClock: ReportJson = {
      ...report,
      zones: [{ ...report.zones[0], lastCaseOn: '2022-04-14', caseFreeDays: 6, eligibleOn: '2022-04-21' }],
    };
    const workbook = new ExcelJS.Workbook();
    const document = figuresDocument(withClock, context, 'zh-CN');
    await workbook.xlsx.load(
      (await figuresXlsx(document, { figures: '防控数据', inputs: '数据文件' })).slice().buffer as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('防控数据')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['防控数据：Jiaxing <test>']);
    expect(rows).toContainEqual(['截至', '2022-04-24']);
    expect(rows).toContainEqual(['病例统计范围', '报告日期 2022-04-18 至 2022-04-24']);
    expect(rows).toContainEqual(['封控区外围', '管控 500 米，防范 2000 米']);
    expect(rows).toContainEqual(['等级', '户数', '人数', '病例', '楼栋数', '面积（平方千米）']);
    expect(rows).toContainEqual(['封控区', 4, 10, 1, 2, 0]);
    expect(rows).toContainEqual(['封控区', 4, 10, 1]); // needs: packs a day, swabs a round, grid staff
    const zoneRow = rows.find((row) => row[0] === '=HYPERLINK("x")')!;
    expect(zoneRow).toEqual(['=HYPERLINK("x")', '封控区', 4, 10, 1, 2, 0, '2022-04-14', 6, '2022-04-21', 'z1']);
    let nameCell: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '=HYPERLINK("x")') nameCell = row.getCell(1);
    });
    expect(nameCell!.type).toBe(ExcelJS.ValueType.String);
    expect((workbook.getWorksheet('数据文件')!.getRow(2).values as unknown[]).slice(1)).toEqual([
      'h.csv',
      '住户',
      7,
      10,
      2,
      1,
    ]);
  });

  it('writes CSV and Markdown for people: title, as-of, window, rings, needs, km², names before ids', () => {
    const big: ReportJson = {
      ...report,
      tiers: { ...report.tiers, precaution: { ...tier(15), areaSquareMeters: 12_345_678 } },
    };
    const csv = documentCsv(figuresDocument(big, context, 'en'));
    expect(csv.startsWith('\uFEFFFigures: Jiaxing <test>\r\n')).toBe(true);
    expect(csv).toContain('As of,2022-04-24');
    expect(csv).toContain('Cases counted,reported 2022-04-18 – 2022-04-24');
    expect(csv).toContain('Rings around sealed zones,"controlled 500 m, precaution 2000 m"');
    expect(csv).toContain('Tier,Households,Residents,Cases,Buildings,Area (km²)');
    expect(csv).toContain('Precaution zone,30,75,1,15,12.3');
    expect(csv).toContain('Sealed zone,4,10,1,2,0.00');
    expect(csv).toContain('Tier,Supply packs a day,Swabs a round,Grid staff');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",Sealed zone,4,10,1,2,0.00,z1`);
    const md = documentMarkdown(figuresDocument(big, context, 'zh-CN'));
    expect(md).toContain('# 防控数据：Jiaxing \\<test\\>');
    expect(md).toContain('| 等级 | 户数 | 人数 | 病例 | 楼栋数 | 面积（平方千米） |');
    expect(md).toContain('| 防范区 | 30 | 75 | 1 | 15 | 12.3 |');
    expect(formatKm2(40_000)).toBe('0.04');
    expect(formatKm2(215_400_000)).toBe('215');
  });

  it('escapes formula-like names in CSV, also after spaces or in full width, and Markdown syntax in names', () => {
    expect(formatReport(report, 'csv')).toContain(`"'=HYPERLINK(""x"")"`);
    for (const name of [' =1+1', '\u3000=1', '＝SUM(A1)', '＋1', '@x'])
      expect(formatReport({ ...report, zones: [{ ...report.zones[0], name }] }, 'csv')).toContain(`'${name}`);
    const md = formatReport({ ...report, zones: [{ ...report.zones[0], name: 'a|b <img src=x> `c`' }] }, 'md');
    expect(md).toContain('a\\|b \\<img src=x\\> \\`c\\`');
  });

  it("carries each input file's balance in every format", () => {
    expect(JSON.parse(formatReport(report, 'json')).inputs).toEqual(report.inputs);
    expect(formatReport(report, 'csv')).toContain('input,households,h.csv,,7,,,,,12,10,2,1');
    expect(formatReport(report, 'md')).toContain('| input | households | h.csv |  | 7 |  |  |  |  | 12 | 10 | 2 | 1 |');
    expect(documentCsv(figuresDocument(report, context, 'en'))).toContain('h.csv,households,7,10,2,1');
  });
});
