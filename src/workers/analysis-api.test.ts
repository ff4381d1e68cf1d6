import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readDemoCases } from '../io/demo-data/demo-cases';
import { describe, expect, it } from 'vitest';
import { JIAXING_BBOX } from '../domain/geo/jiaxing';
import { memoryDatasetStorage } from '../io/dataset-storage';
import { createAnalysisApi, type FetchDemoFile } from './analysis-api';
import { meters } from '../domain/geo/types';
import { dayFromIsoDate } from '../domain/time/day-number';
import { squareAround } from '../../test/helpers/zone-builders';
import { areaCoversPoint } from '../domain/geo/point-in-polygon';

/** The demo cases as records, read straight from the file: what the tests check the worker against. */
const cases = readDemoCases(gunzipSync(readFileSync('public/demo/cases.csv.gz')).toString('utf8'));

const fetchDemo: FetchDemoFile = async (name) => new Response(readFileSync(`public/demo/${name}`));
const fileOf = (name: string, content: string | ArrayBuffer) => new File([content], name);
const context = { jurisdiction: JIAXING_BBOX, today: '2022-04-30' };

const CASES =
  '病例编号,经度,纬度,报告日期,发现方式\nT-1,120.7512,30.7511,2022-04-01,社区\nT-2,120.7612,30.7411,2022-04-02,集中隔离\nT-3,0,0,2022-04-02,社区\n';

async function demoApi(storage = memoryDatasetStorage()) {
  const api = createAnalysisApi(fetchDemo, { storage });
  await api.loadDemo('demo');
  await api.activate(['demo-households', 'demo-cases']);
  return api;
}

async function importCases(api: Awaited<ReturnType<typeof demoApi>>, text: string, name = 'new cases.csv') {
  const inspected = await api.inspectImport('i', fileOf(name, text), {});
  if (!inspected.ok) throw new Error(inspected.problem.key);
  const { inspection } = inspected;
  const preview = await api.checkImport(
    'c',
    { kind: inspection.kind, roles: inspection.mapping.roles, crs: 'wgs84' },
    context,
  );
  return { inspection, preview };
}

describe('the analysis API: import, commit, activate', () => {
  it('reads, checks and stages a file without touching the active data, then commits it as a dataset', async () => {
    const api = await demoApi();
    const before = api.summary();
    const { inspection, preview } = await importCases(api, CASES);
    expect(inspection.kind).toBe('cases');
    expect(inspection.info).toMatchObject({ format: 'csv', encoding: 'utf-8', rows: 3 });
    expect(preview.report).toMatchObject({ read: 3, accepted: 2, rejected: 1, skipped: 0 });
    expect(preview.report.rejections[0]).toMatchObject({ line: 4, key: 'position_null-island' });
    expect(Array.from(preview.points)).toEqual([120.7512, 30.7511, 120.7612, 30.7411]);
    expect(api.summary()).toEqual(before);

    const ref = await api.commitImport('import-1', '2022-04-30T08:00:00.000Z');
    expect(ref).toEqual({
      id: 'import-1',
      kind: 'cases',
      source: 'import',
      fileName: 'new cases.csv',
      records: 2,
      importedAt: '2022-04-30T08:00:00.000Z',
    });
    expect(api.summary()).toEqual(before);
    const active = await api.activate(['demo-households', 'demo-cases', 'import-1']);
    expect(active.summary.cases.count).toBe(before!.cases.count + 2);
    expect(active.missing).toEqual([]);
    // Undo is activating the list without it.
    expect((await api.activate(['demo-households', 'demo-cases'])).summary).toEqual(before);
  });

  it('makes importing the same file twice change nothing, and lists changed records as conflicts', async () => {
    const api = await demoApi();
    await importCases(api, CASES);
    await api.commitImport('import-1', '2022-04-30T08:00:00.000Z');
    await api.activate(['demo-households', 'demo-cases', 'import-1']);
    const again = await importCases(api, CASES);
    expect(again.preview.report).toMatchObject({ read: 3, accepted: 0, rejected: 1, skipped: 2 });
    expect(again.preview.report.skips.map((note) => note.key)).toEqual(['skipExisting', 'skipExisting']);
    const changed = await importCases(api, CASES.replace('2022-04-02,集中隔离', '2022-04-03,集中隔离'));
    expect(changed.preview.report.rejections.map((note) => [note.line, note.key])).toEqual([
      [3, 'rowConflictExisting'],
      [4, 'position_null-island'],
    ]);
  });

  it('keeps committed datasets in storage, so a new session finds them, and names the ones it cannot find', async () => {
    const storage = memoryDatasetStorage();
    const first = await demoApi(storage);
    await importCases(first, CASES);
    await first.commitImport('import-1', '2022-04-30T08:00:00.000Z');
    const second = createAnalysisApi(fetchDemo, { storage });
    const active = await second.activate(['import-1', 'import-gone']);
    expect(active.summary.cases.count).toBe(2);
    expect(active.missing).toEqual(['import-gone']);
  });

  it('cancels a check halfway and keeps nothing staged', async () => {
    const api = await demoApi();
    const rows = Array.from({ length: 60_000 }, (_, i) => `H${i},120.75,30.75,2,5`).join('\n');
    const inspected = await api.inspectImport('i', fileOf('big.csv', `id,lng,lat,户数,人数\n${rows}\n`), {});
    if (!inspected.ok) throw new Error(inspected.problem.key);
    const seen: number[] = [];
    const check = api.checkImport(
      'c',
      { kind: 'households', roles: inspected.inspection.mapping.roles, crs: 'wgs84' },
      context,
      (progress) => {
        seen.push(progress.fraction);
        if (seen.length === 1) api.cancel('c');
      },
    );
    await expect(check).rejects.toMatchObject({ name: 'AbortError' });
    await expect(api.commitImport('x', 'now')).rejects.toThrow('Nothing to commit');
  });

  it('says what is wrong with a file it cannot read', async () => {
    const api = await demoApi();
    expect(await api.inspectImport('i', fileOf('empty.csv', ''), {})).toEqual({
      ok: false,
      problem: { key: 'file_empty' },
    });
    expect(await api.inspectImport('i', fileOf('x.json', '{"type":"Topology"}'), {})).toMatchObject({
      ok: false,
      problem: { key: 'importNotGeoJson' },
    });
  });
});

