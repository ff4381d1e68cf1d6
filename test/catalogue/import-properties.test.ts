/** The catalogue contract (test/catalogue/README.md) as properties of the whole import pipeline, on generated input. */
import fc from 'fast-check';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../src/domain/geo/distance';
import { JIAXING_BBOX } from '../../src/domain/geo/jiaxing';
import type { BBox } from '../../src/domain/geo/types';
import { toStoredWgs84 } from '../../src/io/import/coordinates';
import { importFile } from '../../src/io/import/import-file';
import type { ImportReport } from '../../src/io/import/import-records';

const options = { crs: 'wgs84' as const, jurisdiction: JIAXING_BBOX, today: '2022-04-30' };
const balanced = (report: ImportReport) =>
  report.read === report.accepted + report.rejected + report.skipped &&
  report.rejections.length === report.rejected &&
  report.skips.length === report.skipped;

/** A household row that is valid, or wrong in one of the ways files are wrong. */
const row = fc.record({
  id: fc.oneof(fc.stringMatching(/^H[0-9]{1,4}$/), fc.constant(''), fc.constant('0700')),
  lng: fc.oneof(
    fc.double({ min: 120.5, max: 121.0, noNaN: true }).map((v) => v.toFixed(6)),
    fc.constantFrom('', 'NaN', '0', '200', '30.75', 'x'),
  ),
  lat: fc.oneof(
    fc.double({ min: 30.5, max: 30.9, noNaN: true }).map((v) => v.toFixed(6)),
    fc.constantFrom('', '95', '120.75'),
  ),
  households: fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constantFrom('-1', '2.5', '', '１２')),
  residents: fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('x', '')),
});
type Row = { id: string; lng: string; lat: string; households: string; residents: string };
const toCsv = (rows: Row[], delimiter = ',', newline = '\n', quoteAll = false) => {
  const cell = (text: string) =>
    quoteAll || text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  return (
    ['id', 'lng', 'lat', 'households', 'residents'].join(delimiter) +
    newline +
    rows.map((r) => [r.id, r.lng, r.lat, r.households, r.residents].map(cell).join(delimiter)).join(newline) +
    newline
  );
};
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
  return bytes;
};

describe('the import pipeline on generated files', () => {
  it('never throws or hangs on arbitrary bytes, and every report balances', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('a.csv', 'a.json', 'a.xlsx', 'a.txt'),
        async (bytes, name) => {
          const result = await importFile(name, bytes, options);
          if (result.ok) expect(balanced(result.result.report)).toBe(true);
          else expect(typeof result.problem.key).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same records from any dialect (delimiter, quoting, line ending, BOM, UTF-16), and balances after random damage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        async (rows, delimiter, newline, quoteAll, encoding, damage) => {
          const canonical = await importFile('f.csv', new TextEncoder().encode(toCsv(rows)), options);
          const text = toCsv(rows, delimiter, newline, quoteAll);
          const bytes =
            encoding === 'utf-16le'
              ? utf16le(text)
              : new TextEncoder().encode((encoding === 'utf-8-bom' ? '\uFEFF' : '') + text);
          const dialect = await importFile('f.csv', bytes, options);
          expect(canonical.ok && dialect.ok).toBe(true);
          if (canonical.ok && dialect.ok) {
            expect(dialect.result.households).toEqual(canonical.result.households);
            expect(balanced(dialect.result.report)).toBe(true);
          }
          const damaged = bytes.slice();
          for (const [at, value] of damage) damaged[at % damaged.length] = value;
          const hurt = await importFile('f.csv', damaged, options);
          if (hurt.ok) expect(balanced(hurt.result.report)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same counts for the rows in any order, and a file imported twice adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer(), async (rows, seed) => {
        const shuffled = [...rows].sort(
          (a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7),
        );
        const once = await importFile('f.csv', new TextEncoder().encode(toCsv(rows)), options);
        const reordered = await importFile('f.csv', new TextEncoder().encode(toCsv(shuffled)), options);
        if (!once.ok || !reordered.ok) throw new Error('refused');
        const totals = (households: { id: string; households: number; residents: number }[]) => ({
          ids: new Set(households.map((h) => h.id)).size,
          households: households.reduce((sum, h) => sum + h.households, 0),
        });
        // Which of two conflicting rows wins depends on order; how many are taken does not.
        expect(reordered.result.report.accepted).toBe(once.result.report.accepted);
        expect(reordered.result.report.rejected + reordered.result.report.skipped).toBe(
          once.result.report.rejected + once.result.report.skipped,
        );
        const known = new Map(once.result.households.map((h) => [h.id, h]));
        const again = await importFile('f.csv', new TextEncoder().encode(toCsv(rows)), {
          ...options,
          existing: (id) => known.get(id),
        });
        if (!again.ok) throw new Error('refused');
        expect(again.result.report.accepted).toBe(0);
        expect(totals(once.result.households).ids).toBe(once.result.households.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('datum conversions anywhere in China', () => {
  const CHINA: BBox = [73.5, 18.0, 135.0, 53.5];
  it('bring GCJ-02 back within 0.5 m and BD-09 within 1 m of the WGS-84 original, without touching the input', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 75, max: 134, noNaN: true }),
        fc.double({ min: 19, max: 53, noNaN: true }),
        (lng, lat) => {
          for (const [crs, from, tolerance] of [
            ['gcj02', gcoord.GCJ02, 0.5],
            ['bd09', gcoord.BD09, 1],
          ] as const) {
            const shifted = gcoord.transform([lng, lat], gcoord.WGS84, from) as [number, number];
            const copy = [...shifted];
            const back = toStoredWgs84(shifted[0], shifted[1], crs, CHINA);
            expect(shifted).toEqual(copy);
            expect(back.ok).toBe(true);
            if (back.ok) expect(haversineMeters([back.lng, back.lat], [lng, lat])).toBeLessThan(tolerance);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
