/**
 * Generated hostile files for the import entry points (test/hostile/README.md): tables of case,
 * household, site and place rows whose headers and cells are drawn from the catalogue's bad
 * input (test/catalogue/README.md), written as CSV, TSV, XLSX, GeoJSON or a JSON array, in
 * UTF-8 (with or without a BOM) or UTF-16LE.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { minimalWorkbook } from '../helpers/minimal-workbook';
import { XSS_PAYLOADS } from './xss-payloads';

/** Text a file should never be trusted with: markup, prototype keys, controls, look-alikes, formulas. */
export const NASTY_TEXT: readonly string[] = [
  ...XSS_PAYLOADS.slice(0, 8),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\u0007bell',
  '\u202Eevil\u202C',
  'a\u200Bb',
  '\uFEFFbom',
  '=HYPERLINK("http://x/?"&A1,"click")',
  '+86 138 0000 0000',
  '@SUM(A1)',
  '\t\r',
  '𠀀𪚥𫝀',
  '"',
  '""',
  '"unclosed',
  ',',
  ';',
  '\n',
  '\r\n',
  ' ',
  '',
  'x'.repeat(2000),
];

/** Values a number cell might hold in a bad file. */
export const NASTY_NUMBERS: readonly string[] = [
  'Infinity',
  '-Infinity',
  'NaN',
  '1e999',
  '-1e999',
  '0x1A',
  '1e-400',
  '-0',
  '0',
  '4294967296',
  '9007199254740993',
  '5.58199E+12',
  '３０．７５',
  '30,75',
  '1,234.5',
  '120°45′26″E',
  '30度45分',
  '395426',
  '120.75 30.75',
  '-1',
  '2.5',
  '١٢٣',
];

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

const lng = fc.double({ min: 120.3, max: 121.3, noNaN: true }).map((v) => v.toFixed(6));
const lat = fc.double({ min: 30.4, max: 31.0, noNaN: true }).map((v) => v.toFixed(6));
const goodDate = fc
  .record({ m: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => `2022-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const anyDate = fc
  .record({
    y: fc.integer({ min: 1899, max: 2031 }),
    m: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
  })
  .chain(({ y, m, d }) =>
    fc.constantFrom(
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      `${y}/${m}/${d}`,
      `${y}年${m}月${d}日`,
      `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
      String(40_000 + d * 31 + m),
    ),
  );
const date = fc.oneof({ weight: 4, arbitrary: goodDate }, { weight: 1, arbitrary: anyDate });

export type ListKind = 'cases' | 'households' | 'sites';

/** Mostly a good value, sometimes a bad one: a file with a few bad rows among good ones, as real files are. */
const mostly = (good: fc.Arbitrary<string>, ...bad: fc.Arbitrary<string>[]) =>
  fc.oneof({ weight: 5 * bad.length, arbitrary: good }, ...bad);

/** Columns a list of each kind has, by the header a file might give them (Chinese or English). */
const COLUMNS: Record<ListKind, { headers: string[]; cell: fc.Arbitrary<string> }[]> = {
  cases: [
    { headers: ['id', '病例编号'], cell: mostly(fc.stringMatching(/^C[0-9]{1,4}$/), nastyString) },
    {
      headers: ['lng', '经度', 'longitude'],
      cell: mostly(lng, fc.constantFrom(...NASTY_NUMBERS), nastyString),
    },
    {
      headers: ['lat', '纬度', 'latitude'],
      cell: mostly(lat, fc.constantFrom(...NASTY_NUMBERS), nastyString),
    },
    { headers: ['reported_on', '报告日期'], cell: mostly(date, nastyString) },
    { headers: ['onset_on', '发病日期'], cell: fc.oneof(date, fc.constant('')) },
    {
      headers: ['kind', '病例类型'],
      cell: mostly(fc.constantFrom('确诊', '无症状', 'confirmed', 'asymptomatic'), nastyString),
    },
    {
      headers: ['found_in', '发现方式'],
      cell: mostly(fc.constantFrom('社区', '集中隔离', 'screening', 'imported'), nastyString),
    },
    { headers: ['姓名', 'name'], cell: nastyString },
    { headers: ['手机号', 'phone'], cell: mostly(fc.stringMatching(/^1[0-9]{10}$/), nastyString) },
  ],
  households: [
    { headers: ['id', '住户编号'], cell: mostly(fc.stringMatching(/^H[0-9]{1,4}$/), nastyString) },
    {
      headers: ['lng', '经度'],
      cell: mostly(lng, fc.constantFrom(...NASTY_NUMBERS), nastyString),
    },
    {
      headers: ['lat', '纬度'],
      cell: mostly(lat, fc.constantFrom(...NASTY_NUMBERS), nastyString),
    },
    {
      headers: ['households', '户数'],
      cell: mostly(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom(...NASTY_NUMBERS)),
    },
    {
      headers: ['residents', '人数'],
      cell: mostly(fc.integer({ min: 0, max: 900 }).map(String), fc.constantFrom(...NASTY_NUMBERS)),
    },
    { headers: ['grid', '网格'], cell: nastyString },
    { headers: ['address', '地址'], cell: nastyString },
  ],
  sites: [
    { headers: ['id', '编号'], cell: mostly(fc.stringMatching(/^S[0-9]{1,3}$/), nastyString) },
    { headers: ['name', '站点名称'], cell: nastyString },
    {
      headers: ['kind', '站点类型'],
      cell: mostly(fc.constantFrom('testing', '核酸采样点', '集中隔离点', 'supply', '卡口'), nastyString),
    },
    { headers: ['lng', '经度'], cell: mostly(lng, fc.constantFrom(...NASTY_NUMBERS)) },
    { headers: ['lat', '纬度'], cell: mostly(lat, fc.constantFrom(...NASTY_NUMBERS)) },
    {
      headers: ['capacity', '容量'],
      cell: mostly(fc.integer({ min: 0, max: 5000 }).map(String), fc.constantFrom(...NASTY_NUMBERS)),
    },
  ],
};

