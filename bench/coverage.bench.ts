import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { geodesicMeters } from '../src/domain/geo/geodesic';
import { GridIndex } from '../src/domain/households/grid-index';
import { testingCoverage } from '../src/domain/sites/testing-coverage';
import { DemoHouseholdReader } from '../src/io/demo-data/demo-households';
import { demoSites } from '../src/io/demo-data/demo-sites';
import type { Comparison } from './harness';

/**
 * Testing coverage on the demo's 300 000 households and its 7 testing sites at 500 m: the grid walk
 * (only the cells a catchment's edge crosses are measured) against measuring every record from
 * every site. The figures are the same (testing-coverage.test.ts checks it on random scenes).
 */
export function coverageComparisons(): Comparison[] {
  const reader = new DemoHouseholdReader();
  reader.push(gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8'));
  const households = reader.finish();
  const index = new GridIndex(households.lng, households.lat);
  const sites = demoSites();
  const testing = sites.filter((site) => site.kind === 'testing');
  const none = { records: 0, households: 0, residents: 0 };
  const walk = () =>
    testingCoverage({
      households,
      index,
      sites,
      tierAt: () => 'sealed',
      tierTotals: { sealed: none, controlled: none, precaution: none },
      zones: [],
      settings: { walkingMeters: 500, targetRoundHours: 12, swabsPerResident: 1 },
    });
  let covered = 0;
  return [
    {
      title: `Testing coverage: ${testing.length} demo testing sites at 500 m over ${households.length.toLocaleString('en')} households`,
      baseline: {
        name: 'every record from every site (geodesic)',
        run: () => {
          covered = 0;
          for (let i = 0; i < households.length; i++)
            if (
              testing.some(
                (site) => geodesicMeters([site.lng, site.lat], [households.lng[i], households.lat[i]]) <= 500,
              )
            )
              covered++;
        },
      },
      candidates: [{ name: 'grid walk, edge cells measured (testingCoverage)', run: walk }],
      minRounds: 3,
      notes: () => {
        const flags = walk().covered;
        let walked = 0;
        for (const flag of flags) walked += flag;
        return [
          `records covered: ${walked.toLocaleString('en')} by the walk, ${covered.toLocaleString('en')} by the baseline`,
        ];
      },
    },
  ];
}
