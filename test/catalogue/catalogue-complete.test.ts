/**
 * Issue 19, item 3: every row of the catalogue of hostile input has a fixture and an asserted
 * outcome, or says why it does not apply. Fails when a row is missing from catalogue-rows.ts, is
 * listed twice, or names a test file that does not name the row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ROWS } from './catalogue-rows';

/** The catalogue's sections and how many rows each has (100 in all). */
const SECTIONS = { A: 14, B: 17, C: 19, D: 16, E: 14, F: 12, G: 8 };
const ALL_IDS = Object.entries(SECTIONS).flatMap(([section, rows]) =>
  Array.from({ length: rows }, (_, i) => `${section}${i + 1}`),
);

describe('the catalogue of hostile input', () => {
  it('lists all 100 rows once each', () => {
    expect(ALL_IDS).toHaveLength(100);
    const listed = CATALOGUE_ROWS.map((row) => row.id);
    expect(
      listed.filter((id, i) => listed.indexOf(id) !== i),
      'listed twice',
    ).toEqual([]);
    expect(
      ALL_IDS.filter((id) => !listed.includes(id)),
      'missing',
    ).toEqual([]);
    expect(
      listed.filter((id) => !ALL_IDS.includes(id)),
      'not a catalogue row',
    ).toEqual([]);
  });

  it('has each row that applies named in the test file that holds its fixture; the rest say why not', () => {
    const missing: string[] = [];
    for (const row of CATALOGUE_ROWS) {
      if ('notApplicable' in row) {
        expect(row.notApplicable.length, row.id).toBeGreaterThan(40);
        continue;
      }
      const text = existsSync(row.test) ? readFileSync(row.test, 'utf8') : '';
      // Named as a row: "A12:", "E13, E14:", "(D14)", or in a list of rows.
      if (!new RegExp(`(^|[^A-Za-z0-9])${row.id}(?![0-9])`).test(text)) missing.push(`${row.id} in ${row.test}`);
    }
    expect(missing).toEqual([]);
    const applicable = CATALOGUE_ROWS.filter((row) => 'test' in row).length;
    console.log(`[catalogue] ${applicable} of 100 rows have a fixture; ${100 - applicable} do not apply`);
  });
});