/** A table: headers (sometimes hostile ones added, sometimes a column missing) and rows of cells. */
export interface HostileTable {
  headers: string[];
  rows: string[][];
}

export function hostileTable(kind: ListKind, maxRows = 25): fc.Arbitrary<HostileTable> {
  const columns = COLUMNS[kind];
  return fc
    .record({
      picks: fc.array(fc.nat(), { minLength: columns.length, maxLength: columns.length }),
      dropped: fc.option(fc.nat({ max: columns.length - 1 }), { nil: undefined }),
      extra: fc.array(fc.constantFrom('__proto__', 'constructor', 'id', '', ' Latitude ', '经度', 'prototype'), {
        maxLength: 2,
      }),
      rows: fc.nat({ max: maxRows }),
    })
    .chain(({ picks, dropped, extra, rows }) => {
      const kept = columns.filter((_, i) => i !== dropped);
      const headers = [...kept.map((column, i) => column.headers[picks[i] % column.headers.length]), ...extra];
      const row = fc.tuple(...kept.map((column) => column.cell), ...extra.map(() => nastyString));
      return fc.array(row, { minLength: rows, maxLength: rows }).map((cells) => ({ headers, rows: cells }));
    });
}

export type FileFormat = 'csv' | 'tsv' | 'xlsx' | 'geojson' | 'json';

/** How a delimited file is written: its newline, quoting, BOM and encoding. */
export const textDialect = fc.record({
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  utf16: fc.boolean(),
  trailingBlank: fc.boolean(),
});
export type TextDialect = typeof textDialect extends fc.Arbitrary<infer T> ? T : never;

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), true);
  return bytes;
};

function delimited(table: HostileTable, delimiter: string, dialect: TextDialect): Uint8Array {
  const cell = (text: string) =>
    dialect.quoteAll || /[",;\t\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  const lines = [table.headers, ...table.rows].map((cells) => cells.map(cell).join(delimiter));
  const text = lines.join(dialect.newline) + dialect.newline + (dialect.trailingBlank ? dialect.newline : '');
  if (dialect.utf16) return utf16le(text);
  return strToU8((dialect.bom ? '\uFEFF' : '') + text);
}

/** Characters XML 1.0 cannot hold: controls other than tab and newlines, U+FFFE and U+FFFF. */
const notXml = (code: number) => (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code >= 0xfffe;

const xml = (text: string) =>
  text
    .split('')
    .filter((char) => !notXml(char.charCodeAt(0)))
    .join('')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** A minimal workbook (inline strings, one sheet), as Excel's own files are read. */
export function workbook(table: HostileTable): Uint8Array {
  const row = (n: number, cells: string[]) =>
    `<row r="${n}">${cells.map((text) => `<c t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`).join('')}</row>`;
  const rows = [table.headers, ...table.rows].map((cells, i) => row(i + 1, cells)).join('');
  return minimalWorkbook(
    strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    ),
  );
}

/** The rows as JSON objects, keyed by header (a later duplicate header wins, as JSON.parse would have it). */
function objects(table: HostileTable): Record<string, string>[] {
  return table.rows.map((cells) => {
    const object: Record<string, string> = {};
    table.headers.forEach((header, i) =>
      Object.defineProperty(object, header, { value: cells[i], enumerable: true, writable: true, configurable: true }),
    );
    return object;
  });
}

function geojson(table: HostileTable): string {
  const lngAt = table.headers.findIndex((h) => /^(lng|经度|longitude)$/.test(h));
  const latAt = table.headers.findIndex((h) => /^(lat|纬度|latitude)$/.test(h));
  const features = objects(table).map((properties, r) => ({
    type: 'Feature',
    properties,
    geometry:
      lngAt < 0 || latAt < 0
        ? null
        : { type: 'Point', coordinates: [Number(table.rows[r][lngAt]), Number(table.rows[r][latAt])] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** A table written as a file of the format, with its name. */
export function writeTable(
  table: HostileTable,
  format: FileFormat,
  dialect: TextDialect,
): { name: string; bytes: Uint8Array } {
  switch (format) {
    case 'csv':
      return { name: 'hostile.csv', bytes: delimited(table, ',', dialect) };
    case 'tsv':
      return { name: 'hostile.tsv', bytes: delimited(table, '\t', dialect) };
    case 'xlsx':
      return { name: 'hostile.xlsx', bytes: workbook(table) };
    case 'geojson':
      return { name: 'hostile.geojson', bytes: strToU8(geojson(table)) };
    case 'json':
      return { name: 'hostile.json', bytes: strToU8(JSON.stringify(objects(table))) };
  }
}

/** Bytes a file might be cut to, or garbage in its place. */
export const damage = fc.oneof(
  { weight: 6, arbitrary: fc.constant((bytes: Uint8Array) => bytes) },
  { weight: 1, arbitrary: fc.nat().map((cut) => (bytes: Uint8Array) => bytes.slice(0, cut % (bytes.length + 1))) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => (bytes: Uint8Array) => {
      const out = bytes.slice();
      if (out.length) out[at % out.length] = byte;
      return out;
    }),
  },
);
