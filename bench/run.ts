/**
 * `npm run bench`: runs every comparison and prints ratios against the baseline of the same run.
 * `npm run bench -- households` runs only the comparisons whose title holds that word.
 */
import { report } from './harness';
import { demoLoadComparisons } from './demo-load.bench';
import { importComparisons } from './import.bench';
import { xlsxComparisons } from './xlsx.bench';
import { countComparisons } from './count.bench';
import { ringComparisons } from './rings.bench';
import { caseComparisons } from './cases.bench';
import { crsHintComparisons } from './crs-hint.bench';
import { coverageComparisons } from './coverage.bench';
import { loadPolygonEngine } from '../src/domain/zones/polygon-engine';
import { stopPostgis } from './postgis-baseline';

const engine = await loadPolygonEngine();
const only = process.argv[2]?.toLowerCase();
const comparisons = [
  ...demoLoadComparisons(),
  ...countComparisons(engine),
  ...ringComparisons(engine),
  ...importComparisons(),
  ...xlsxComparisons(),
  ...caseComparisons(),
  ...crsHintComparisons(),
  ...coverageComparisons(),
].filter((comparison) => !only || comparison.title.toLowerCase().includes(only));
console.log(`# Cordon benchmarks (${new Date().toISOString()}, Node ${process.version})\n`);
try {
  for (const comparison of comparisons) console.log(await report(comparison));
} finally {
  await stopPostgis();
}
