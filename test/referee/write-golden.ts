/**
 * `npm run golden:postgis`: writes the expected figures of every golden input
 * (test/fixtures/figures/in) from PostGIS, the independent referee, into test/fixtures/figures/out.
 * Cordon's code writes none of them; test/golden/figures-golden.test.ts holds Cordon to them
 * (counts exactly, areas within 0.05 %), and test/referee checks the files still are PostGIS's.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { startPostgis } from './postgis';
import { goldenJson, GOLDEN_DIR } from './golden-files';
import { postgisFigures } from './postgis-figures';
import { sceneFromGeoJson } from './scene';

const db = await startPostgis();
try {
  for (const file of readdirSync(`${GOLDEN_DIR}/in`).filter((name) => name.endsWith('.geojson'))) {
    const input = JSON.parse(readFileSync(`${GOLDEN_DIR}/in/${file}`, 'utf8'));
    const figures = postgisFigures(db, sceneFromGeoJson(input));
    const out = `${GOLDEN_DIR}/out/${file.replace('.geojson', '.json')}`;
    writeFileSync(out, goldenJson(input.properties, figures, db.version));
    console.log(`wrote ${out}`);
  }
} finally {
  db.stop();
}
