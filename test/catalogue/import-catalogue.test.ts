/**
 * the catalogue (test/catalogue/README.md), rows A–D, F and G, one test per row that applies to case and household
 * imports, run through the whole pipeline (`importFile`: bytes → table → records → report). Every
 * outcome is also held to the contract in test/catalogue/README.md (see `contract` below). Rows about zone geometry
 * are zone imports: D14 and D15 are tested in src/io/zones/zone-geojson.test.ts, section E there
 * and in src/domain/zones, and D16 (H3 polygon fill) with the H3 cells in src/domain/cases.
 */
import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, fileTooLarge } from '../../src/io/import/import-file';
import type { RowNote } from '../../src/io/import/import-records';
import { gb18030, problem, report, utf8 } from '../helpers/import-run';
import type { DeclaredCrs } from '../../src/io/import/coordinates';
import { reportToCsv } from '../../src/io/import/report-csv';

const keys = (notes: RowNote[]) => notes.map((note) => [note.line, note.key]);
const HOUSEHOLDS = 'id,lng,lat,户数,人数\n';
const CASES = '病例编号,经度,纬度,报告日期,发现方式\n';

describe('A. file level, encoding, size', () => {
  it('A1: a 0-byte file is refused as empty', async () => {
    expect(await problem(new Uint8Array(0))).toEqual({ key: 'file_empty' });
  });
  it('A2: a header only, or only blank lines, is refused as having no data rows', async () => {
    expect(await problem('id,lng,lat\n')).toMatchObject({ key: 'tableNoRows' });
    expect(await problem('\n\n\n')).toMatchObject({ key: 'tableNoRows' });
  });
  it('A3: a UTF-8 BOM is stripped and the first header still matches by name', async () => {
    const { inspection, result } = await report(utf8('\uFEFF' + CASES + 'C1,120.75,30.75,2022-04-01,社区\n'));
    expect(inspection.headers[0]).toBe('病例编号');
    expect(inspection.mapping.roles.id).toBe(0);
    expect(result.cases[0].id).toBe('C1');
    expect(result.report.transforms.bomStripped).toBe(1);
  });
  it('A4: a GeoJSON file starting with a BOM is read', async () => {
    const { result } = await report(
      '\uFEFF' +
        JSON.stringify({
          type: 'Feature',
          id: 'H1',
          properties: { 户数: 3 },
          geometry: { type: 'Point', coordinates: [120.75, 30.75] },
        }),
      { name: 'a.geojson' },
    );
    expect(result.households).toEqual([{ id: 'H1', lng: 120.75, lat: 30.75, households: 3, residents: 0 }]);
  });
  it('A5: a GB18030 file from Chinese Excel is detected and its Chinese text decoded, never mojibake', async () => {
    const { inspection, result } = await report(
      gb18030('病例编号,姓名,经度,纬度,报告日期,发现方式\nC1,张三,120.75,30.75,2022年4月1日,集中隔离点\n'),
    );
    expect(inspection.info).toMatchObject({ encoding: 'gb18030', encodingDetected: true, undecodableLines: [] });
    expect(inspection.sample[0][1]).toBe('张三');
    expect(result.cases[0]).toMatchObject({ id: 'C1', foundIn: 'quarantine', reportedOn: '2022-04-01' });
  });
  it('A6: UTF-16LE with a BOM, tab-separated (Excel "Unicode text"), is detected', async () => {
    const text = '编号\t经度\t纬度\t户数\nH1\t120.75\t30.75\t4\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
    const { inspection, result } = await report(bytes);
    expect(inspection.info).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(result.households[0]).toMatchObject({ id: 'H1', households: 4 });
  });
  it('A7: rows with bytes that cannot be decoded are refused by row, the rest imported', async () => {
    const head = utf8(HOUSEHOLDS + 'H1,120.75,30.75,1,2\nH2,120.75,30.75,1,');
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0x0a, ...utf8('H3,120.76,30.76,2,3\n')]);
    const { inspection, result } = await report(bytes, { choices: { encoding: 'utf-8' } });
    expect(inspection.info.undecodableLines).toEqual([3]);
    expect(keys(result.report.rejections)).toEqual([[3, 'rowUndecodable']]);
    expect(result.households.map((h) => h.id)).toEqual(['H1', 'H3']);
  });
  it('A8: a file above the cap is refused before it is read, with the cap and what to do', () => {
    expect(fileTooLarge('big.csv', MAX_IMPORT_BYTES + 1)).toMatchObject({
      key: 'fileTooLarge',
      values: { file: 'big.csv', cap: MAX_IMPORT_BYTES / 1024 / 1024 },
    });
    expect(fileTooLarge('ok.csv', MAX_IMPORT_BYTES)).toBeUndefined();
  });
  it('A9: an .xlsx renamed .csv is read as the workbook it is', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('住户').addRows([
      ['编号', '经度', '纬度', '户数'],
      ['H1', 120.75, 30.75, 5],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { inspection, result } = await report(bytes, { name: 'renamed.csv' });
    expect(inspection.info).toMatchObject({ format: 'xlsx', sheet: '住户' });
    expect(result.households[0]).toMatchObject({ id: 'H1', households: 5 });
  });
  it('A10: a PNG renamed .geojson is refused as not a text file', async () => {
    expect(
      await problem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), { name: 'x.geojson' }),
    ).toEqual({ key: 'file_binary' });
  });
  it('A11: a truncated GeoJSON is refused with line and column; nothing is imported', async () => {
    expect(
      await problem(
        '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[120.75,30.7',
        { name: 'cut.geojson' },
      ),
    ).toMatchObject({ key: 'importNotJson', values: { line: 2 } });
  });
  it('A12: JSON nested 100 000 deep is refused without a stack overflow', async () => {
    expect(await problem('['.repeat(100_000) + ']'.repeat(100_000), { name: 'deep.json' })).toMatchObject({
      key: 'jsonTooDeep',
    });
  });
  it('A13: CR-only, CRLF, no final newline and trailing blank lines give the same rows as LF', async () => {
    const rows = ['id,lng,lat,户数', 'H1,120.75,30.75,1', 'H2,120.76,30.76,2'];
    const lf = (await report(rows.join('\n') + '\n')).result.households;
    for (const text of [rows.join('\r'), rows.join('\r\n') + '\r\n', rows.join('\n'), rows.join('\n') + '\n\n\n\n']) {
      expect((await report(text)).result.households).toEqual(lf);
    }
  });
  it('A14: NUL and C0 control characters inside fields are stripped, and the transform listed', async () => {
    const { result } = await report(HOUSEHOLDS + 'H\u00001,120.75,30.75,1\u0007,2\n');
    expect(result.households[0]).toMatchObject({ id: 'H1', households: 1 });
    expect(result.report.transforms.controlCharactersRemoved).toBe(2);
  });
});