describe('the analysis API: figures and household lists', () => {
  it('lists the households a zone holds, the same ones its figures count, and draws a district precaution area', async () => {
    const api = createAnalysisApi(fetchDemo, {
      loadDistricts: async () =>
        (await import('../io/districts')).readDistrictAreas(
          JSON.parse(readFileSync('public/basemap/jiaxing-districts.geojson', 'utf8')),
        ),
    });
    await api.loadDemo('demo');
    await api.activate(['demo-households', 'demo-cases']);
    const zone = { id: 'z', tier: 'sealed' as const, geometry: squareAround(120.755, 30.755, 400) };
    const figures = await api.figures([zone], {
      controlledBufferMeters: meters(500),
      precautionBufferMeters: meters(2000),
      precautionMode: 'district',
    });
    const listed = api.householdsIn(zone.geometry);
    expect(listed.length).toBe(figures?.zones[0].records);
    expect(listed.reduce((sum, record) => sum + record.households, 0)).toBe(figures?.zones[0].households);
    expect(figures?.effective.precautionDistricts).toEqual(['南湖区 Nanhu']);
  });
});

describe('the analysis API: cases per H3 cell', () => {
  it('indexes the demo cases once, then counts them per cell for any window, and starts again after a cancel', async () => {
    const api = await demoApi();
    const progress: number[] = [];
    const whole = await api.caseCellCounts('h1', 8, { fromDay: 0, toDay: 100_000 }, (fraction) =>
      progress.push(fraction),
    );
    await api.activate(['demo-households', 'demo-cases']);
    expect(whole!.counts.reduce((sum, n) => sum + n, 0)).toBe(cases.length);
    expect(progress.at(-1)).toBe(1);
    const first = Math.min(...cases.map((c) => dayFromIsoDate(c.reportedOn)!));
    const week = await api.caseCellCounts('h2', 10, { fromDay: first, toDay: first + 6 });
    expect(week!.counts.reduce((sum, n) => sum + n, 0)).toBe(
      cases.filter((c) => dayFromIsoDate(c.reportedOn)! <= first + 6).length,
    );
    // After a new activation, the first call indexes again and can be cancelled.
    await api.activate(['demo-households', 'demo-cases']);
    const running = api.caseCellCounts('h3', 8, { fromDay: 0, toDay: 100_000 }, () => api.cancel('h3'));
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(
      (await api.caseCellCounts('h4', 8, { fromDay: 0, toDay: 100_000 }))!.counts.reduce((sum, n) => sum + n, 0),
    ).toBe(cases.length);
  });
});

