/**
 * Regenerates the demo data in public/demo/ (`npm run data:demo`): byte-identical on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { DemoManifest } from '../src/io/demo-data/demo-manifest';
import { generateDemo } from './demo-generator';
import { compoundsJson, recordsOfCsv } from './demo-compounds';
import { DEMO_SEED } from './demo-places';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const started = performance.now();
const output = generateDemo({
  districts: readJson('public/basemap/jiaxing-districts.geojson'),
  land: readJson('public/basemap/land.geojson'),
  seed: DEMO_SEED,
});
const manifest: DemoManifest = { seed: DEMO_SEED, files: {} as DemoManifest['files'] };
for (const [name, text] of [
  ['households.csv.gz', output.householdsCsv],
  ['cases.csv.gz', output.casesCsv],
] as const) {
  const bytes = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  const rows = text.split('\n').length - 2;
  writeFileSync(join(root, 'public', 'demo', name), bytes);
  manifest.files[name] = {
    rows,
    csvCharacters: text.length,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  console.log(`wrote public/demo/${name}: ${rows} rows, ${(bytes.length / 1e6).toFixed(2)} MB`);
}
const compounds = compoundsJson(recordsOfCsv(output.householdsCsv), DEMO_SEED);
writeFileSync(join(root, 'public', 'demo', 'compounds.geojson'), compounds);
console.log(`wrote public/demo/compounds.geojson: ${(compounds.length / 1e6).toFixed(2)} MB`);
writeFileSync(join(root, 'public', 'demo', 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`in ${((performance.now() - started) / 1000).toFixed(1)} s`);
