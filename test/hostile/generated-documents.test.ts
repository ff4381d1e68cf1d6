/**
 * Issue 19, item 1, for every other entry point that takes outside data: plan files, zone
 * GeoJSON and pasted coordinates, places files, the public page's snapshot loader, the view in
 * the URL, and the map-file (PMTiles) reader. Inputs are good documents damaged (a value
 * replaced, removed, renamed "__proto__" or buried deep; the text cut or a byte changed) and
 * arbitrary text. Each entry point must take the input or refuse it the way it promises; see
 * test/hostile/README.md.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { PMTiles, type Source } from 'pmtiles';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { publish } from '../../cli/publish';
import { JIAXING_BBOX } from '../../src/domain/geo/jiaxing';
import { parseProjectFile } from '../../src/io/project-file/project-file';
import { readPlaces } from '../../src/io/publish/read-places';
import { importZonesFromGeoJson } from '../../src/io/zones/zone-geojson-import';
import { zonesToGeoJson } from '../../src/io/zones/zone-geojson-export';
import { parseZoneText } from '../../src/io/zones/zone-text';
import { BasemapFileError, readArchiveInfo } from '../../src/map/basemap-file/archive-info';
import { parseUrlView } from '../../src/state/view-url';
import { loadSnapshot, SnapshotLoadError } from '../../src/ui/public/load-snapshot';
import { canaryCasesCsv } from '../publish/canaries';
import { NASTY_NUMBERS, NASTY_TEXT } from './hostile-files';
import { damagedJson, type Json } from './json-mutations';
import { Tally } from './tally';

const tally = new Tally('generated-documents');
afterAll(() => tally.write());

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const PLANS = [1, 2, 3, 4, 5, 6, 7, 8].map((v) => json(`test/fixtures/plans/plan-v${v}.cordon.json`));
const DEMO_PLAN = 'public/demo/plan.cordon.json';
const bytesOf = (text: string) => new TextEncoder().encode(text).length;
const nastyString = fc.oneof(fc.constantFrom(...NASTY_TEXT, ...NASTY_NUMBERS), fc.string({ maxLength: 200 }));

describe('plan files', () => {
  it('open, migrate or are refused with a reason; never throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 8, arbitrary: fc.nat({ max: PLANS.length - 1 }).chain((v) => damagedJson(PLANS[v])) },
          { weight: 1, arbitrary: nastyString },
        ),
        async (text) =>
          tally.run('plan file', { label: text, bytes: bytesOf(text) }, 2_000, async () => {
            const opened = parseProjectFile(text);
            return opened.ok ? { outcome: 'taken', result: opened } : { outcome: 'refused', result: opened.problem };
          }),
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('zone files', () => {
  const zones = zonesToGeoJson(parseProjectFileOrThrow(readFileSync(DEMO_PLAN, 'utf8'))) as unknown as Json;
  let next = 0;
  const options = {
    fileName: 'zones.geojson',
    today: '2022-04-30',
    newId: () => `z${++next}`,
    jurisdiction: JIAXING_BBOX,
  };

  it('GeoJSON is taken whole or refused with every problem by feature; never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 8, arbitrary: damagedJson(zones) }, { weight: 1, arbitrary: nastyString }),
        fc.boolean(),
        async (text, asBytes) =>
          tally.run('zone GeoJSON', { label: text, bytes: bytesOf(text) }, 3_000, async () => {
            const result = importZonesFromGeoJson(asBytes ? new TextEncoder().encode(text) : text, options);
            const { report } = result;
            return {
              outcome: result.ok ? 'taken' : 'refused',
              result,
              balanced: report.read === report.accepted + report.rejected,
            };
          }),
      ),
      { numRuns: 1_500 },
    );
  });

  it('pasted coordinates are read or refused with where; never throw', async () => {
    const coordinate = fc.tuple(
      fc.oneof(
        { weight: 9, arbitrary: fc.double({ min: 120.5, max: 121.2, noNaN: true }) },
        fc.constantFrom(NaN, Infinity, 1e308, 200),
      ),
      fc.oneof({ weight: 9, arbitrary: fc.double({ min: 30.5, max: 31, noNaN: true }) }, fc.constantFrom(-95, 0)),
    );
    // Mostly closed rings of three to twelve corners, some open or too short.
    const ring = fc
      .tuple(fc.array(coordinate, { minLength: 1, maxLength: 12 }), fc.boolean())
      .map(([points, close]) => (close || points.length > 3 ? [...points, points[0]] : points));
    const pasted = fc.oneof(
      ring.map((points) => points.map(([x, y]) => `${x},${y}`).join('\n')),
      ring.map((points) => `POLYGON((${points.map(([x, y]) => `${x} ${y}`).join(', ')}))`),
      ring.map((points) => JSON.stringify([points])),
      nastyString,
    );
    await fc.assert(
      fc.asyncProperty(pasted, async (text) =>
        tally.run('pasted coordinates', { label: text, bytes: bytesOf(text) }, 2_000, async () => {
          const result = parseZoneText(text);
          return { outcome: result.ok ? 'taken' : 'refused', result };
        }),
      ),
      { numRuns: 500 },
    );
  });
});

describe('places files', () => {
  const compounds = json('public/demo/compounds.geojson') as { type: string; features: Json[] };
  const sample = { type: 'FeatureCollection', features: compounds.features.slice(0, 25) } as Json;

  it('name every feature they cannot use; never throw but to refuse a file that is not a FeatureCollection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 8, arbitrary: damagedJson(sample) }, { weight: 1, arbitrary: nastyString }),
        async (text) =>
          tally.run(
            'places file',
            { label: text, bytes: bytesOf(text) },
            2_000,
            async () => {
              // As the CLI reads it: JSON first (refused as "not JSON"), then the places.
              const value = JSON.parse(text) as { features?: unknown[] };
              const { places, problems } = readPlaces(value);
              return {
                outcome: places.length ? 'taken' : 'refused',
                result: places,
                balanced: places.length + problems.length === (value.features?.length ?? 0),
              };
            },
            (error) =>
              error instanceof SyntaxError ||
              (error instanceof Error && error.message.startsWith('a places file must be')),
          ),
      ),
      { numRuns: 600 },
    );
  });
});

describe("the public page's snapshot loader", () => {
  let latest = '';
  let snapshot = '';
  let snapshotName = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cordon-hostile-snapshot-'));
    const cases = join(dir, 'cases.csv');
    writeFileSync(cases, canaryCasesCsv());
    await publish({ zones: DEMO_PLAN, cases, out: join(dir, 'site'), today: '2022-04-20', asOf: '2022-04-20' });
    latest = readFileSync(join(dir, 'site', 'latest.json'), 'utf8');
    snapshotName = readdirSync(join(dir, 'site')).find((name) => name.startsWith('snapshot-')) as string;
    snapshot = readFileSync(join(dir, 'site', snapshotName), 'utf8');
  });

  it('shows a checked publication or says which file is wrong; never anything else', async () => {
    const realFetch = globalThis.fetch;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: fc.constant('damage the pointer') },
          ),
          fc.nat(),
          fc.nat({ max: 9 }),
          async (which, seed, status) => {
            // Damage the pointer or the snapshot (never both), from the seed.
            const pointerText = which ? fc.sample(damagedJson(JSON.parse(latest)), { seed, numRuns: 1 })[0] : latest;
            const snapshotText = which
              ? snapshot
              : fc.sample(damagedJson(JSON.parse(snapshot)), { seed, numRuns: 1 })[0];
            globalThis.fetch = (async (url: string) => {
              const body = String(url).endsWith('latest.json') ? pointerText : snapshotText;
              return new Response(body, { status: status === 0 ? 404 : 200 });
            }) as typeof fetch;
            await tally.run(
              'public snapshot',
              { label: which ? pointerText : snapshotText, bytes: bytesOf(snapshotText) },
              3_000,
              async () => ({ outcome: 'taken', result: await loadSnapshot() }),
              (error) => error instanceof SnapshotLoadError,
            );
          },
        ),
        { numRuns: 800 },
      );
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('the view in the URL', () => {
  it('keeps what is valid and drops the rest; never throws', async () => {
    const part = fc.oneof(nastyString, fc.double().map(String), fc.integer().map(String));
    const hash = fc.oneof(
      nastyString,
      fc
        .record({ a: part, b: part, c: part, date: part, window: part, zone: part, from: part })
        .map(({ a, b, c, ...rest }) => `#${new URLSearchParams({ map: `${a}/${b}/${c}`, ...rest })}`),
      fc.string({ unit: 'binary', maxLength: 300 }).map((text) => `#${text}`),
    );
    await fc.assert(
      fc.asyncProperty(hash, async (text) =>
        tally.run('URL view', { label: text, bytes: bytesOf(text) }, 500, async () => ({
          outcome: 'taken',
          result: parseUrlView(text),
        })),
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('map files (PMTiles)', () => {
  const good = new Uint8Array(readFileSync('test/fixtures/basemap/jiaxing-test-streets.pmtiles'));
  const sourceOf = (bytes: Uint8Array): Source => ({
    getKey: () => 'hostile',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  });

  it('say what they hold or why they cannot be used; never anything else', async () => {
    const damaged = fc.oneof(
      fc
        .array(fc.tuple(fc.nat({ max: 16_383 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
        .map((changes) => {
          const bytes = good.slice();
          for (const [at, byte] of changes) bytes[at % bytes.length] = byte;
          return bytes;
        }),
      fc.nat({ max: good.length }).map((cut) => good.slice(0, cut)),
      fc.uint8Array({ maxLength: 2_000 }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) =>
        tally.run(
          'map file',
          { label: `${bytes.length} B`, bytes: bytes.length },
          3_000,
          async () => ({
            outcome: 'taken',
            result: await readArchiveInfo(new PMTiles(sourceOf(bytes)), 'hostile.pmtiles', bytes.length),
          }),
          (error) => error instanceof BasemapFileError,
        ),
      ),
      { numRuns: 500 },
    );
  });
});

function parseProjectFileOrThrow(text: string) {
  const opened = parseProjectFile(text);
  if (!opened.ok) throw new Error(opened.problem.key);
  return opened.plan;
}
