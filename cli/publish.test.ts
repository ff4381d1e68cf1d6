import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish, readPublication } from './publish';
import { unpackGazetteer } from '../src/domain/publish/gazetteer-columns';
import { searchGazetteer } from '../src/domain/publish/search';
import { runCli } from './run-cli';
import { checkSnapshot } from '../src/io/publish/snapshot-schema';
import { publicationFiles, SnapshotRejected } from '../src/io/publish/publication-files';
import { serializePlan } from '../src/io/project-file/project-file';
import { parseProjectFile } from '../src/io/project-file/project-file';
import { findLeaks, CANARY_STRINGS, canaryCasesCsv } from '../test/publish/canaries';

const ROOT = join(import.meta.dirname, '..');
const DEMO_PLAN = join(ROOT, 'public', 'demo', 'plan.cordon.json');
const COMPOUNDS = join(ROOT, 'public', 'demo', 'compounds.geojson');
const TODAY = '2022-04-20';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-publish-'));
  const cases = join(dir, 'cases.csv');
  writeFileSync(cases, canaryCasesCsv());
  return { dir, cases, out: join(dir, 'site') };
}

describe('cordon publish', () => {
  it('writes a snapshot that holds no trace of any case: no canary, no case coordinate pair at 4 decimals', async () => {
    const { cases, out } = workspace();
    const result = await publish({ zones: DEMO_PLAN, cases, places: COMPOUNDS, out, today: TODAY, asOf: TODAY });
    expect(result.snapshot.zones.length).toBe(10);
    const files = readdirSync(out);
    expect(files).toHaveLength(2);
    expect(files).toContain('latest.json');
    expect(files.find((name) => name !== 'latest.json')).toMatch(/^snapshot-1-[0-9a-f]{12}\.json$/);
    const leaks = findLeaks(files.map((name) => readFileSync(join(out, name), 'utf8')).join('\n'));
    expect(leaks).toEqual([]);
    // The search would find them: a pair cut to 4 decimals, a canary string.
    expect(findLeaks('"at":[120.7612,30.7543]')).toEqual(['case at 120.761234,30.754321']);
    expect(findLeaks('x 13900077713')).toEqual(['13900077713']);
    // The canaries were there to be found: the case file carries each of them.
    for (const canary of CANARY_STRINGS) expect(readFileSync(cases, 'utf8')).toContain(canary);
  });

  it('holds tiers, dates, releases, measures, suppressed counts and a searchable gazetteer', async () => {
    const { cases, out } = workspace();
    const { snapshot } = await publish({ zones: DEMO_PLAN, cases, places: COMPOUNDS, out, today: TODAY, asOf: TODAY });
    expect(Object.keys(snapshot.tiers).sort()).toEqual(['controlled', 'precaution', 'sealed']);
    const zone = snapshot.zones[0];
    expect(zone).toMatchObject({ tier: 'sealed', declaredOn: expect.stringMatching(/^2022-0[34]-\d\d$/) });
    expect(zone.release).toMatchObject({ becomes: 'controlled', caseFreeDaysNeeded: 7 });
    expect(snapshot.measures.sealed.zh).toContain('足不出户');
    expect(snapshot.cases).toMatchObject({ resolution: 7, from: '2022-04-14', to: '2022-04-20' });
    const names = unpackGazetteer(snapshot.gazetteer);
    const nanhu = names.find((entry) => entry.zh === '南湖区');
    expect(nanhu).toMatchObject({ kind: 'district', py: 'nan hu qu', en: 'Nanhu', districtId: '330402' });
    expect(searchGazetteer(names, 'nhq')[0]).toBe(nanhu);
    expect(names.filter((entry) => entry.kind === 'place').length).toBeGreaterThan(6000);
    // The lifted quarantine-site zone is not in force.
    expect(snapshot.zones.some((z) => z.name === '经开区集中隔离点')).toBe(false);
  });

  it('numbers publications and says what changed since the previous one', async () => {
    const { dir, cases, out } = workspace();
    const first = await publish({ zones: DEMO_PLAN, cases, out, today: TODAY, asOf: '2022-04-10' });
    expect(first.snapshot.publication).toBe(1);
    // A week later: one zone lifted, one adjusted, one new.
    const plan = parseProjectFile(readFileSync(DEMO_PLAN, 'utf8'));
    if (!plan.ok) throw new Error('demo plan');
    const zones = plan.plan.zones;
    zones[0] = { ...zones[0], liftedOn: '2022-04-15' };
    zones[1] = { ...zones[1], tier: 'controlled' };
    zones.push({ ...zones[2], id: 'new-zone', name: '新封控区', declaredOn: '2022-04-16' });
    const edited = join(dir, 'edited.cordon.json');
    writeFileSync(edited, serializePlan(plan.plan));
    const second = await publish({ zones: edited, cases, out, today: TODAY, asOf: '2022-04-17' });
    expect(second.snapshot.publication).toBe(2);
    expect(second.changes.added).toEqual(['新封控区']);
    // The quarantine site's zone, lifted on the 12th, was in force on the 10th.
    expect(second.changes.lifted).toEqual([zones[0].name, '经开区集中隔离点']);
    expect(second.changes.adjusted).toContain(zones[1].name);
    expect((await readPublication(out))?.publication).toBe(2);
    expect(readdirSync(out).filter((name) => name.startsWith('snapshot-')).length).toBe(2);
  });

  it('refuses to write a snapshot with a field its schema does not name, or a count from 1 to 9', async () => {
    const { cases, out } = workspace();
    const { snapshot } = await publish({ zones: DEMO_PLAN, cases, out, today: TODAY, asOf: TODAY });
    await expect(publicationFiles({ ...snapshot, caseIds: ['x'] } as typeof snapshot)).rejects.toThrow(
      SnapshotRejected,
    );
    const leaky = { ...snapshot, cases: { ...snapshot.cases, total: 3 } };
    const checked = checkSnapshot(leaky);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0].path).toBe('cases.total');
  });

  it('exits 2 with the reason on bad input and writes nothing', async () => {
    const { dir, out } = workspace();
    let err = '';
    const io = { out: () => {}, err: (text: string) => (err += text) };
    expect(await runCli(['publish', '--zones', DEMO_PLAN], io)).toBe(2);
    expect(err).toContain('--zones and --out are required');
    const places = join(dir, 'places.json');
    writeFileSync(places, '{"type":"Feature"}');
    err = '';
    expect(await runCli(['publish', '--zones', DEMO_PLAN, '--places', places, '--out', out], io)).toBe(2);
    expect(err).toContain('places.json: a places file must be a GeoJSON FeatureCollection');
    expect(() => readdirSync(out)).toThrow();
  });
});
