/**
 * Writes public/demo/plan.cordon.json (`npm run data:demo-plan`): the demo plan the public demo
 * publication is made from. Byte-identical on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readDemoCases } from '../src/io/demo-data/demo-cases';
import { serializePlan } from '../src/io/project-file/project-file';
import { demoPublicPlan } from './demo-plan';

export const DEMO_PLAN_PATH = join(import.meta.dirname, '..', 'public', 'demo', 'plan.cordon.json');

export function demoPlanText(): string {
  const demo = join(import.meta.dirname, '..', 'public', 'demo');
  const cases = readDemoCases(gunzipSync(readFileSync(join(demo, 'cases.csv.gz'))).toString('utf8'));
  const compounds = JSON.parse(readFileSync(join(demo, 'compounds.geojson'), 'utf8'));
  return serializePlan(demoPublicPlan(cases, compounds));
}

if (process.argv[1] === import.meta.filename) {
  const text = demoPlanText();
  writeFileSync(DEMO_PLAN_PATH, text);
  console.log(`wrote public/demo/plan.cordon.json: ${(text.length / 1e3).toFixed(1)} kB`);
}
