import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { detectColumnRoles } from '../src/io/import/column-roles';
import { decodeBytes } from '../src/io/import/decode-bytes';
import { importRecords } from '../src/io/import/import-records';
import { parseTable } from '../src/io/import/parse-table';
import type { Comparison } from './harness';

const JIAXING: [number, number, number, number] = [120.291, 30.265, 121.271, 31.033];

/** A household CSV of `rows` rows (about 40 bytes each), built from the demo buildings. */
function householdCsv(rows: number): Uint8Array {
  const demo = gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8').trim().split('\n').slice(1);
  const lines = ['id,lng,lat,户数,人数,网格'];
  for (let i = 0; i < rows; i++) {
    const [, lng, lat, households, residents, grid] = demo[i % demo.length].split(',');
    lines.push(`H${i},${lng},${lat},${households},${residents},${grid}`);
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/**
 * The import pipeline on a 1 000 000-row household file (decode, parse, map, validate, convert,
 * dedupe, report) against PapaParse alone on the same text. Goal: at most 1.5×.
 */
export function importComparisons(): Comparison[] {
  const bytes = householdCsv(1_000_000);
  const text = new TextDecoder().decode(bytes);
  let accepted = 0;
  return [
    {
      title: `Importing ${(bytes.length / 1e6).toFixed(0)} MB, 1 000 000 household rows`,
      baseline: { name: 'PapaParse alone (no checks)', run: () => Papa.parse(text, { delimiter: ',', header: false }) },
      candidates: [
        {
          name: 'Cordon: decode + parse + map + check + dedupe + report',
          run: () => {
            const decoded = decodeBytes(bytes);
            if (!decoded.ok) throw new Error(decoded.problem);
            const parsed = parseTable(decoded.text);
            if (!parsed.ok) throw new Error(parsed.key);
            const { roles } = detectColumnRoles(parsed.table.headers);
            accepted = importRecords(parsed.table, { kind: 'households', fileName: 'bench.csv', roles, crs: 'wgs84', jurisdiction: JIAXING, today: '2022-04-30' }).report.accepted;
          },
        },
      ],
      notes: () => [`Accepted ${accepted.toLocaleString('en')} of 1 000 000 rows.`],
    },
  ];
}