describe('B. CSV structure and typing', () => {
  it('B1: ";" with decimal commas in coordinates: detected (the option starts ticked) and listed; refused when switched off', async () => {
    const text = '编号;经度;纬度;户数\nH1;120,75;30,75;3\n';
    const { inspection, result } = await report(text);
    expect(inspection.info.delimiter).toBe(';');
    expect(inspection.decimalComma).toBe(true);
    expect(result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
    expect(result.report.transforms['decimal-comma']).toBe(1);
    expect(keys((await report(text, { decimalComma: false })).result.report.rejections)).toEqual([
      [2, 'value_not-a-number'],
    ]);
  });
  it('B2: a 2-column ";" file with a trailing blank line is not one column named "a;b"', async () => {
    const { inspection } = await report('lng;lat\n120.75;30.75\n\n');
    expect(inspection.headers).toEqual(['lng', 'lat']);
  });
  it('B3: tab-separated with thousands separators in counts: read as numbers, transform listed', async () => {
    const { result } = await report('id\tlng\tlat\t人数\nH1\t120.75\t30.75\t1,234\n');
    expect(result.households[0].residents).toBe(1234);
    expect(result.report.transforms['thousands-separator']).toBe(1);
  });
  it('B4: full-width digits and punctuation are folded, transform listed', async () => {
    const { result } = await report('id,lng,lat,户数\nH1,１２０．７５,３０．７５,３\n');
    expect(result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75, households: 3 });
    expect(result.report.transforms['full-width']).toBe(1); // rows, not cells
  });
  it('B5: a quoted field with a newline and a delimiter is kept; an unclosed quote is refused by line, no column shift', async () => {
    const { result } = await report(
      'id,address,lng,lat\nH1,"南湖路 1 号,\n2 单元",120.75,30.75\nH2,x,120.76,30.76\nH3,"open,120.7,30.7\n',
      { keepAddress: true },
    );
    expect(result.households.map((h) => [h.id, h.address])).toEqual([
      ['H1', '南湖路 1 号,\n2 单元'],
      ['H2', 'x'],
    ]);
    expect(keys(result.report.rejections)).toEqual([[5, 'rowUnclosedQuote']]);
  });
  it('B6: ragged rows are refused one by one with the field counts', async () => {
    const { result } = await report(HOUSEHOLDS + 'H1,120.75,30.75,1\nH2,120.75,30.75,1,2,extra\nH3,120.75,30.75,1,2\n');
    expect(result.report.rejections.map((note) => [note.line, note.key, note.values])).toEqual([
      [2, 'rowFieldCount', { expected: 5, found: 4 }],
      [3, 'rowFieldCount', { expected: 5, found: 6 }],
    ]);
  });
  it('B7: duplicate headers are shown to the user, the first one used', async () => {
    const { inspection } = await report('id,id,lng,lat\nA,B,120.75,30.75\n');
    expect(inspection.mapping.problems).toEqual([{ column: 1, header: 'id', key: 'headerDuplicate' }]);
    expect(inspection.mapping.roles.id).toBe(0);
  });
  it('B8: a "__proto__" header is reported, never becomes a key, and nothing reaches a prototype', async () => {
    const { inspection, result } = await report('__proto__,id,lng,lat\n{"isPublic":true},H1,120.75,30.75\n');
    expect(inspection.mapping.problems).toEqual([{ column: 0, header: '__proto__', key: 'headerForbidden' }]);
    expect(result.households[0].id).toBe('H1');
    expect(({} as Record<string, unknown>).isPublic).toBeUndefined();
  });
  it('B9: headers with spaces and any case are found', async () => {
    const { inspection } = await report(' ID , Longitude ,LAT,Households\nH1,120.75,30.75,2\n');
    expect(inspection.mapping.roles).toMatchObject({ id: 0, lng: 1, lat: 2, households: 3 });
  });
  it('B10: Chinese headers are found', async () => {
    const { inspection } = await report(
      '病例编号,经度,纬度,发病日期,报告日期\nC1,120.75,30.75,2022-03-30,2022-04-01\n',
    );
    expect(inspection.mapping.roles).toMatchObject({ id: 0, lng: 1, lat: 2, onsetOn: 3, reportedOn: 4 });
    expect(inspection.kind).toBe('cases');
  });
  it('B11: one "lat,lng" column is read in the order the user chose', async () => {
    const latFirst = await report('id,坐标\nH1,"30.75,120.75"\n', { pairOrder: 'lat-lng' });
    expect(latFirst.result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
    const lngFirst = await report('id,坐标\nH1,120.75 30.75\n', { pairOrder: 'lng-lat' });
    expect(lngFirst.result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
    expect(
      keys((await report('id,坐标\nH1,120.75 30.75\n', { pairOrder: 'lat-lng' })).result.report.rejections),
    ).toEqual([[2, 'position_swapped']]);
  });
  it('B12: ids turned into scientific notation by Excel are refused: their digits are gone', async () => {
    const { result } = await report('id,lng,lat\n5.58199E+12,120.75,30.75\n');
    expect(result.report.rejections[0]).toMatchObject({
      line: 2,
      column: 'id',
      value: '5.58199E+12',
      key: 'value_scientific-id',
    });
  });
  it('B13, B14: ids stay text: leading zeros and 18 digits kept exactly', async () => {
    const { result } = await report('id,lng,lat\n0700,120.75,30.75\n330402199001011234,120.76,30.76\n');
    expect(result.households.map((h) => h.id)).toEqual(['0700', '330402199001011234']);
  });
  it('B15: Infinity, NaN, 1e999 and 0x1A in coordinates are refused', async () => {
    const { result } = await report('id,lng,lat\nA,Infinity,30.75\nB,NaN,30.75\nC,1e999,30.75\nD,0x1A,30.75\n');
    expect(keys(result.report.rejections)).toEqual([
      [2, 'value_not-a-number'],
      [3, 'value_not-a-number'],
      [4, 'value_not-finite'],
      [5, 'value_not-a-number'],
    ]);
  });
  it('B16: formula-like text is stored verbatim and escaped when the report is exported', async () => {
    const { result } = await report('id,lng,lat,网格\n=HYPERLINK("x"),120.75,30.75,+86 138\nB,120.75,oops,@x\n');
    expect(result.households[0]).toMatchObject({ id: '=HYPERLINK("x")', gridId: '+86 138' });
    const csv = reportToCsv(result.report, (key) => ({ reason: key, hint: '' }), {
      read: 'r',
      accepted: 'a',
      rejected: 'j',
      skipped: 's',
      outcome: 'o',
      line: 'l',
      column: 'c',
      value: 'v',
      reason: 'why',
      hint: 'h',
      outcomes: { rejected: 'x', skipped: 'y', warning: 'w' },
    });
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
  it('B17: 5 000 columns are refused with a message; a 5 MB cell refuses its row only', async () => {
    const wide =
      Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',') +
      '\n' +
      Array.from({ length: 5000 }, () => '1').join(',') +
      '\n';
    expect(await problem(wide)).toMatchObject({ key: 'tableTooManyColumns', values: { columns: 5000 } });
    const { result } = await report(`id,lng,lat,网格\nH1,120.75,30.75,${'x'.repeat(5_000_000)}\nH2,120.75,30.75,G\n`);
    expect(keys(result.report.rejections)).toEqual([[2, 'value_too-long']]);
    expect(result.households.map((h) => h.id)).toEqual(['H2']);
  });
});

const feature = (coordinates: unknown, properties: unknown = {}, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  ...extra,
  properties,
  geometry: coordinates === null ? null : { type: 'Point', coordinates },
});
const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });

