import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import gcoord from 'gcoord';
import { haversineMeters } from '../../domain/geo/distance';
import { decodeBytes, linesWithUndecodableBytes } from './decode-bytes';
import { detectColumnRoles } from './column-roles';
import { parseCalendarDate, parseCoordinate, parseCount, parseDms, parseIdentifier } from './parse-values';
import { looksProjected, splitPairCell, toStoredWgs84 } from './coordinates';

const JIAXING: [number, number, number, number] = [120.291, 30.265, 121.271, 31.033];
const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk中文 = new Uint8Array([0xb2, 0xa1, 0xc0, 0xfd, 0xb1, 0xe0, 0xba, 0xc5, 0x0a, 0xd6, 0xd0, 0xce, 0xc4]); // 病例编号\n中文

describe('decoding uploaded bytes', () => {
  it('refuses empty files, workbooks and binaries with a reason (A1, A9, A10)', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({ ok: false, problem: 'xlsx-as-text' });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0]))).toEqual({
      ok: false,
      problem: 'binary',
    });
  });

  it('strips a UTF-8 BOM so the first header matches by name (A3)', () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('病例编号,经度')]));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', bomStripped: true, text: '病例编号,经度' });
  });

  it('reads GBK/GB18030 from Chinese Excel without mojibake, and lets the user override (A5)', () => {
    expect(decodeBytes(gbk中文)).toMatchObject({
      ok: true,
      encoding: 'gb18030',
      detected: true,
      text: '病例编号\n中文',
    });
    const forced = decodeBytes(gbk中文, 'utf-8');
    expect(forced.ok && linesWithUndecodableBytes(forced.text)).toEqual([1, 2]);
  });

  it('reads UTF-16LE with a BOM (A6)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('经度\t纬度', 'utf16le')]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'utf-16le', text: '经度\t纬度' });
  });
});

describe('column roles', () => {
  it('recognises Chinese and English headers, trimmed and case-insensitively (B9, B10)', () => {
    const { roles } = detectColumnRoles([
      '病例编号',
      ' Latitude ',
      'LNG',
      '发病日期',
      '报告日期',
      '发现方式',
      '户数',
      '常住人口',
      '身份证号',
      '手机号',
      '姓名',
    ]);
    expect(roles).toEqual({
      id: 0,
      lat: 1,
      lng: 2,
      onsetOn: 3,
      reportedOn: 4,
      foundIn: 5,
      households: 6,
      residents: 7,
      idNumber: 8,
      phone: 9,
      personName: 10,
    });
  });

  it('reports duplicate, empty and __proto__ headers instead of dropping them (B7, B8)', () => {
    const { problems } = detectColumnRoles(['id', 'id', '', '__proto__']);
    expect(problems.map((p) => [p.column, p.key])).toEqual([
      [1, 'headerDuplicate'],
      [2, 'headerEmpty'],
      [3, 'headerForbidden'],
    ]);
  });
});

