/** Writes the street basemap fixture (`npx tsx test/basemap-fixture/make-street-fixture.ts`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FIXTURE_PATH, streetFixture } from './street-tiles';

const bytes = streetFixture();
mkdirSync(dirname(FIXTURE_PATH), { recursive: true });
writeFileSync(FIXTURE_PATH, bytes);
console.log(`wrote ${FIXTURE_PATH}: ${bytes.length} bytes`);
