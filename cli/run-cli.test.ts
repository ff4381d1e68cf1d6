import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../test/helpers/cli-run';

const run = runCommandLine;

describe('cordon CLI', () => {
  it('summarises the embedded demo data as JSON', async () => {
    const { code, out } = await run(['summary', '--format', 'json']);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.households.records).toBe(300_000);
    expect(summary.cases.count).toBe(3_000);
    expect(summary.cases.firstReportedOn).toBe('2022-03-26');
  });

  it('exits 2 with the file, line and field for bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cordon-cli-'));
    const bad = join(dir, 'households.csv');
    writeFileSync(bad, 'id,lng,lat,households,residents,grid_id\nH1,east,30.7,1,2,g\n');
    const { code, err } = await run(['summary', '--households', bad]);
    expect(code).toBe(2);
    expect(err).toContain('households.csv, row 2, column "lng"');
  });

  it('refuses an empty file by its own name, and prints the balance and every rejected row beyond 20 as a count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cordon-cli-'));
    const empty = join(dir, 'my-list.csv');
    writeFileSync(empty, '');
    const refused = await run(['summary', '--households', empty]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('my-list.csv: ');
    const cases = join(dir, 'cases.csv');
    const rows = ['病例编号,经度,纬度,报告日期,发现方式', 'C0,120.75,30.75,2022-04-01,社区'];
    for (let i = 1; i <= 25; i++) rows.push(`C${i},120.75,30.75,2022-02-30,社区`);
    writeFileSync(cases, rows.join('\n') + '\n');
    const { code, out, err } = await run(['summary', '--households', join(dir, '..', 'x.csv'), '--cases', cases]);
    expect(code).toBe(2);
    expect(err).toContain('no such file');
    const households = join(dir, 'households.csv');
    writeFileSync(households, 'id,lng,lat,户数,人数\nH1,120.75,30.75,1,2\n');
    const summary = await run(['summary', '--households', households, '--cases', cases, '--format', 'json']);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.out).inputs[1]).toEqual({
      file: cases,
      kind: 'cases',
      lines: 27,
      read: 26,
      accepted: 1,
      rejected: 25,
      skipped: 0,
    });
    expect(summary.err.match(/cases\.csv, row \d+/g)).toHaveLength(20);
    expect(summary.err).toContain('5 more rejected rows not shown (25 in all)');
    expect(out).toBe('');
  });

  it('explains its usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--help'])).out).toContain('Usage: npm run cordon');
    expect((await run(['frobnicate'])).err).toContain('Unknown command');
  });

  it('runs as npm run cordon runs it, under Node’s own module loader (tsx), so CommonJS packages load there too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cordon-cli-'));
    const zones = join(dir, 'zones.geojson');
    const ring = [
      [120.749, 30.749],
      [120.751, 30.749],
      [120.751, 30.751],
      [120.749, 30.751],
      [120.749, 30.749],
    ];
    writeFileSync(
      zones,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { id: 'S1', tier: 'sealed', name: 'S' },
            geometry: { type: 'Polygon', coordinates: [ring] },
          },
        ],
      }),
    );
    const households = join(dir, 'households.csv');
    writeFileSync(households, 'id,lng,lat,户数,人数\nH1,120.75,30.75,1,3\n');
    const sites = join(dir, 'sites.csv');
    writeFileSync(sites, 'id,name,kind,lng,lat,capacity\nT1,采样点,核酸采样点,120.7501,30.7501,30\n');
    const out = execFileSync(
      'node_modules/.bin/tsx',
      ['cli/cordon.ts', 'report', '--zones', zones, '--households', households, '--sites', sites],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    expect(JSON.parse(out).coverage.zones[0]).toMatchObject({ id: 'S1', residentsCovered: 3, roundHours: 0.1 });
  });
});