describe('strict values', () => {
  it.each([
    ['2022-03-26', '2022-03-26'],
    ['2022/3/26', '2022-03-26'],
    ['2022.03.26', '2022-03-26'],
    ['2022年3月26日', '2022-03-26'],
    ['２０２２－０３－２６', '2022-03-26'],
  ])('reads the date %s', (text, iso) => {
    expect(parseCalendarDate(text)).toMatchObject({ ok: true, value: iso });
  });

  it('refuses impossible and ambiguous dates, and reads Excel serials only when allowed (F6, F7)', () => {
    expect(parseCalendarDate('2024-02-30')).toEqual({ ok: false, problem: 'impossible-date' });
    expect(parseCalendarDate('2023/02/29')).toEqual({ ok: false, problem: 'impossible-date' });
    expect(parseCalendarDate('01/02/2024')).toEqual({ ok: false, problem: 'ambiguous-date' });
    expect(parseCalendarDate('44646')).toEqual({ ok: false, problem: 'not-a-date' });
    expect(parseCalendarDate('44646', true)).toEqual({ ok: true, value: '2022-03-26', note: 'excel-serial' });
    expect(parseCalendarDate('')).toEqual({ ok: false, problem: 'empty' });
  });

  it('reads counts as whole non-negative numbers', () => {
    expect(parseCount('12')).toEqual({ ok: true, value: 12 });
    expect(parseCount('１２')).toEqual({ ok: true, value: 12, note: 'full-width' });
    expect(parseCount('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parseCount('2.5')).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseCount('three')).toEqual({ ok: false, problem: 'not-a-count' });
  });

  it('reads coordinates strictly, with decimal commas only when asked (B1, B4, B15)', () => {
    expect(parseCoordinate('120.75')).toEqual({ ok: true, value: 120.75 });
    expect(parseCoordinate('120,75')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseCoordinate('120,75', true)).toEqual({ ok: true, value: 120.75, note: 'decimal-comma' });
    expect(parseCoordinate('３０．７５')).toEqual({ ok: true, value: 30.75, note: 'full-width' });
    for (const bad of ['Infinity', 'NaN', '0x1A', '1e999', 'abc']) expect(parseCoordinate(bad).ok, bad).toBe(false);
  });

  it('keeps identifiers as written and refuses Excel scientific notation (B12–B14)', () => {
    expect(parseIdentifier('0700')).toEqual({ ok: true, value: '0700' });
    expect(parseIdentifier('330402199001011234')).toEqual({ ok: true, value: '330402199001011234' });
    expect(parseIdentifier('5.58199E+12')).toEqual({ ok: false, problem: 'scientific-id' });
  });
});

describe('coordinates to stored WGS-84', () => {
  it('refuses (0, 0), out-of-range and far-away points, and names a swap (D1–D3)', () => {
    expect(toStoredWgs84(0, 0, 'wgs84', JIAXING)).toEqual({ ok: false, problem: 'null-island' });
    expect(toStoredWgs84(30.75, 120.75, 'wgs84', JIAXING)).toEqual({ ok: false, problem: 'swapped' });
    expect(toStoredWgs84(200, 30, 'wgs84', JIAXING)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(toStoredWgs84(116.4, 39.9, 'wgs84', JIAXING)).toEqual({ ok: false, problem: 'outside-jurisdiction' });
    expect(toStoredWgs84(120.123456789, 30.7, 'wgs84', JIAXING, 1)).toEqual({ ok: true, lng: 120.1234568, lat: 30.7 });
  });

  it('converts GCJ-02, BD-09 and Web Mercator back to the WGS-84 original within 1 m (D5–D7)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 120.4, max: 121.1, noNaN: true }),
        fc.double({ min: 30.4, max: 30.9, noNaN: true }),
        (lng, lat) => {
          const gcj = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
          const bd = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.BD09);
          const merc = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.EPSG3857);
          for (const [[x, y], crs, tolerance] of [
            [gcj, 'gcj02', 0.5],
            [bd, 'bd09', 1],
            [merc, 'epsg3857', 0.01],
          ] as const) {
            const back = toStoredWgs84(x, y, crs, JIAXING);
            expect(back.ok).toBe(true);
            if (back.ok) expect(haversineMeters([back.lng, back.lat], [lng, lat])).toBeLessThan(tolerance);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('spots projected metres and reads single-cell pairs in the chosen order (D7, B11)', () => {
    expect(
      looksProjected([
        [13442000, 3597000],
        [13443000, 3598000],
      ]),
    ).toBe(true);
    expect(looksProjected([[120.7, 30.7]])).toBe(false);
    expect(splitPairCell('30.75,120.75', 'lat-lng')).toEqual([120.75, 30.75]);
    expect(splitPairCell('120.75 30.75', 'lng-lat')).toEqual([120.75, 30.75]);
    expect(splitPairCell('30.75', 'lat-lng')).toBeUndefined();
  });
});

describe('degrees, minutes and seconds (D11)', () => {
  it.each([
    ['30°45′25″N', 30.756944],
    ['30°45\'25.5"N', 30.757083],
    ['N30 45 25', 30.756944],
    ['30度45分25秒', 30.756944],
    ['120°45′22″E', 120.756111],
    ['33°52′S', -33.866667],
  ])('reads %s', (text, value) => {
    expect(parseDms(text)).toBeCloseTo(value, 5);
    expect(parseCoordinate(text)).toMatchObject({ ok: true, note: 'dms' });
  });

  it('does not read packed digits or impossible minutes as DMS', () => {
    expect(parseDms('395426')).toBeUndefined();
    expect(parseCoordinate('395426')).toEqual({ ok: true, value: 395426 });
    expect(parseDms('30°75′00″N')).toBeUndefined();
    expect(parseDms('N30°45′E')).toBeUndefined();
  });
});

describe('plain-number fast paths', () => {
  it('agree with the patterns they stand for', async () => {
    const { plainCoordinate, plainCount } = await import('./parse-values');
    const fcModule = (await import('fast-check')).default;
    fcModule.assert(
      fcModule.property(fcModule.stringMatching(/^[-+0-9.eE ]{0,22}$/), (text) => {
        const coordinate = /^-?\d{1,4}\.\d{1,15}$/.test(text) ? Number(text) : NaN;
        expect(plainCoordinate(text)).toBe(coordinate);
        expect(plainCount(text)).toBe(/^\d{1,9}$/.test(text) ? Number(text) : NaN);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every plain decimal to exactly the double Number() gives', async () => {
    const { plainCoordinate } = await import('./parse-values');
    const fcModule = (await import('fast-check')).default;
    const digits = (min: number, max: number) =>
      fcModule
        .array(fcModule.constantFrom(...'0123456789'), { minLength: min, maxLength: max })
        .map((list) => list.join(''));
    fcModule.assert(
      fcModule.property(fcModule.boolean(), digits(1, 4), digits(1, 15), (negative, whole, fraction) => {
        const text = `${negative ? '-' : ''}${whole}.${fraction}`;
        expect(Object.is(plainCoordinate(text), Number(text))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
