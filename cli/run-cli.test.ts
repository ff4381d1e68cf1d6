import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const run = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

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
    expect(err).toContain('households.csv, line 2, field "lng"');
  });

  it('explains its usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--help'])).out).toContain('Usage: npm run cordon');
    expect((await run(['frobnicate'])).err).toContain('Unknown command');
  });
});
