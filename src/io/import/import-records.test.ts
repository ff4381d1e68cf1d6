import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectColumnRoles } from './column-roles';
import { decodeBytes } from './decode-bytes';
import { importRecords, importRecordsInSlices, type ImportOptions } from './import-records';
import { parseTable } from './parse-table';

const JIAXING: [number, number, number, number] = [120.291, 30.265, 121.271, 31.033];

function run(text: string, overrides: Partial<ImportOptions> = {}) {
  const parsed = parseTable(text);
  if (!parsed.ok) throw new Error(parsed.key);
  const { roles } = detectColumnRoles(parsed.table.headers);
  return importRecords(parsed.table, {
    kind: 'households',
    fileName: 'f.csv',
    roles,
    crs: 'wgs84',
    jurisdiction: JIAXING,
    today: '2022-04-30',
    ...overrides,
  });
}

const balanced = ({ report }: ReturnType<typeof run>) =>
  report.read === report.accepted + report.rejected + report.skipped;

describe('parseTable', () => {
  it('reads CRLF, CR-only and LF the same, with or without a final newline and blank lines (A13)', () => {
    const lf = 'id,lng,lat\nH1,120.75,30.75\nH2,120.76,30.76';
    for (const text of [lf, lf.replace(/\n/g, '\r\n') + '\r\n', lf.replace(/\n/g, '\r'), `${lf}\n\n\n`]) {
      const parsed = parseTable(text);
      expect(parsed.ok && parsed.table.rows).toEqual([
        ['H1', '120.75', '30.75'],
        ['H2', '120.76', '30.76'],
      ]);
    }
  });

  it('chooses ";" for a 2-column file with a trailing blank line (B2) and tab for TSV (A6)', () => {
    expect(parseTable('lng;lat\n120,75;30,75\n\n').ok && parseTable('lng;lat\n120,75;30,75\n\n')).toMatchObject({
      table: { delimiter: ';' },
    });
    expect(parseTable('经度\t纬度\n120.75\t30.75')).toMatchObject({ ok: true, table: { delimiter: '\t' } });
  });

  it('keeps quoted newlines and delimiters, numbers lines, and reports an unclosed quote (B5)', () => {
    const parsed = parseTable('id,address,lng,lat\nH1,"a, b\nc",120.75,30.75\nH2,x,120.76,30.76\nH3,"open,120.7,30.7');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.table.rows[0][1]).toBe('a, b\nc');
    expect(parsed.table.lines).toEqual([2, 4]);
    expect(parsed.table.broken).toEqual([{ line: 5, key: 'rowUnclosedQuote' }]);
  });

  it('refuses header-only and blank files (A2)', () => {
    expect(parseTable('id,lng,lat\n\n')).toEqual({ ok: false, key: 'tableNoRows' });
    expect(parseTable('\n\n')).toEqual({ ok: false, key: 'tableNoRows' });
  });
});