describe('C. GeoJSON and JSON structure', () => {
  it('C1: a plain JSON array of objects goes through the same column mapping', async () => {
    const { inspection, result } = await report('[{"id":"H1","lat":30.75,"lng":120.75,"户数":2}]', { name: 'a.json' });
    expect(inspection.info.format).toBe('json');
    expect(result.households[0]).toMatchObject({ id: 'H1', households: 2 });
  });
  it('C2: a bare Feature and a bare Point geometry are accepted', async () => {
    expect((await report(JSON.stringify(feature([120.75, 30.75], { id: 'H1' })))).result.report.accepted).toBe(1);
    expect((await report('{"type":"Point","coordinates":[120.75,30.75]}')).result.households).toEqual([
      expect.objectContaining({ lng: 120.75, lat: 30.75 }),
    ]);
  });
  it('C3: "featurecollection" in the wrong case is refused, naming the type', async () => {
    expect(await problem('{"type":"featurecollection","features":[]}')).toEqual({
      key: 'importNotGeoJson',
      values: { type: 'featurecollection' },
    });
  });
  it('C4: a feature without properties is read with none', async () => {
    const { result } = await report(
      JSON.stringify({ type: 'Feature', id: 'H1', geometry: { type: 'Point', coordinates: [120.75, 30.75] } }),
    );
    expect(result.households[0]).toMatchObject({ id: 'H1', households: 1 });
  });
  it('C5: a feature with a null geometry is listed as unlocated, never placed at (0, 0)', async () => {
    const { result } = await report(collection([feature([120.75, 30.75], { id: 'A' }), feature(null, { id: 'B' })]));
    expect(result.households.map((h) => h.id)).toEqual(['A']);
    expect(keys(result.report.rejections)).toEqual([[2, 'rowUnlocated']]);
  });
  it('C6: an empty FeatureCollection is refused as having nothing to import', async () => {
    expect(await problem(collection([]))).toEqual({ key: 'importEmpty' });
  });
  it('C7, C8: a GeometryCollection (empty, mixed or holding null) is refused: a case is one point', async () => {
    for (const geometry of [
      { type: 'GeometryCollection', geometries: [] },
      { type: 'GeometryCollection', geometries: [null] },
    ]) {
      expect(await problem(collection([{ type: 'Feature', properties: {}, geometry }]))).toMatchObject({
        key: 'jsonItemNotPoint',
        values: { item: 1, type: 'GeometryCollection' },
      });
    }
  });
  it('C9: duplicate keys in one object are refused as ambiguous, with where', async () => {
    expect(await problem('{"type":"FeatureCollection",\n"type":"FeatureCollection","features":[]}')).toEqual({
      key: 'jsonDuplicateKey',
      values: { key: 'type', line: 2, column: 1 },
    });
  });
  it('C10: a legacy crs member is honoured: 3857 converted, 4490 read as WGS-84, unknown refused', async () => {
    const [x, y] = gcoord.transform([120.75, 30.75], gcoord.WGS84, gcoord.EPSG3857);
    const mercator = await report(
      collection([feature([x, y], { id: 'M' })], {
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      }),
    );
    expect(mercator.inspection.crsFromValues).toBe('epsg3857');
    expect(mercator.result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
    const cgcs = await report(
      collection([feature([120.75, 30.75], { id: 'C' })], { crs: { type: 'name', properties: { name: 'EPSG:4490' } } }),
    );
    expect(cgcs.result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
    expect(
      await problem(
        collection([feature([120.75, 30.75])], { crs: { type: 'name', properties: { name: 'EPSG:2385' } } }),
      ),
    ).toMatchObject({ key: 'jsonUnknownCrs' });
  });
  it('C11: a bbox of the wrong length is refused; a reversed one is never used', async () => {
    expect(await problem(collection([feature([120.75, 30.75])], { bbox: [1, 2, 3] }))).toEqual({ key: 'jsonBadBbox' });
    const { result } = await report(collection([feature([120.75, 30.75], { id: 'A' })], { bbox: [121, 31, 120, 30] }));
    expect(result.report.accepted).toBe(1);
  });
  it('C12: a height is dropped (listed); a 4-D position is refused', async () => {
    const { result } = await report(
      collection([feature([120.75, 30.75, 12], { id: 'Z' }), feature([120.75, 30.75, 1, 2], { id: 'M' })]),
    );
    expect(result.households.map((h) => h.id)).toEqual(['Z']);
    expect(result.report.transforms.zDropped).toBe(1);
    expect(keys(result.report.rejections)).toEqual([[2, 'rowPositionDimensions']]);
  });
  it('C13: coordinates given as strings are refused', async () => {
    const { result } = await report(collection([feature(['120.75', '30.75'], { id: 'A' })]));
    expect(keys(result.report.rejections)).toEqual([[1, 'value_not-a-number']]);
  });
  it('C14: a coordinate literal 1e400 is refused', async () => {
    const { result } = await report(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"A"},"geometry":{"type":"Point","coordinates":[1e400,30.75]}}]}',
    );
    expect(result.report.rejected).toBe(1);
    expect(result.households).toEqual([]);
  });
  it('C15: NaN and Infinity literals are refused with a hint to export again', async () => {
    expect(await problem('[{"id":"A","lng":NaN,"lat":30.75}]')).toMatchObject({
      key: 'jsonNonFinite',
      values: { line: 1 },
    });
  });
  it('C16: nested objects and long strings in properties are kept as text and shortened in reports', async () => {
    const { inspection, result } = await report(
      collection([
        feature([120.75, 30.75], { id: 'A', 网格: { deep: [1, 2] } }),
        feature([120.75, 30.75], { id: 'x'.repeat(100_000) }),
      ]),
    );
    expect(inspection.sample[0]).toContain('{"deep":[1,2]}');
    expect(result.households[0].gridId).toBe('{"deep":[1,2]}');
    expect(result.report.rejections[0]).toMatchObject({ key: 'value_too-long' });
    expect(result.report.rejections[0].value!.length).toBeLessThanOrEqual(60);
  });
  it('C17: an object feature id is refused; ids 1 and "1" are the same id, and a conflict is reported', async () => {
    const { result } = await report(
      collection([
        feature([120.75, 30.75], {}, { id: { a: 1 } }),
        feature([120.75, 30.75], {}, { id: 1 }),
        feature([120.76, 30.76], {}, { id: '1' }),
      ]),
    );
    expect(keys(result.report.rejections)).toEqual([
      [1, 'rowIdObject'],
      [3, 'rowConflict'],
    ]);
  });
  it('C18: a million point features are read in slices with progress (the size cap applies before)', async () => {
    const features = Array.from({ length: 50_000 }, (_, i) =>
      feature([120.75 + (i % 100) * 1e-4, 30.75], { id: `H${i}` }),
    );
    const { result } = await report(collection(features));
    expect(result.report.accepted).toBe(50_000);
  });
  it('C19: a "__proto__" property key refuses the file; no object inherits anything', async () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"tier":"sealed","isPublic":true}},"geometry":{"type":"Point","coordinates":[120.75,30.75]}}]}';
    expect(await problem(text)).toMatchObject({ key: 'jsonForbiddenKey', values: { item: 1, key: '__proto__' } });
    expect(({} as Record<string, unknown>).isPublic).toBeUndefined();
  });
});

