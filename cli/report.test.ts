import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { squareAround, uShapeWithCrossingHole } from '../test/helpers/zone-builders';
import { runCommandLine } from '../test/helpers/cli-run';
import { emptyPlan } from '../src/domain/plan/plan';
import { serializePlan } from '../src/io/project-file/project-file';

const run = runCommandLine;

function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-report-'));
  const zones = join(dir, 'zones.geojson');
  writeFileSync(
    zones,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'S1',
          properties: { tier: '封控区', name: '南湖 1 号楼', declaredOn: '2022-03-30' },
          geometry: squareAround(120.75, 30.75, 150),
        },
        {
          type: 'Feature',
          properties: { id: 'C1', tier: 'controlled', name: '=HYPERLINK("x")', declaredOn: '2022-03-30' },
          geometry: squareAround(120.77, 30.75, 200),
        },
      ],
    }),
  );
  const rows = ['id,lng,lat,户数,人数'];
  // Buildings every 100 m going east from the sealed zone's centre; one far away; one bad row.
  for (let i = 0; i < 40; i++) rows.push(`H${i},${(120.75 + (i * 100) / 95_700).toFixed(7)},30.7500000,2,5`);
  rows.push('FAR,120.9000000,30.9000000,9,9', 'BAD,east,30.75,1,1');
  const households = join(dir, 'households.csv');
  writeFileSync(households, rows.join('\n') + '\n');
  return { dir, zones, households };
}

