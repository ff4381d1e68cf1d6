import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { importTable, inspectTable, readSource } from '../src/io/import/import-file';
import { JIAXING_BBOX as JIAXING } from '../src/domain/geo/jiaxing';
import type { Comparison } from './harness';

/** `rows` household rows built from the demo buildings, with the header first: id, lng, lat, households, residents, grid. */
export function householdRows(rows: number): string[][] {
  const demo = gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8').trim().split('\n').slice(1);
  const table = [['id', 'lng', 'lat', '户数', '人数', '网格']];
  for (let i = 0; i < rows; i++) {
    const [, lng, lat, households, residents, grid] = demo[i % demo.length].split(',');
    table.push([`H${i}`, lng, lat, households, residents, grid]);
  }
  return table;
}

/** A household CSV of `rows` rows (about 40 bytes each). */
export function householdCsv(rows: number): Uint8Array {
  return new TextEncoder().encode(
    householdRows(rows)
      .map((cells) => cells.join(','))
      .join('\n') + '\n',
  );
}

/** The whole import of a file's bytes, as the CLI runs it; the accepted count. */
export async function importBytes(name: string, bytes: Uint8Array): Promise<number> {
  const read = await readSource(name, bytes);
  if (!read.ok) throw new Error(read.problem.key);
  const { mapping } = inspectTable(read.info, read.table);
  const result = await importTable(
    read.info,
    read.table,
    {
      kind: 'households',
      fileName: name,
      roles: mapping.roles,
      crs: 'wgs84',
      jurisdiction: JIAXING,
      today: '2022-04-30',
    },
    {},
    read.text,
  );
  return result.report.accepted;
}

/**
 * The import pipeline on a 1 000 000-row household file (decode, parse, map, validate, convert,
 * dedupe, report) against PapaParse alone on the same text. Goal: at most 1.5×.
 */
export function importComparisons(): Comparison[] {
  const bytes = householdCsv(1_000_000);
  let accepted = 0;
  return [
    {
      title: `Importing ${(bytes.length / 1e6).toFixed(0)} MB, 1 000 000 household rows`,
      // PapaParse reading the same file: decoding its bytes, then parsing (as Papa.parse(file) does in a browser).
      baseline: {
        name: 'PapaParse alone: decode + parse, no checks',
        run: () => Papa.parse(new TextDecoder().decode(bytes), { delimiter: ',', header: false }),
      },
      candidates: [
        {
          name: 'Cordon: read (decode, sniff, count) + check every row in slices (parse, map, validate, dedupe, columns, report)',
          run: async () => {
            accepted = await importBytes('bench.csv', bytes);
          },
        },
      ],
      notes: () => [`Accepted ${accepted.toLocaleString('en')} of 1 000 000 rows.`],
    },
  ];
}
