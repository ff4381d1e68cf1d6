/** `npm run bench`: runs every comparison and prints ratios against the baseline of the same run. */
import { report } from './harness';
import { demoLoadComparisons } from './demo-load.bench';
import { importComparisons } from './import.bench';
import { countComparisons } from './count.bench';
import { ringComparisons } from './rings.bench';
import { caseComparisons } from './cases.bench';
import { loadPolygonEngine } from '../src/domain/zones/polygon-engine';

const engine = await loadPolygonEngine();
const comparisons = [...demoLoadComparisons(), ...countComparisons(engine), ...ringComparisons(engine), ...importComparisons(), ...caseComparisons()];
console.log(`# Cordon benchmarks (${new Date().toISOString()}, Node ${process.version})\n`);
for (const comparison of comparisons) console.log(await report(comparison));
