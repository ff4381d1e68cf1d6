/**
 * Issue 14's hostile files, through the whole pipeline (`importFile`): each reproduces a result
 * that was wrong without a word, and holds the fix. Zone files are in src/io/zones, the CLI's in cli/.
 */
import { describe, expect, it } from 'vitest';
import { MAX_HOUSEHOLDS_PER_RECORD, MAX_RESIDENTS_PER_RECORD } from '../../src/domain/households/household-record';
import { householdTotals } from '../../src/domain/households/household-store';
import { report } from '../helpers/import-run';

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