describe('cordon report', () => {
  it('writes the exact JSON shape: exclusive tiers with rings, zones as drawn, and the import balance', async () => {
    const { zones, households } = fixtures();
    const { code, out, err } = await run([
      'report',
      '--zones',
      zones,
      '--households',
      households,
      '--controlled-buffer',
      '500',
      '--precaution-buffer',
      '2000',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['settings', 'tiers', 'zones', 'import', 'inputs']);
    expect(json.settings).toEqual({ controlledBufferMeters: 500, precautionBufferMeters: 2000 });
    expect(Object.keys(json.tiers.sealed)).toEqual(['records', 'households', 'residents', 'areaSquareMeters']);
    expect(json.tiers.sealed).toMatchObject({ records: 2, households: 4, residents: 10 });
    // Within 650 m: controlled (ring) and the controlled zone around 120.77; the rest to 2 150 m precaution.
    expect(json.tiers.controlled.records + json.tiers.precaution.records + json.tiers.sealed.records).toBe(22);
    expect(
      json.zones.map((zone: { id: string; name: string; tier: string }) => [zone.id, zone.name, zone.tier]),
    ).toEqual([
      ['S1', '南湖 1 号楼', 'sealed'],
      ['C1', '=HYPERLINK("x")', 'controlled'],
    ]);
    expect(Object.keys(json.zones[0])).toEqual([
      'id',
      'name',
      'tier',
      'records',
      'households',
      'residents',
      'areaSquareMeters',
    ]);
    expect(json.import).toEqual({ read: 42, accepted: 41, rejected: 1, skipped: 0 });
    expect(json.inputs).toEqual([
      { file: households, kind: 'households', lines: 43, read: 42, accepted: 41, rejected: 1, skipped: 0 },
    ]);
    expect(err).toContain('households.csv, row 43, column "lng"');
  });

  it('turns rings off at 0 m, reads a plan file, and writes CSV (formulas escaped) and Markdown to --out', async () => {
    const { dir, zones, households } = fixtures();
    const off = JSON.parse(
      (
        await run([
          'report',
          '--zones',
          zones,
          '--households',
          households,
          '--controlled-buffer',
          '0',
          '--precaution-buffer',
          '0',
        ])
      ).out,
    );
    expect(off.tiers.controlled.records + off.tiers.precaution.records).toBe(off.zones[1].records);
    const csvPath = join(dir, 'report.csv');
    expect(
      (await run(['report', '--zones', zones, '--households', households, '--format', 'csv', '--out', csvPath])).code,
    ).toBe(0);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFscope,id,name,tier,records,households,residents,areaSquareMeters,lines,read,rejected,skipped',
    );
    const md = (await run(['report', '--zones', zones, '--households', households, '--format', 'md'])).out;
    expect(md.split('\n')[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  });

  it('exits 2 naming the file and the reason, and writes nothing, on bad input', async () => {
    const { dir, zones, households } = fixtures();
    const out = join(dir, 'never.json');
    const badZones = join(dir, 'bad.geojson');
    writeFileSync(
      badZones,
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"tier":"sealed"},"geometry":{"type":"Polygon","coordinates":[[[120.7,30.7],[120.8,30.8]]]}}]}',
    );
    const zonesFailure = await run(['report', '--zones', badZones, '--households', households, '--out', out]);
    expect(zonesFailure.code).toBe(2);
    expect(zonesFailure.err).toMatch(/bad\.geojson, feature 1: /);
    const badRows = join(dir, 'bad.csv');
    writeFileSync(badRows, 'id,lng,lat\nA,0,0\n');
    const rowsFailure = await run(['report', '--zones', zones, '--households', badRows, '--out', out]);
    expect(rowsFailure.code).toBe(2);
    expect(rowsFailure.err).toContain('bad.csv, row 2, column "lng + lat": the position is 0, 0');
    expect((await run(['report', '--zones', zones, '--households', join(dir, 'missing.csv')])).err).toContain(
      'no such file',
    );
    expect(
      (await run(['report', '--zones', zones, '--households', households, '--controlled-buffer', 'far'])).code,
    ).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("draws the precaution area as the sealed zone's whole district with --precaution-mode district", async () => {
    const { zones, households } = fixtures();
    const { code, out } = await run([
      'report',
      '--zones',
      zones,
      '--households',
      households,
      '--precaution-mode',
      'district',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // 120.75, 30.75 is in Nanhu (南湖区); the area is the district's, less the sealed and controlled areas.
    expect(json.settings).toMatchObject({ precautionMode: 'district', precautionDistricts: ['南湖区 Nanhu'] });
    expect(json.tiers.precaution.areaSquareMeters).toBeGreaterThan(300e6);
    // Every building but the one 20 km north-east lies in Nanhu: all 40 are counted in some tier.
    expect(json.tiers.sealed.records + json.tiers.controlled.records + json.tiers.precaution.records).toBe(40);
    expect(
      (await run(['report', '--zones', zones, '--households', households, '--precaution-mode', 'county'])).code,
    ).toBe(2);
  });

  it("adds cases per tier and each zone's clock with --cases, as of --as-of", async () => {
    const { dir, zones, households } = fixtures();
    const cases = join(dir, 'cases.csv');
    // Inside the sealed zone on 1 and 3 April; one in the controlled zone on 2 April; one reported on 9 April.
    writeFileSync(
      cases,
      [
        '病例编号,经度,纬度,报告日期',
        'K1,120.7500,30.7500,2022-04-01',
        'K2,120.7505,30.7502,2022-04-03',
        'K3,120.7700,30.7500,2022-04-02',
        'K4,120.7501,30.7500,2022-04-09',
      ].join('\n') + '\n',
    );
    const asOfFifth = await run([
      'report',
      '--zones',
      zones,
      '--households',
      households,
      '--cases',
      cases,
      '--as-of',
      '2022-04-05',
    ]);
    const json = JSON.parse(asOfFifth.out);
    // Counted as of 5 April: the case reported on 9 April is not known yet, and the user is told so.
    expect(json.tiers.sealed.cases).toBe(2);
    expect(json.zones[0].cases).toBe(2);
    expect(asOfFifth.err).toContain('1 of 4 cases are reported after 2022-04-05 and not counted');
    const [sealed, controlled] = json.zones;
    expect(Object.keys(sealed)).toEqual([
      'id',
      'name',
      'tier',
      'records',
      'households',
      'residents',
      'areaSquareMeters',
      'cases',
      'lastCaseOn',
      'caseFreeDays',
      'eligibleOn',
    ]);
    // The case of 9 April is not known on 5 April; the clock runs from the last case before.
    expect(sealed).toMatchObject({ lastCaseOn: '2022-04-03', caseFreeDays: 2, eligibleOn: '2022-04-10' });
    expect(controlled).toMatchObject({ lastCaseOn: '2022-04-02', caseFreeDays: 3, eligibleOn: '2022-04-09' });
    const later = JSON.parse(
      (await run(['report', '--zones', zones, '--households', households, '--cases', cases, '--as-of', '2022-04-12']))
        .out,
    );
    expect(later.zones[0]).toMatchObject({
      cases: 3,
      lastCaseOn: '2022-04-09',
      caseFreeDays: 3,
      eligibleOn: '2022-04-16',
    });
    expect(later.tiers.sealed.cases).toBe(3);

    // --lang writes the report for people: in Chinese, with the day, the window, the rings and the needs.
    const base = ['report', '--zones', zones, '--households', households, '--cases', cases, '--as-of', '2022-04-05'];
    const chinese = await run([...base, '--format', 'csv', '--lang', 'zh-CN']);
    expect(chinese.code).toBe(0);
    expect(chinese.out).toContain('截至,2022-04-05');
    expect(chinese.out).toContain('病例统计范围,报告日期 2022-04-01 至 2022-04-05');
    expect(chinese.out).toContain('封控区外围,管控 500 米，防范 2000 米');
    expect(chinese.out).toContain('等级,户数,人数,病例,楼栋数,面积（平方千米）');
    expect(chinese.out).toMatch(/\r\n封控区,\d+,\d+,2,/);
    expect(chinese.out).toContain('等级,每日物资包,');
    const english = await run([...base, '--format', 'md', '--lang', 'en']);
    expect(english.out).toContain('- As of: 2022-04-05');
    expect(english.out).toContain('| Zone | Tier | Households | Residents | Cases |');
    expect((await run([...base, '--lang', 'zh-CN'])).code).toBe(2); // JSON keeps its field names
    expect((await run([...base, '--format', 'csv', '--lang', 'fr'])).code).toBe(2);
    expect(
      (await run(['report', '--zones', zones, '--households', households, '--cases', cases, '--as-of', '5 April']))
        .code,
    ).toBe(2);
  });
});

describe('cordon report on hostile input (issue 14)', () => {
  const plan = (change: (plan: Record<string, unknown> & { settings: Record<string, unknown> }) => void) => {
    const { dir } = fixtures();
    const value = JSON.parse(serializePlan(emptyPlan('p')));
    change(value);
    const path = join(dir, 'plan.cordon.json');
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it("reports a plan's own problems with their field paths, not as 'not GeoJSON' (items 9, 15)", async () => {
    const { households } = fixtures();
    const far = plan((p) => (p.settings.controlledBufferMeters = 1e9));
    const farRun = await run(['report', '--zones', far, '--households', households]);
    expect(farRun.code).toBe(2);
    expect(farRun.err).toContain('settings.controlledBufferMeters');
    expect(farRun.err).not.toContain('GeoJSON');
    const square = squareAround(120.75, 30.75, 100);
    const zone = { id: 'z', tier: 'sealed', name: 'a', geometry: square, origin: 'drawn', notes: '', events: [] };
    const date = plan((p) => (p.zones = [{ ...zone, declaredOn: '2022-02-30' }]));
    const dateRun = await run(['report', '--zones', date, '--households', households]);
    expect(dateRun.code).toBe(2);
    expect(dateRun.err).toContain('zones[0].declaredOn: no such day in the calendar');
    const twice = plan(
      (p) =>
        (p.zones = [
          { ...zone, declaredOn: '2022-03-01' },
          { ...zone, declaredOn: '2022-03-01' },
        ]),
    );
    expect((await run(['report', '--zones', twice, '--households', households])).err).toContain(
      'zones[1].id: "z" is already the id of zones[0]',
    );
    const newer = plan((p) => (p.schemaVersion = 99));
    const newerRun = await run(['report', '--zones', newer, '--households', households]);
    expect(newerRun.code).toBe(0);
    expect(newerRun.err).toContain('written by a newer Cordon');
  });

  it('refuses zone ids given twice, naming both features (item 7)', async () => {
    const { dir, households } = fixtures();
    const path = join(dir, 'twice.geojson');
    const feature = (x: number) => ({
      type: 'Feature',
      id: 'Z1',
      properties: { tier: 'sealed', name: `at ${x}` },
      geometry: squareAround(x, 30.75, 100),
    });
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [feature(120.75), feature(120.76)] }));
    const { code, err } = await run(['report', '--zones', path, '--households', households]);
    expect(code).toBe(2);
    expect(err).toContain('feature 2: the id "Z1" is already feature 1\'s');
  });

  it('lets --crs win, refusing a file whose values contradict it (item 8)', async () => {
    const { dir, zones } = fixtures();
    const metres = join(dir, 'metres.csv');
    writeFileSync(metres, 'id,x,y,户数,人数\nH1,13442488.3,3597657.2,1,2\n');
    const refused = await run(['report', '--zones', zones, '--households', metres, '--crs', 'bd09']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('declared as bd09, but the values are metres (epsg3857)');
    const guessed = await run(['report', '--zones', zones, '--households', metres]);
    expect(guessed.code).toBe(0);
    expect(guessed.err).toContain('coordinates read as epsg3857 (the values are metres)');
  });

  it('counts a zone with a crossing hole as invalid, with the reason, in the CLI as in the planner (item 4)', async () => {
    const { dir, households } = fixtures();
    const path = join(dir, 'u.geojson');
    writeFileSync(
      path,
      JSON.stringify({ type: 'Feature', properties: { tier: 'sealed' }, geometry: uShapeWithCrossingHole() }),
    );
    const { code, err } = await run(['report', '--zones', path, '--households', households]);
    expect(code).toBe(2);
    expect(err).toContain('u.geojson, feature 1: a hole crosses or leaves its zone’s outline');
  });

  it('adds testing coverage, each zone’s round, isolation rooms and supply packs with --sites (issue 18)', async () => {
    const { dir, zones, households } = fixtures();
    const sites = join(dir, 'sites.csv');
    const at = (metres: number) => (120.75 + metres / 95_700).toFixed(7);
    writeFileSync(
      sites,
      [
        'id,name,kind,lng,lat,capacity,rooms in use',
        'T1,南湖采样点,核酸采样点,120.7500000,30.7500000,4,',
        `T2,东栅采样点,testing,${at(2500)},30.7500000,100,`,
        'I1,隔离酒店,集中隔离点,120.7300000,30.7200000,300,120',
        'S1,物资点,物资保障点,120.7600000,30.7600000,10,',
        'K1,G60 卡口,卡口,120.7000000,30.7800000,,',
        'X1,医院,hospital,120.7000000,30.7800000,5,',
      ].join('\n') + '\n',
    );
    const withSites = [
      'report',
      '--zones',
      zones,
      '--households',
      households,
      '--sites',
      sites,
      '--walking-meters',
      '250',
      '--as-of',
      '2022-04-20',
    ];
    const { code, out, err } = await run(withSites);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // T1 reaches the buildings at 0, 100 and 200 m: both of the sealed zone's (10 residents) and one
    // of the controlled ring's; T2, 2.5 km east, reaches no building in any tier or zone.
    expect(json.coverage.walkingMeters).toBe(250);
    expect(json.coverage.tiers).toEqual({
      sealed: { residentsCovered: 10, residentsUncovered: 0 },
      controlled: { residentsCovered: 5, residentsUncovered: json.tiers.controlled.residents - 5 },
      precaution: { residentsCovered: 0, residentsUncovered: json.tiers.precaution.residents },
    });
    expect(json.coverage.zones).toEqual([
      {
        id: 'S1',
        residentsCovered: 10,
        residentsUncovered: 0,
        roundHours: 2.5,
        fits: true,
        sites: ['T1'],
        swabsNeeded: 10,
        swabsPerHour: 4,
      },
      {
        id: 'C1',
        residentsCovered: 0,
        residentsUncovered: 20,
        roundHours: null,
        fits: null,
        sites: [],
        swabsNeeded: 20,
        swabsPerHour: 0,
      },
    ]);
    expect(json.coverage.isolation).toMatchObject({
      sites: 1,
      rooms: 300,
      roomsInUse: 120,
      roomsFree: 180,
      roomsNeeded: 0,
    });
    expect(json.coverage.supply).toEqual({
      sites: 1,
      packsPerDay: 10,
      packsNeeded: json.tiers.sealed.households + json.tiers.controlled.households,
      balance: 10 - json.tiers.sealed.households - json.tiers.controlled.households,
    });
    expect(json.inputs.at(-1)).toEqual({
      file: sites,
      kind: 'sites',
      lines: 7,
      read: 6,
      accepted: 5,
      rejected: 1,
      skipped: 0,
    });
    expect(err).toContain('sites.csv, row 7, column "kind"');
    expect(err).toContain('unknown kind of site');

    // For people (--lang): the coverage, each zone's round with its sites by name, rooms and supply in words.
    const md = await run([...withSites, '--format', 'md', '--lang', 'en']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('Residents within 250 m of a testing site');
    expect(md.out).toContain('| 南湖 1 号楼 | 0 | 10 | 4 | 2.5 | yes | 南湖采样点 |');
    expect(md.out).toContain('180 rooms free of 300');
    expect(md.out).toContain('Supply points deliver 10 packs a day');

    const alone = await run(['report', '--zones', zones, '--households', households, '--walking-meters', '250']);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('give the sites with --sites, or a plan file that has sites');
  });
});
