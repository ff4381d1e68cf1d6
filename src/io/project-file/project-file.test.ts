import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultCoverageSettings, emptyPlan, type Plan } from '../../domain/plan/plan';
import { defaultNoticeTemplates } from '../../domain/notices/notice-template';
import { createZone } from '../../state/commands/create-zone';
import { updateZoneProperties } from '../../state/commands/update-zone-properties';
import { squareAround, testContext } from '../../../test/helpers/zone-builders';
import { parseProjectFile, serializePlan } from './project-file';
import { DEMO_DATASETS } from '../demo-data/demo-datasets';
import { DEFAULT_PLANNING_RATES } from '../../domain/figures/planning-needs';
import { DEFAULT_PROTOCOL } from '../../domain/cases/zone-clock';

const fixture = (name: string) => readFileSync(`test/fixtures/plans/${name}`, 'utf8');
const withV4Defaults = (settings: object) => ({
  ...settings,
  precautionMode: 'ring',
  planningRates: DEFAULT_PLANNING_RATES,
  protocol: DEFAULT_PROTOCOL,
  workingDate: null,
});

/** A plan migrated to version 8: no sites, the default coverage settings. */
const v8 = (plan: { settings: object }) => ({
  ...plan,
  schemaVersion: 8,
  settings: { ...plan.settings, coverage: defaultCoverageSettings(), notices: defaultNoticeTemplates() },
  sites: [],
});