describe('importRecords: households', () => {
  it('accepts good rows and balances the reconciliation line', () => {
    const result = run('id,lng,lat,户数,人数,网格\nH1,120.75,30.75,3,8,G1\nH2,120.76,30.76,1,2,G2\n');
    expect(result.households).toEqual([
      { id: 'H1', lng: 120.75, lat: 30.75, households: 3, residents: 8, gridId: 'G1' },
      { id: 'H2', lng: 120.76, lat: 30.76, households: 1, residents: 2, gridId: 'G2' },
    ]);
    expect(result.report).toMatchObject({ read: 2, accepted: 2, rejected: 0, skipped: 0 });
  });

  it('rejects each bad row with its line, column, value and reason, and keeps the rest (B6, B15, D1–D4)', () => {
    const text = [
      'id,lng,lat,households,residents',
      'H1,120.75,30.75,1,2',
      'H2,Infinity,30.75,1,2',
      'H3,30.75,120.75,1,2',
      'H4,0,0,1,2',
      'H5,116.4,39.9,1,2',
      'H6,,30.75,1,2',
      'H7,120.75,30.75,-2,2',
      'H8,120.75,30.75,1',
      'H9,120.75,95.1,1,2',
      'H10,120.75,36.2,1,2',
      'H11,126.3,30.75,1,2',
    ].join('\n');
    const result = run(text);
    expect(result.households.map((h) => h.id)).toEqual(['H1']);
    expect(result.report.rejections.map((r) => [r.line, r.column, r.key])).toEqual([
      [3, 'lng', 'value_not-a-number'],
      [4, 'lng + lat', 'position_swapped'],
      [5, 'lng + lat', 'position_null-island'],
      [6, 'lng + lat', 'position_outside-jurisdiction'],
      [7, 'lng', 'value_empty'],
      [8, 'households', 'value_negative'],
      [9, undefined, 'rowFieldCount'],
      // A bad latitude is the latitude's fault, a bad longitude the longitude's.
      [10, 'lat', 'position_out-of-range'],
      [11, 'lat', 'position_outside-jurisdiction'],
      [12, 'lng', 'position_outside-jurisdiction'],
    ]);
    expect(result.report.rejections[0].value).toBe('Infinity');
    expect(balanced(result)).toBe(true);
  });

  it('skips identical duplicates and refuses conflicting ones, never last-wins (F1, F2, F10)', () => {
    const result = run(
      'id,lng,lat,households,residents\nH1,120.75,30.75,1,2\nH1,120.75,30.75,1,2\nH1,120.75,30.75,5,9\n',
    );
    expect(result.households).toHaveLength(1);
    expect(result.report.skips).toEqual([
      expect.objectContaining({ line: 3, key: 'skipDuplicate', values: { first: 2 } }),
    ]);
    expect(result.report.rejections).toEqual([
      expect.objectContaining({ line: 4, key: 'rowConflict', values: { first: 2 } }),
    ]);
  });

  it('reads decimal commas only when declared, converts GCJ-02 and keeps ids as text (B1, B13, D5)', () => {
    expect(run('id;lng;lat\n0700;120,75;30,75\n').report.rejections[0].key).toBe('value_not-a-number');
    const comma = run('id;lng;lat\n0700;120,75;30,75\n', { decimalComma: true });
    expect(comma.households[0]).toMatchObject({ id: '0700', lng: 120.75, lat: 30.75 });
    expect(comma.report.transforms).toMatchObject({ 'decimal-comma': 1, householdsDefaulted: 1, residentsMissing: 1 });
    const gcj = run('id,lng,lat\nH1,120.754,30.754\n', { crs: 'gcj02' });
    expect(gcj.households[0].lng).toBeCloseTo(120.754 - 0.0041, 3);
    expect(gcj.report.transforms.converted_gcj02).toBe(1);
  });

  it('drops personal columns unless an address is asked for, and strips control characters (F12, A14)', () => {
    const result = run('id,lng,lat,姓名,地址\nH1,120.75,30.75,张三,南湖路\u0007 1号\n');
    expect(result.report.personalColumnsDropped).toEqual(['姓名', '地址']);
    expect(result.households[0]).not.toHaveProperty('address');
    const kept = run('id,lng,lat,姓名,地址\nH1,120.75,30.75,张三,南湖路\u0007 1号\n', { keepAddress: true });
    expect(kept.households[0].address).toBe('南湖路 1号');
    expect(kept.report.personalColumnsDropped).toEqual(['姓名']);
    expect(JSON.stringify(kept.households)).not.toContain('张三');
  });

  it('always balances, for any rows in any order, and a second import of the same file adds nothing', () => {
    const cell = fc.oneof(
      fc.constantFrom('120.75', '30.75', '', 'x', '-1', '0', 'NaN', '1,5', '"q"'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 6 }), { minLength: 1, maxLength: 30 }), (rows) => {
        const text = [
          'id,lng,lat,households,residents',
          ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')),
        ].join('\n');
        const once = run(text);
        expect(balanced(once)).toBe(true);
        const reversed = run(
          [
            'id,lng,lat,households,residents',
            ...rows.reverse().map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')),
          ].join('\n'),
        );
        expect(reversed.report.accepted).toBe(once.report.accepted);
        const twice = run(`${text}\n${text.split('\n').slice(1).join('\n')}`);
        expect(twice.households).toEqual(once.households);
        expect(balanced(twice)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('importRecords: cases from a GBK file with GCJ-02 coordinates and Chinese headers', () => {
  it('decodes, maps, converts and reports, keeping no personal data (A5, B10, D5, F6, F12)', () => {
    const decoded = decodeBytes(new Uint8Array(readFileSync('test/fixtures/import/cases-gbk-gcj02.csv')));
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (!decoded.ok) return;
    const parsed = parseTable(decoded.text);
    if (!parsed.ok) throw new Error(parsed.key);
    const { roles } = detectColumnRoles(parsed.table.headers);
    expect(roles).toMatchObject({
      id: 0,
      personName: 1,
      idNumber: 2,
      phone: 3,
      lng: 4,
      lat: 5,
      reportedOn: 6,
      onsetOn: 7,
      kind: 8,
      foundIn: 9,
    });
    const result = importRecords(parsed.table, {
      kind: 'cases',
      fileName: 'cases.csv',
      roles,
      crs: 'gcj02',
      jurisdiction: JIAXING,
      today: '2022-04-30',
    });
    expect(result.cases).toEqual([
      {
        id: 'JX-0001',
        lng: expect.closeTo(120.7262, 3),
        lat: expect.closeTo(30.7405, 3),
        reportedOn: '2022-03-26',
        onsetOn: undefined,
        kind: 'asymptomatic',
        foundIn: 'quarantine',
        sourceFile: 'cases.csv',
        sourceRow: 2,
      },
      expect.objectContaining({
        id: 'JX-0002',
        reportedOn: '2022-03-28',
        onsetOn: '2022-03-27',
        kind: 'confirmed',
        foundIn: 'community',
        sourceRow: 3,
      }),
    ]);
    expect(result.report.rejections).toEqual([
      expect.objectContaining({ line: 4, column: '报告日期', value: '2022-02-30', key: 'value_impossible-date' }),
    ]);
    expect(result.report.personalColumnsDropped).toEqual(['姓名', '身份证号', '手机号']);
    expect(JSON.stringify(result.cases)).not.toMatch(/张三|3304021990|13800000001/);
    expect(result.report).toMatchObject({ read: 3, accepted: 2, rejected: 1, skipped: 0 });
  });
});

describe('importRecordsInSlices', () => {
  const rows = Array.from({ length: 2500 }, (_, i) => `H${i},${(120.7 + i * 1e-5).toFixed(5)},30.75,1,2`);
  const text = ['id,lng,lat,households,residents', ...rows].join('\n');
  const parsed = parseTable(text);
  if (!parsed.ok) throw new Error(parsed.key);
  const options: ImportOptions = {
    kind: 'households',
    fileName: 'f.csv',
    roles: detectColumnRoles(parsed.table.headers).roles,
    crs: 'wgs84',
    jurisdiction: JIAXING,
    today: '2022-04-30',
  };

  it('gives what the one-pass import gives, with progress rising to 1', async () => {
    const fractions: number[] = [];
    const sliced = await importRecordsInSlices(parsed.table, options, {
      sliceRows: 1000,
      onProgress: (f) => fractions.push(f),
    });
    expect(sliced).toEqual(importRecords(parsed.table, options));
    expect(fractions).toEqual([0.4, 0.8, 1]);
  });

  it('stops with an AbortError when cancelled between slices, having changed nothing outside', async () => {
    const controller = new AbortController();
    const run = importRecordsInSlices(parsed.table, options, {
      sliceRows: 500,
      signal: controller.signal,
      onProgress: (f) => f >= 0.4 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('coarse positions (D13)', () => {
  it('are accepted with a warning that they cannot be placed in a zone reliably', () => {
    const result = run('id,lng,lat\nH1,120.75,30.75\nH2,120.751234,30.751234\n');
    expect(result.report.accepted).toBe(2);
    expect(result.report.warnings).toEqual([
      expect.objectContaining({ line: 2, key: 'warnCoarsePosition', value: '120.75, 30.75' }),
    ]);
  });
});

describe('named values in case files', () => {
  it('reads kinds and where-found in either language, defaults unmapped columns, and refuses unknown values', () => {
    const text =
      'id,lng,lat,reported_on,kind,found_in\nC1,120.75,30.75,2022-03-26,无症状,核酸筛查\nC2,120.75,30.75,2022-03-26,probable,community\nC3,120.75,30.75,2022-03-26,confirmed,hospital\n';
    const result = run(text, { kind: 'cases' });
    expect(result.cases).toEqual([expect.objectContaining({ id: 'C1', kind: 'asymptomatic', foundIn: 'screening' })]);
    expect(result.report.rejections.map((r) => [r.line, r.column, r.value, r.key])).toEqual([
      [3, 'kind', 'probable', 'value_unknown-kind'],
      [4, 'found_in', 'hospital', 'value_unknown-found-in'],
    ]);
    const bare = run('id,lng,lat,reported_on\nC1,120.75,30.75,2022-03-26\n', { kind: 'cases' });
    expect(bare.cases[0]).toMatchObject({ kind: 'confirmed', foundIn: 'community' });
    expect(bare.report.transforms).toMatchObject({ kindDefaulted: 1, foundInDefaulted: 1 });
  });

  it('refuses the names of Object’s own members as values, instead of taking the inherited function (G5)', () => {
    const text =
      'id,lng,lat,reported_on,kind,found_in\nC1,120.75,30.75,2022-03-26,constructor,community\nC2,120.75,30.75,2022-03-26,confirmed,toString\nC3,120.75,30.75,2022-03-26,__proto__,community\n';
    const result = run(text, { kind: 'cases' });
    expect(result.cases).toEqual([]);
    expect(result.report.rejections.map((r) => [r.line, r.value, r.key])).toEqual([
      [2, 'constructor', 'value_unknown-kind'],
      [3, 'toString', 'value_unknown-found-in'],
      [4, '__proto__', 'value_unknown-kind'],
    ]);
  });
});
