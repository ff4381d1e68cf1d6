import { strToU8, zipSync } from 'fflate';
import type { Comparison } from './harness';
import { householdRows, importBytes } from './import.bench';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A workbook as Excel writes one: numbers as numbers, text in the shared strings, every cell referenced. */
export function householdWorkbook(table: string[][]): Uint8Array {
  const strings = new Map<string, number>();
  const shared = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) strings.set(text, (index = strings.size));
    return index;
  };
  const columns = 'ABCDEF';
  const rows = table.map(
    (cells, r) =>
      `<row r="${r + 1}">${cells
        .map((text, c) => {
          const ref = `${columns[c]}${r + 1}`;
          return r > 0 && c >= 1 && c <= 4
            ? `<c r="${ref}"><v>${text}</v></c>`
            : `<c r="${ref}" t="s"><v>${shared(text)}</v></c>`;
        })
        .join('')}</row>`,
  );
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="households" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(sst),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

/** Peak resident memory while `run` runs, sampled every 20 ms. */
async function peakRss(run: () => Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss);
}

/**
 * A 1 000 000-row household workbook against the same rows as CSV, both through the whole
 * import (issue 14, item 12). Goal: at most 2× the CSV's time, and under 1 GB.
 */
export function xlsxComparisons(): Comparison[] {
  const table = householdRows(1_000_000);
  const csv = new TextEncoder().encode(table.map((cells) => cells.join(',')).join('\n') + '\n');
  const xlsx = householdWorkbook(table);
  let accepted = 0;
  return [
    {
      title: `Importing 1 000 000 household rows from a ${(xlsx.length / 1e6).toFixed(0)} MB workbook`,
      baseline: {
        name: `the same rows as CSV (${(csv.length / 1e6).toFixed(0)} MB), whole import`,
        run: () => importBytes('bench.csv', csv),
      },
      candidates: [
        {
          name: 'the workbook, whole import (directory check, streamed inflate and parse, every row checked)',
          run: async () => {
            accepted = await importBytes('bench.xlsx', xlsx);
          },
        },
      ],
      minRounds: 3,
      notes: async () => {
        const rss = await peakRss(() => importBytes('bench.xlsx', xlsx));
        return [
          `Accepted ${accepted.toLocaleString('en')} rows; peak resident memory during a workbook import: ${(rss / 2 ** 20).toFixed(0)} MB.`,
        ];
      },
    },
  ];
}