describe('D. coordinates and coordinate systems', () => {
  it('D1: swapped latitude and longitude are refused as swapped (the dialog offers the swap)', async () => {
    const { result } = await report('id,lng,lat\nH1,30.75,120.75\n');
    expect(keys(result.report.rejections)).toEqual([[2, 'position_swapped']]);
    const fixed = await report('id,lng,lat\nH1,30.75,120.75\n', { roles: { id: 0, lng: 2, lat: 1 } });
    expect(fixed.result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
  });
  it('D2: out-of-range positions are refused by row', async () => {
    const { result } = await report('id,lng,lat\nA,120.75,95\nB,200,30.75\n');
    expect(keys(result.report.rejections)).toEqual([
      [2, 'position_out-of-range'],
      [3, 'position_out-of-range'],
    ]);
  });
  it('D3: (0, 0) is a missing value, and far outside the jurisdiction is refused', async () => {
    const { result } = await report('id,lng,lat\nA,0,0\nB,116.40,39.90\n');
    expect(keys(result.report.rejections)).toEqual([
      [2, 'position_null-island'],
      [3, 'position_outside-jurisdiction'],
    ]);
  });
  it('D4: empty and NaN coordinate cells are refused and listed', async () => {
    const { result } = await report('id,lng,lat\nA,,30.75\nB,120.75,NaN\n');
    expect(keys(result.report.rejections)).toEqual([
      [2, 'value_empty'],
      [3, 'value_not-a-number'],
    ]);
  });
  it.each([
    ['D5', 'gcj02', gcoord.GCJ02],
    ['D6', 'bd09', gcoord.BD09],
  ] as const)('%s: %s positions are converted to WGS-84 on a copy, landing within 0.5 m', async (_, crs, from) => {
    const truth: [number, number] = [120.7512345, 30.7512345];
    const shifted = gcoord.transform([...truth] as [number, number], gcoord.WGS84, from);
    const { result } = await report(`id,lng,lat\nH1,${shifted[0]},${shifted[1]}\n`, { crs });
    const { lng, lat } = result.households[0];
    expect(Math.hypot((lng - truth[0]) * 95_600, (lat - truth[1]) * 110_600)).toBeLessThan(0.5);
    expect(result.report.transforms[`converted_${crs}`]).toBe(1);
  });
  it('D7: Web Mercator metres are detected and converted; Baidu metres when declared', async () => {
    const [x, y] = gcoord.transform([120.75, 30.75], gcoord.WGS84, gcoord.EPSG3857);
    const { inspection, result } = await report(`id,x,y\nH1,${x},${y}\n`);
    expect(inspection.crsFromValues).toBe('epsg3857');
    expect(result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
    const [bx, by] = gcoord.transform([120.75, 30.75], gcoord.WGS84, gcoord.BD09MC);
    const baidu = await report(`id,x,y\nH1,${bx},${by}\n`, {
      roles: { id: 0, lng: 1, lat: 2 },
      crs: 'bd09mc' as DeclaredCrs,
      choices: {},
    });
    // Detection says metres; declaring Baidu's metres is the user's call, and the dialog offers it.
    expect(baidu.inspection.crsFromValues).toBe('epsg3857');
  });
  it('D8: CGCS2000 is read as WGS-84', async () => {
    const { result } = await report('id,lng,lat\nH1,120.75,30.75\n', { crs: 'cgcs2000' });
    expect(result.households[0]).toMatchObject({ lng: 120.75, lat: 30.75 });
  });
  it('D9: a file mixing Amap and GPS rows converts each row by its 坐标系 column; unknown systems are refused', async () => {
    const gcj = gcoord.transform([120.75, 30.75], gcoord.WGS84, gcoord.GCJ02);
    const { result } = await report(
      `id,lng,lat,坐标系\nA,${gcj[0]},${gcj[1]},高德\nB,120.75,30.75,WGS84\nC,120.75,30.75,\nD,120.75,30.75,火星\n`,
    );
    expect(result.households.map((h) => [h.id, h.lng.toFixed(5), h.lat.toFixed(5)])).toEqual([
      ['A', '120.75000', '30.75000'],
      ['B', '120.75000', '30.75000'],
    ]);
    expect(keys(result.report.rejections)).toEqual([
      [4, 'value_unknown-crs'],
      [5, 'value_unknown-crs'],
    ]);
  });
  it('D10: importing again a file already in the plan, declared GCJ-02 by mistake, lists every row as a conflict', async () => {
    const first = await report('id,lng,lat\nH1,120.75,30.75\n');
    const known = new Map(first.result.households.map((h) => [h.id, h]));
    const again = await report('id,lng,lat\nH1,120.75,30.75\n', { crs: 'gcj02', existing: (id) => known.get(id) });
    expect(keys(again.result.report.rejections)).toEqual([[2, 'rowConflictExisting']]);
  });
  it('D11: degrees, minutes and seconds are read; a packed 395426 is not', async () => {
    const { result } = await report(
      'id,lng,lat\nA,120°45′0″E,30°45′0″N\nB,东120度45分0秒,北30度45分0秒\nC,1204500,304500\n',
    );
    expect(result.households.map((h) => [h.id, h.lng, h.lat])).toEqual([
      ['A', 120.75, 30.75],
      ['B', 120.75, 30.75],
    ]);
    expect(keys(result.report.rejections)).toEqual([[4, 'position_out-of-range']]);
  });
  it('D12: 15 decimals are kept to 7', async () => {
    const { result } = await report('id,lng,lat\nA,120.751234567890123,30.751234567890123\n');
    expect(result.households[0]).toMatchObject({ lng: 120.7512346, lat: 30.7512346 });
  });
  it('D13: positions with 3 decimals or fewer are taken with a warning', async () => {
    const { result } = await report('id,lng,lat\nA,120.75,30.75\nB,120.751234,30.751234\n');
    expect(keys(result.report.warnings)).toEqual([[2, 'warnCoarsePosition']]);
  });
});

describe('F. case and household semantics', () => {
  const cases = (rows: string) => report(CASES + rows);
  it('F1: duplicate ids with identical rows are skipped and listed', async () => {
    const { result } = await cases(
      'C1,120.751234,30.751234,2022-04-01,社区\nC1,120.751234,30.751234,2022-04-01,社区\n',
    );
    expect(result.report).toMatchObject({ accepted: 1, skipped: 1 });
    expect(result.report.skips[0]).toMatchObject({ line: 3, key: 'skipDuplicate', values: { first: 2 } });
  });
  it('F2: duplicate ids with conflicting fields are listed as conflicts, never last-wins', async () => {
    const { result } = await cases(
      'C1,120.751234,30.751234,2022-04-01,社区\nC1,120.751234,30.751234,2022-04-02,社区\n',
    );
    expect(result.cases.map((c) => c.reportedOn)).toEqual(['2022-04-01']);
    expect(result.report.rejections[0]).toMatchObject({ line: 3, key: 'rowConflict', values: { first: 2 } });
  });
  it('F3: the same file imported twice changes no count', async () => {
    const text = 'C1,120.751234,30.751234,2022-04-01,社区\nC2,120.761234,30.761234,2022-04-02,筛查\n';
    const first = await cases(text);
    const known = new Map(first.result.cases.map((c) => [c.id, c]));
    const second = await report(CASES + text, { existing: (id) => known.get(id) });
    expect(second.result.report).toMatchObject({ read: 2, accepted: 0, skipped: 2, rejected: 0 });
  });
  it('F4: a case without an id is refused; a household without one gets one made from the file and row', async () => {
    expect(keys((await cases(',120.751234,30.751234,2022-04-01,社区\n')).result.report.rejections)).toEqual([
      [2, 'value_empty'],
    ]);
    const { result } = await report('id,lng,lat\n,120.75,30.75\n', { name: 'list.csv' });
    expect(result.households[0].id).toBe('list.csv#2');
    expect(result.report.transforms.idGenerated).toBe(1);
  });
  it('F5: tomorrow is taken with a warning; a later report date is refused, not counted (issue 14, item 10)', async () => {
    const { result } = await cases(
      'C1,120.751234,30.751234,2022-05-01,社区\nC2,120.751234,30.751234,2099-05-09,社区\n',
    );
    expect(keys(result.report.warnings)).toEqual([[2, 'warnFutureDate']]);
    expect(keys(result.report.rejections)).toEqual([[3, 'rowFutureDate']]);
    expect(result.cases.map((c) => c.id)).toEqual(['C1']);
  });
  it('F6: impossible dates are refused, never rolled over', async () => {
    const { result } = await cases(
      'C1,120.751234,30.751234,2024-02-30,社区\nC2,120.751234,30.751234,2023/02/29,社区\n',
    );
    expect(keys(result.report.rejections)).toEqual([
      [2, 'value_impossible-date'],
      [3, 'value_impossible-date'],
    ]);
  });
  it('F7: five date forms are read as calendar dates; day/month order is asked, never guessed', async () => {
    const text =
      'C1,120.751234,30.751234,2022/1/5,社区\nC2,120.751234,30.751234,2022-01-05,社区\nC3,120.751234,30.751234,2022年1月5日,社区\nC4,120.751234,30.751234,44566,社区\nC5,120.751234,30.751234,05/01/2022,社区\n';
    const asked = await report(CASES + text, { excelSerialDates: true });
    expect(asked.result.cases.map((c) => c.reportedOn)).toEqual([
      '2022-01-05',
      '2022-01-05',
      '2022-01-05',
      '2022-01-05',
    ]);
    expect(keys(asked.result.report.rejections)).toEqual([[6, 'value_ambiguous-date']]);
    const answered = await report(CASES + text, { excelSerialDates: true, dayMonthOrder: 'day-first' });
    expect(answered.result.cases.map((c) => c.reportedOn)).toEqual(Array(5).fill('2022-01-05'));
  });
  it('F8: onset after the report, or more than 60 days before it, is taken with a warning', async () => {
    const { result } = await report(
      '病例编号,经度,纬度,报告日期,发病日期\nC1,120.751234,30.751234,2022-04-01,2022-04-03\nC2,120.751234,30.751234,2022-04-01,2022-01-01\n',
    );
    expect(keys(result.report.warnings)).toEqual([
      [2, 'warnOnsetAfterReport'],
      [3, 'warnLongOnsetGap'],
    ]);
  });
  it('F9: a date before the first reported cases (or 1900) is taken with a warning', async () => {
    const { result } = await cases('C1,120.751234,30.751234,1900-01-01,社区\n');
    expect(keys(result.report.warnings)).toEqual([[2, 'warnDateTooEarly']]);
  });
  it('F10: the same household listed twice is counted once', async () => {
    const { result } = await report('id,lng,lat,户数,人数\nH1,120.751234,30.751234,3,8\nH1,120.751234,30.751234,3,8\n');
    expect(result.households).toHaveLength(1);
  });
  it('F12, P8: names, ID numbers, phones and addresses are flagged and not stored (an address only when kept)', async () => {
    const text = gb18030(
      '编号,姓名,身份证号,手机号,详细住址,经度,纬度\nH1,张三,330402199001011234,13800000000,南湖路 1 号,120.75,30.75\n',
    );
    const dropped = await report(text);
    expect(dropped.result.report.personalColumnsDropped).toEqual(['姓名', '身份证号', '手机号', '详细住址']);
    expect(JSON.stringify(dropped.result.households)).not.toMatch(/张三|330402199001011234|13800000000|南湖路/);
    const kept = await report(text, { keepAddress: true });
    expect(kept.result.households[0].address).toBe('南湖路 1 号');
    expect(kept.result.report.personalColumnsDropped).toEqual(['姓名', '身份证号', '手机号']);
  });
});

describe('G. hostile content', () => {
  it('G1, G6: markup and formulas are kept as plain text values (the UI renders text only)', async () => {
    const { result } = await report(
      'id,lng,lat,网格\n<img src=x onerror=alert(1)>,120.75,30.75,"=HYPERLINK(""http://x/?""&A1,""click"")"\n',
    );
    expect(result.households[0]).toMatchObject({
      id: '<img src=x onerror=alert(1)>',
      gridId: '=HYPERLINK("http://x/?"&A1,"click")',
    });
  });
  it('G5: constructor and prototype keys refuse a JSON file as __proto__ does', async () => {
    expect(await problem('[{"constructor":1,"lng":120.75,"lat":30.75}]')).toMatchObject({
      key: 'jsonForbiddenKey',
      values: { key: 'constructor' },
    });
    expect(await problem('[{"prototype":1,"lng":120.75,"lat":30.75}]')).toMatchObject({
      key: 'jsonForbiddenKey',
      values: { key: 'prototype' },
    });
  });
  it('G7: zero-width and direction marks in ids are removed, so look-alike ids are one record', async () => {
    const { result } = await report('id,lng,lat\nH\u200b1,120.75,30.75\n\u202eH1,120.75,30.75\n');
    expect(result.households.map((h) => h.id)).toEqual(['H1']);
    expect(result.report.transforms['id-normalized']).toBe(1);
    expect(result.report.skipped).toBe(1);
  });
  it('G8: rare and astral CJK characters survive a GB18030 file', async () => {
    const name = '𠀀𪚥龘';
    const { result } = await report(gb18030(`编号,经度,纬度,网格\nH1,120.75,30.75,${name}\n`));
    expect(result.households[0].gridId).toBe(name);
  });
});

describe('the frozen GBK / GCJ-02 fixture', () => {
  it('reads as a Chinese Excel export should', async () => {
    const { inspection, result } = await report(
      new Uint8Array(readFileSync('test/fixtures/import/e2e-cases-gbk-gcj02.csv')),
      { crs: 'gcj02' },
    );
    expect(inspection.info.encoding).toBe('gb18030');
    expect(result.report).toMatchObject({ read: 22, accepted: 20, rejected: 2, skipped: 0 });
  });
});
