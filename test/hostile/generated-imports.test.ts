/**
 * Issue 19, item 1, for the list imports: generated hostile case, household and site files in
 * every format go through the worker's import (inspect, check, then discard, or cancel midway),
 * as the planner's dialog drives it. For each: no exception escapes, it finishes within its
 * bound, the report balances (and counts every row the file holds), nothing stored changes, and
 * no prototype is touched. Failures print their seed and path; replay with `{ seed, path }`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { JIAXING_BBOX } from '../../src/domain/geo/jiaxing';
import { memoryDatasetStorage, type DatasetStorage } from '../../src/io/dataset-storage';
import { createAnalysisApi, type AnalysisApi } from '../../src/workers/analysis-api';
import { damage, hostileTable, textDialect, writeTable, type FileFormat, type ListKind } from './hostile-files';
import { Tally } from './tally';

const tally = new Tally('generated-imports');
const context = { jurisdiction: JIAXING_BBOX, today: '2022-04-30' };
/** Per input: the catalogue's bound of 5 s a megabyte, and never under 2 s for a small file on a busy machine. */
const boundMs = (bytes: number) => Math.max(2_000, (bytes / 1e6) * 5_000);

let api: AnalysisApi;
let puts = 0;

/** Storage that counts writes: an import that fails or is cancelled must make none. */
function countingStorage(): DatasetStorage {
  const inner = memoryDatasetStorage();
  return {
    put: async (dataset) => {
      puts++;
      await inner.put(dataset);
    },
    get: (id) => inner.get(id),
  };
}

beforeAll(async () => {
  api = createAnalysisApi(async () => new Response(null, { status: 404 }), { storage: countingStorage() });
  // A plan already counting one household list and one case list, as a planner's would.
  const keep = async (name: string, text: string, id: string) => {
    const inspected = await api.inspectImport('i', new File([text], name), {});
    if (!inspected.ok) throw new Error(inspected.problem.key);
    const { inspection } = inspected;
    await api.checkImport('c', { kind: inspection.kind, roles: inspection.mapping.roles, crs: 'wgs84' }, context);
    await api.commitImport(id, '2022-04-30T08:00:00.000Z');
  };
  await keep('households.csv', 'id,lng,lat,户数,人数\nH1,120.75,30.75,3,8\nH2,120.76,30.76,2,5\n', 'kept-households');
  await keep('cases.csv', '病例编号,经度,纬度,报告日期\nC1,120.75,30.75,2022-04-01\n', 'kept-cases');
  await api.activate(['kept-households', 'kept-cases']);
});

afterAll(() => tally.write());

const stored = () => JSON.stringify({ puts, summary: api.summary() });

/** One generated file through the import, as the dialog does it; `cancelAt` stops the check at that progress call. */
async function importOnce(
  kind: ListKind,
  name: string,
  bytes: Uint8Array,
  expectedRows: number | undefined,
  cancelAt: number | undefined,
) {
  const before = stored();
  const label = `${kind} ${name} ${bytes.length} B`;
  await tally.run(
    `import ${kind} (${name.split('.').pop()})`,
    { label, bytes: bytes.length },
    boundMs(bytes.length),
    async () => {
      const inspected = await api.inspectImport(
        'i',
        new File([bytes as Uint8Array<ArrayBuffer>], name),
        {},
        undefined,
        kind,
      );
      if (!inspected.ok) {
        api.discardImport();
        return { outcome: 'refused', storedChanged: stored() !== before };
      }
      const { inspection } = inspected;
      let calls = 0;
      try {
        const preview = await api.checkImport(
          'c',
          { kind, roles: inspection.mapping.roles, crs: 'wgs84', keepAddress: true },
          context,
          () => {
            if (cancelAt !== undefined && ++calls >= cancelAt) api.cancel('c');
          },
        );
        const { report } = preview;
        const balanced =
          report.read === report.accepted + report.rejected + report.skipped &&
          report.rejections.length === report.rejected &&
          report.skips.length === report.skipped &&
          // Every row the file holds is read, or counted as blank where it is one.
          (expectedRows === undefined || report.read + inspection.info.blankLines >= expectedRows);
        api.discardImport();
        return {
          outcome: report.accepted > 0 ? 'taken' : 'refused',
          result: preview,
          balanced,
          storedChanged: stored() !== before,
        };
      } catch (error) {
        api.discardImport();
        if ((error as Error).name !== 'AbortError') throw error;
        return { outcome: 'cancelled', storedChanged: stored() !== before };
      }
    },
  );
}

const FORMATS: FileFormat[] = ['csv', 'tsv', 'xlsx', 'geojson', 'json'];

describe('generated hostile lists through the worker import', () => {
  for (const kind of ['cases', 'households', 'sites'] as const) {
    it(`${kind}: every format, damaged or not, cancelled or not: no crash, hang, silent drop or stored change`, async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileTable(kind),
          fc.constantFrom(...FORMATS),
          textDialect,
          damage,
          fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 5 }),
          async (table, format, dialect, harm, cancelAt) => {
            const file = writeTable(table, format, dialect);
            const bytes = harm(file.bytes);
            const whole = bytes === file.bytes && (format === 'csv' || format === 'tsv' || format === 'xlsx');
            await importOnce(kind, file.name, bytes, whole ? table.rows.length : undefined, cancelAt);
          },
        ),
        { numRuns: kind === 'sites' ? 700 : 1_200 },
      );
    });
  }

  it('arbitrary bytes under every name the import accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4000 }),
        fc.constantFrom('a.csv', 'a.tsv', 'a.txt', 'a.json', 'a.geojson', 'a.xlsx'),
        fc.constantFrom<ListKind>('cases', 'households', 'sites'),
        async (bytes, name, kind) => importOnce(kind, name, bytes, undefined, undefined),
      ),
      { numRuns: 800 },
    );
  });
});