describe('project files', () => {
  it('migrates a frozen version-1 file forward', () => {
    const result = parseProjectFile(fixture('plan-v1.cordon.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.schemaVersion).toBe(8);
    expect(result.plan.settings).toEqual({
      controlledBufferMeters: 500,
      precautionBufferMeters: 2000,
      precautionMode: 'ring',
      planningRates: DEFAULT_PLANNING_RATES,
      protocol: DEFAULT_PROTOCOL,
      workingDate: null,
      coverage: defaultCoverageSettings(),
      notices: defaultNoticeTemplates(),
    });
    expect(result.plan.datasets.map((dataset) => dataset.id)).toEqual(['demo-households', 'demo-cases']);
    expect(result.plan.zones[1].events).toEqual([
      { kind: 'declared', on: '2022-03-26' },
      { kind: 'lifted', on: '2022-04-09' },
    ]);
    expect(result.plan.history[0].note).toEqual({ key: 'noteLegacy', values: { text: 'Drew 经开区隔离点' } });
    expect(parseProjectFile(serializePlan(result.plan))).toEqual({ ok: true, plan: result.plan });
  });

  it('migrates a frozen version-2 file: same zones and log, on the demo data', () => {
    const text = fixture('plan-v2.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && result.migratedFrom).toBe(2);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok)
      expect(result.plan).toEqual(
        v8({
          ...plan,
          datasets: DEMO_DATASETS,
          settings: withV4Defaults(plan.settings),
          slides: [],
          publications: [],
        }),
      );
  });

  it('migrates a frozen version-3 file: the precaution area stays a ring, with the default rates', () => {
    const text = fixture('plan-v3.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && result.migratedFrom).toBe(3);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok)
      expect(result.plan).toEqual(
        v8({
          ...plan,
          settings: withV4Defaults(plan.settings),
          slides: [],
          publications: [],
        }),
      );
  });

  it('migrates a frozen version-4 file: it follows today, as new zones were declared then', () => {
    const text = fixture('plan-v4.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && result.migratedFrom).toBe(4);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok)
      expect(result.plan).toEqual(
        v8({
          ...plan,
          settings: { ...plan.settings, workingDate: null },
          slides: [],
          publications: [],
        }),
      );
  });

  it('migrates a frozen version-5 file: its working date kept, no slides yet', () => {
    const text = fixture('plan-v5.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && result.migratedFrom).toBe(5);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok) expect(result.plan).toEqual(v8({ ...plan, slides: [], publications: [] }));
  });

  it('migrates a frozen version-6 file: its slides with their figures kept, nothing published yet', () => {
    const text = fixture('plan-v6.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && result.migratedFrom).toBe(6);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok) expect(result.plan).toEqual(v8({ ...plan, publications: [] }));
    if (result.ok) expect(result.plan.slides[0].figures.tiers.sealed.households).toBe(427);
    // A slide's camera off the map is refused, with where.
    const broken = JSON.parse(text);
    broken.slides[0].camera.zoom = 99;
    expect(parseProjectFile(JSON.stringify(broken))).toMatchObject({ ok: false, problem: { key: 'projectInvalid' } });
  });

  it('migrates a frozen version-7 file: its publications recorded, no sites yet', () => {
    const text = fixture('plan-v7.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && result.migratedFrom).toBe(7);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok) expect(result.plan).toEqual(v8(plan));
    if (result.ok) expect(result.plan.publications[0]).toMatchObject({ number: 1, asOf: '2022-03-27' });
    const broken = JSON.parse(text);
    broken.publications[0].number = 0;
    expect(parseProjectFile(JSON.stringify(broken))).toMatchObject({ ok: false, problem: { key: 'projectInvalid' } });
  });

  it('opens a frozen version-8 file unchanged, its sites and coverage settings kept', () => {
    const text = fixture('plan-v8.cordon.json');
    const result = parseProjectFile(text);
    expect(result.ok && !result.migratedFrom).toBe(true);
    const { format, ...plan } = JSON.parse(text);
    expect(format).toBe('cordon-plan');
    if (result.ok) expect(result.plan).toEqual(plan);
    const refused = (change: (broken: typeof plan) => void) => {
      const broken = JSON.parse(text);
      change(broken);
      return parseProjectFile(JSON.stringify(broken));
    };
    expect(refused((broken) => (broken.sites[0].kind = 'hospital'))).toMatchObject({
      ok: false,
      problem: { key: 'projectInvalid' },
    });
    expect(refused((broken) => (broken.sites[0].opens = '7 am'))).toMatchObject({
      ok: false,
      problem: { key: 'projectInvalid' },
    });
    expect(refused((broken) => (broken.settings.coverage.walkingMeters = -1))).toMatchObject({ ok: false });
    const twice = refused((broken) => (broken.sites[1].id = broken.sites[0].id));
    expect(twice).toMatchObject({ ok: false, problem: { key: 'projectInvalid' } });
    if (!twice.ok) expect(twice.problem.values.detail).toBe('sites[1].id: "site-t1" is already the id of sites[0]');
  });

  it('round-trips any plan the commands can make: load(save(plan)) equals plan', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            size: fc.integer({ min: 10, max: 500 }),
            name: fc.string({ maxLength: 20 }),
            notes: fc.string({ maxLength: 50 }),
            tier: fc.constantFrom('sealed', 'controlled', 'precaution' as const),
          }),
          { maxLength: 6 },
        ),
        (specs) => {
          const context = testContext();
          let plan: Plan = emptyPlan('round trip 往返');
          specs.forEach((spec, i) => {
            const created = createZone(
              plan,
              { tier: spec.tier, geometry: squareAround(120.7 + i * 0.01, 30.75, spec.size), name: spec.name },
              context,
            );
            if (created.ok) plan = created.plan;
            const edited = updateZoneProperties(
              plan,
              { id: plan.zones[plan.zones.length - 1].id, changes: { notes: spec.notes } },
              context,
            );
            if (edited.ok) plan = edited.plan;
          });
          expect(parseProjectFile(serializePlan(plan))).toEqual({ ok: true, plan });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('opens a file from a newer Cordon read-only, and refuses one it cannot read', () => {
    const newer = JSON.parse(fixture('plan-v8.cordon.json'));
    const result = parseProjectFile(JSON.stringify({ ...newer, schemaVersion: 9, futureField: 1 }));
    expect(result.ok && result.readOnly).toBe('newer-version');
    expect(parseProjectFile(JSON.stringify({ ...newer, schemaVersion: 9, zones: 'elsewhere' }))).toMatchObject({
      ok: false,
      problem: { key: 'projectTooNew' },
    });
  });

  it('says where a file is broken', () => {
    expect(parseProjectFile('{\n  "format": "cordon-plan",\n  oops\n}')).toEqual({
      ok: false,
      problem: { key: 'projectNotJson', values: { line: 3, column: 3 } },
    });
    expect(parseProjectFile('{"type":"FeatureCollection"}')).toMatchObject({
      ok: false,
      problem: { key: 'projectNotCordon' },
    });
    const broken = JSON.parse(fixture('plan-v6.cordon.json'));
    broken.zones[0].geometry.coordinates[0][1] = ['120.7', 30.7];
    const result = parseProjectFile(JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, problem: { key: 'projectInvalid' } });
    if (!result.ok)
      expect(String(result.problem.values.detail)).toMatch(/^zones\[0\]\.geometry\.coordinates\[0\]\[1\]\[0\]/);
  });

  it('never lets __proto__ keys reach a prototype', () => {
    const text = fixture('plan-v6.cordon.json').replace(
      '"notes": ""',
      '"notes": "", "__proto__": { "isPublic": true }',
    );
    const result = parseProjectFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((result.plan.zones[0] as unknown as { isPublic?: boolean }).isPublic).toBeUndefined();
    expect(({} as { isPublic?: boolean }).isPublic).toBeUndefined();
  });
});
