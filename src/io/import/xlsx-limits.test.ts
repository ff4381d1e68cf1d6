import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { tableFromXlsx, XLSX_LIMITS } from './xlsx-table';
import { MAX_ZIP_ENTRIES } from './zip-entries';
import { WORKBOOK_PARTS as WORKBOOK } from '../../../test/helpers/minimal-workbook';

/** Issue 14, items 11 and 12: a workbook's zip is checked before it is inflated, and read with bounds. */
const sheet = (rows: string) =>
  strToU8(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );
const row = (n: number, cells: string[]) =>
  `<row r="${n}">${cells.map((text) => `<c t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
const book = (parts: Zippable) => zipSync({ ...WORKBOOK, ...parts });

/** Sets the declared uncompressed size of every entry named `name`, in both headers, as a zip bomb's writer might (or lies). */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const [nameAt, sizeAt] = signature === 0x04034b50 ? [30, 22] : signature === 0x02014b50 ? [46, 24] : [0, 0];
    if (!nameAt) continue;
    const length = view.getUint16(i + (signature === 0x04034b50 ? 26 : 28), true);
    if (length === encoded.length && encoded.every((byte, k) => out[i + nameAt + k] === byte))
      view.setUint32(i + sizeAt, size, true);
  }
  return out;
}

describe('workbook limits', () => {
  const saved = { ...XLSX_LIMITS };
  afterEach(() => Object.assign(XLSX_LIMITS, saved));

  it('reads a plain workbook written without shared strings or cell references', async () => {
    const table = await tableFromXlsx(
      book({ 'xl/worksheets/sheet1.xml': sheet(row(1, ['id', 'lng']) + row(3, ['H1', '120.75'])) }),
    );
    expect(table).toMatchObject({
      ok: true,
      sheet: '户',
      table: { headers: ['id', 'lng'], rows: [['H1', '120.75']], lines: [3] },
    });
  });

  it('refuses a zip bomb by its declared sizes before inflating anything (6 × 960 MB)', async () => {
    const parts: Zippable = { 'xl/worksheets/sheet1.xml': sheet(row(1, ['a'])) };
    for (let i = 2; i <= 6; i++) parts[`xl/worksheets/sheet${i}.xml`] = sheet(row(1, ['a']));
    let zip: Uint8Array = book(parts);
    for (let i = 1; i <= 6; i++) zip = declare(zip, `xl/worksheets/sheet${i}.xml`, 960 * 2 ** 20);
    const started = performance.now();
    const result = await tableFromXlsx(zip);
    expect(result).toMatchObject({
      ok: false,
      key: 'xlsxTooLarge',
      values: { part: 'the workbook', megabytes: 5760, max: 1536 },
    });
    expect(performance.now() - started).toBeLessThan(5000); // not a timing claim: it never inflates
  });

  it('stops inflating a part that lies about its size, at the bound', async () => {
    XLSX_LIMITS.sheetBytes = 1 << 20;
    const rows = Array.from({ length: 40_000 }, (_, i) => row(i + 1, ['H', '120.75'])).join('');
    const zip = declare(book({ 'xl/worksheets/sheet1.xml': sheet(rows) }), 'xl/worksheets/sheet1.xml', 1000);
    expect(await tableFromXlsx(zip)).toMatchObject({ ok: false, key: 'xlsxTooLarge', values: { max: 1 } });
  });

  it('refuses more entries than any workbook has', async () => {
    const parts: Zippable = { 'xl/worksheets/sheet1.xml': sheet(row(1, ['a'])) };
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) parts[`junk/${i}`] = new Uint8Array(0);
    expect(await tableFromXlsx(book(parts))).toMatchObject({ ok: false, key: 'xlsxTooManyEntries' });
  });

  it('refuses a sheet with more rows than Excel allows', async () => {
    XLSX_LIMITS.rows = 100;
    const rows = Array.from({ length: 102 }, (_, i) => row(i + 1, ['H', '1'])).join('');
    expect(await tableFromXlsx(book({ 'xl/worksheets/sheet1.xml': sheet(rows) }))).toEqual({
      ok: false,
      key: 'xlsxTooManyRows',
      values: { max: 100 },
    });
  });

  it('reports progress while the sheet is read, and stops when cancelled', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => row(i + 1, [`H${i}`, '120.75', '30.75'])).join('');
    const zip = book({ 'xl/worksheets/sheet1.xml': [sheet(rows), { level: 0 }] });
    const seen: number[] = [];
    const table = await tableFromXlsx(zip, undefined, { onProgress: (fraction) => seen.push(fraction) });
    expect(table.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    const cancelled = tableFromXlsx(zip, undefined, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });
});
