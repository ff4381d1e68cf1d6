import { readFileSync } from 'node:fs';
import { importBytes } from '../bench/import.bench';
const bytes = new Uint8Array(readFileSync('/tmp/cordon-hostile-6ROXRm/million.xlsx'));
const t = performance.now();
console.log(await importBytes('m.xlsx', bytes), performance.now() - t);
