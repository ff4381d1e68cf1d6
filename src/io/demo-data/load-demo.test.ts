import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_DATASETS, DEMO_LAST_CASE_DATE, demoPlan } from './demo-datasets';
import { loadDemoStores, type DemoFileName } from './load-demo';

const files: Record<DemoFileName, Buffer> = {
  'manifest.json': readFileSync('public/demo/manifest.json'),
  'households.csv.gz': readFileSync('public/demo/households.csv.gz'),
  'cases.csv.gz': readFileSync('public/demo/cases.csv.gz'),
};

const serve =
  (overrides: Partial<Record<DemoFileName, Buffer>> = {}) =>
  async (name: DemoFileName, signal?: AbortSignal) => {
    signal?.throwIfAborted();
    return new Response(new Uint8Array(overrides[name] ?? files[name]));
  };

describe('loadDemoStores', () => {
  it('streams both embedded files into columnar stores, with progress up to 100 %', async () => {
    const fractions: number[] = [];
    const stores = await loadDemoStores(serve(), { onProgress: (p) => fractions.push(p.fraction) });
    expect(stores.households.length).toBe(300_000);
    expect(stores.cases.length).toBe(3_000);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);
    // Records in compounds carry their synthetic compound and building ("梅湾苑3幢"), never a unit or room.
    const addresses = stores.households.addresses.filter(Boolean);
    expect(addresses.length).toBeGreaterThan(150_000);
    for (const address of addresses.slice(0, 2000)) expect(address).toMatch(/^\p{Script=Han}+(\d+期)?\d+幢$/u);
  });

  it('also reads a body the server already decompressed', async () => {
    const { gunzipSync } = await import('node:zlib');
    const stores = await loadDemoStores(serve({ 'cases.csv.gz': gunzipSync(files['cases.csv.gz']) }));
    expect(stores.cases.length).toBe(3_000);
  });

  it('refuses a file with fewer rows than the manifest says', async () => {
    const cut = gzipSync(
      'id,lng,lat,reported_on,onset_on,kind,found_in\nC1,120.7,30.7,2022-03-26,,asymptomatic,quarantine\n',
    );
    await expect(loadDemoStores(serve({ 'cases.csv.gz': cut }))).rejects.toThrow('read 1 rows, the manifest says 3000');
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const loading = loadDemoStores(serve(), {
      signal: controller.signal,
      onProgress: (p) => p.fraction > 0.2 && controller.abort(),
    });
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the demo datasets a plan names', () => {
  it('match the manifest', () => {
    const manifest = JSON.parse(readFileSync('public/demo/manifest.json', 'utf8'));
    for (const dataset of DEMO_DATASETS) expect(dataset.records).toBe(manifest.files[dataset.fileName].rows);
  });

  it('open a new plan on the day of the last demo case', () => {
    const rows = gunzipSync(readFileSync('public/demo/cases.csv.gz')).toString('utf8').trim().split('\n').slice(1);
    const last = rows.map((row) => row.split(',')[3]).reduce((a, b) => (b > a ? b : a));
    expect(DEMO_LAST_CASE_DATE).toBe(last);
    expect(demoPlan('嘉兴').settings.workingDate).toBe(last);
  });
});