describe('the analysis API: clusters, curve, clocks and seal around cases', () => {
  it("clusters the window's cases, gives one case's fields, the curve, each zone's clock, and a sealed area around cases", async () => {
    const api = await demoApi();
    await api.activate(['demo-households', 'demo-cases']);
    const dayOf = (c: { reportedOn: string }) => dayFromIsoDate(c.reportedOn)!;
    const first = Math.min(...cases.map(dayOf));
    const window = { fromDay: first, toDay: first + 13 };
    const inWindow = cases.filter((c) => dayOf(c) <= first + 13);
    // Clusters and single cases together hold every case of the window, at any zoom.
    for (const zoom of [9, 12, 16]) {
      const view = api.caseClusters(window, [120, 30, 122, 31.5], zoom)!;
      const total = view.features.reduce((sum, f) => sum + (f.properties.cluster ? f.properties.count : 1), 0);
      expect(total).toBe(inWindow.length);
    }
    const single = api.caseClusters(window, [120, 30, 122, 31.5], 16)!.features[0];
    expect(single.properties.cluster).toBe(false);
    const details = api.caseDetails((single.properties as { index: number }).index)!;
    expect(details.lng).toBeCloseTo(single.geometry.coordinates[0], 9);
    // The curve: every case once, on its day.
    const curve = api.caseCurve()!;
    expect(curve.counts.reduce((a, b) => a + b, 0)).toBe(cases.length);
    expect(curve.firstDay).toBe(first);
    // A zone around the first cases: its clock counts them and runs from the last.
    const [a] = inWindow;
    const zone = { id: 'z', tier: 'sealed' as const, geometry: squareAround(a.lng, a.lat, 300) };
    const counted = (await api.figures([zone], {
      controlledBufferMeters: meters(0),
      precautionBufferMeters: meters(0),
    }))!;
    const asOf = first + 40;
    const clocks = api.clocks(counted.countId, [{ id: 'z', tier: 'sealed', declaredDay: first }], asOf, {
      rules: [{ from: 'sealed', to: 'controlled', caseFreeDays: 7 }],
    })!;
    const inside = cases.filter((c) => areaCoversPoint(zone.geometry, c.lng, c.lat)).map(dayOf);
    expect(clocks.zones.z.cases).toBe(inside.filter((day) => day <= asOf).length);
    expect(clocks.zones.z.lastCaseDay).toBe(Math.max(...inside.filter((day) => day <= asOf)));
    expect(clocks.zones.z.caseFreeDays).toBe(asOf - clocks.zones.z.lastCaseDay!);
    // The window's cases per zone and tier: those inside, reported in the window, of the places found taken.
    const insideCases = cases.filter((c) => areaCoversPoint(zone.geometry, c.lng, c.lat));
    const windowed = api.windowCases(counted.countId, { fromDay: first + 3, toDay: first + 9, foundIn: [0] })!;
    const expected = insideCases.filter(
      (c) => dayOf(c) >= first + 3 && dayOf(c) <= first + 9 && c.foundIn === 'community',
    ).length;
    expect(windowed.zones.z).toBe(expected);
    expect(windowed.tiers.sealed).toBe(expected);
    expect(api.windowCases(counted.countId, { fromDay: first, toDay: first + 400 })!.zones.z).toBe(insideCases.length);
    // A later count over other zones does not change the clock of the first: clocks pair with their count.
    const elsewhere = { id: 'z', tier: 'sealed' as const, geometry: squareAround(120.2, 30.9, 50) };
    const later = (await api.figures([elsewhere], {
      controlledBufferMeters: meters(0),
      precautionBufferMeters: meters(0),
    }))!;
    const rules = { rules: [{ from: 'sealed' as const, to: 'controlled' as const, caseFreeDays: 7 }] };
    const declared = [{ id: 'z', tier: 'sealed' as const, declaredDay: first }];
    expect(api.clocks(counted.countId, declared, asOf, rules)).toEqual(clocks);
    expect(api.clocks(later.countId, declared, asOf, rules)!.zones.z.cases).toBe(0);
    // A count long gone, or one from before the data changed, gives no clock rather than another count's.
    for (let i = 0; i < 4; i++)
      await api.figures([zone], { controlledBufferMeters: meters(0), precautionBufferMeters: meters(0) });
    expect(api.clocks(counted.countId, declared, asOf, rules)).toBeUndefined();
    // Seal around the community cases of the first week (quarantine left out).
    const proposal = await api.sealAround({ ...window, foundIn: [0] }, meters(100));
    expect(proposal.cases).toBe(inWindow.filter((c) => c.foundIn === 'community').length);
    if (proposal.cases) expect(proposal.geometry).toBeDefined();
  });
});
