/**
 * Issue 14's hostile files, through the whole pipeline (`importFile`): each reproduces a result
 * that was wrong without a word, and holds the fix. Zone files are in src/io/zones, the CLI's in cli/.
 */
import { describe, expect, it } from 'vitest';
import { MAX_HOUSEHOLDS_PER_RECORD, MAX_RESIDENTS_PER_RECORD } from '../../src/domain/households/household-record';
import { householdTotals } from '../../src/domain/households/household-store';
import { gb18030, report, utf8 } from '../helpers/import-run';

const HOUSEHOLDS = 'id,lng,lat,户数,人数\n';
const rows = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => `H${from + i},120.75,30.75,1,2\n`).join('');

describe('counts never wrap (issue 14, item 1)', () => {
  it('refuses a count above the per-record maximum, naming it, instead of storing it modulo 2^32', async () => {
    const text = `${HOUSEHOLDS}H1,120.75,30.75,1000000000000,2\nH2,120.75,30.75,4294967296,2\nH3,120.75,30.75,3,1e22\nH4,120.75,30.75,${MAX_HOUSEHOLDS_PER_RECORD},${MAX_RESIDENTS_PER_RECORD}\nH5,120.75,30.75,1,${MAX_RESIDENTS_PER_RECORD + 1}\n`;
    const { result } = await report(text);
    expect(result.report.rejections.map((note) => [note.line, note.column, note.key, note.values])).toEqual([
      [2, '户数', 'value_too-large', { max: MAX_HOUSEHOLDS_PER_RECORD }],
      [3, '户数', 'value_too-large', { max: MAX_HOUSEHOLDS_PER_RECORD }],
      [4, '人数', 'value_not-a-count', undefined],
      [6, '人数', 'value_too-large', { max: MAX_RESIDENTS_PER_RECORD }],
    ]);
    expect(householdTotals(result.householdStore)).toEqual({
      records: 1,
      households: MAX_HOUSEHOLDS_PER_RECORD,
      residents: MAX_RESIDENTS_PER_RECORD,
    });
  });
});

describe('an unclosed quote swallows nothing (issue 14, item 2)', () => {
  it('refuses the row where the quote opened and reads every row after it', async () => {
    const text = `${HOUSEHOLDS}${rows(1)}H2,"120.75,30.75,1,2\n${rows(5000, 3)}`;
    const { result } = await report(text);
    expect(result.report).toMatchObject({ read: 5002, accepted: 5001, rejected: 1, physicalLines: 5003 });
    expect(result.report.rejections[0]).toMatchObject({ line: 3, key: 'rowUnclosedQuote' });
  });
});

describe('one encoding per file, from the evidence (issue 14, item 3)', () => {
  const GRID = 'id,lng,lat,户数,人数,网格\n';
  const row = (i: number) => `H${i},120.75,30.75,1,2,南湖区${i}号网格\n`;

  it('keeps 20 UTF-8 rows as UTF-8 and refuses the one GBK row, instead of reading all 21 as GB18030', async () => {
    const head = utf8(GRID + Array.from({ length: 20 }, (_, i) => row(i + 1)).join(''));
    const bytes = new Uint8Array([...head, ...gb18030(row(21))]);
    const { inspection, result } = await report(bytes);
    expect(inspection.info.encoding).toBe('utf-8');
    expect(result.householdStore.gridIds.slice(0, 2)).toEqual(['南湖区1号网格', '南湖区2号网格']);
    expect(result.report.rejections.map((note) => [note.line, note.key])).toEqual([[22, 'rowUndecodable']]);
  });

  it('refuses only the row with a bad byte and leaves the rows around it intact', async () => {
    const text = GRID + row(1) + row(2) + row(3);
    const bytes = utf8(text);
    const at = bytes.lastIndexOf(0x2c) + 1; // the first byte of row 3's grid name
    bytes[at] = 0xff;
    const { inspection, result } = await report(bytes);
    expect(inspection.info.encoding).toBe('utf-8');
    expect(result.householdStore.gridIds).toEqual(['南湖区1号网格', '南湖区2号网格']);
    expect(result.report.rejections.map((note) => [note.line, note.key])).toEqual([[4, 'rowUndecodable']]);
  });

  it('still reads a whole GBK file as GB18030', async () => {
    const { inspection, result } = await report(gb18030(GRID + row(1) + row(2)));
    expect(inspection.info.encoding).toBe('gb18030');
    expect(result.householdStore.gridIds).toEqual(['南湖区1号网格', '南湖区2号网格']);
  });

  it('reads UTF-16 without a BOM, little- and big-endian', async () => {
    const text = GRID + row(1) + row(2);
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const be = le.map((_, i) => le[i ^ 1]);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const { inspection, result } = await report(bytes);
      expect(inspection.info.encoding).toBe(encoding);
      expect(result.householdStore.gridIds).toEqual(['南湖区1号网格', '南湖区2号网格']);
    }
  });
});
