import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyPlan, type Plan } from '../../domain/plan/plan';
import { areaSquareMeters } from '../../domain/zones/zone-geometry';
import { deepFreeze, squareAround, testContext } from '../../../test/helpers/zone-builders';
import type { Command, CommandContext } from './command';
import { createZone } from './create-zone';
import { deleteZone } from './delete-zone';
import { importZones } from './import-zones';
import { updateZoneGeometry } from './update-zone-geometry';
import { updateZoneProperties } from './update-zone-properties';
import { cutHole, mergeZones, splitZone } from './zone-operations';
import { updatePlanSettings, type SettingsChange } from './update-settings';
import { defaultNoticeTemplates } from '../../domain/notices/notice-template';
import { DEFAULT_PLANNING_RATES } from '../../domain/figures/planning-needs';
import { defaultProtocol } from '../../domain/cases/zone-clock';
import { translate, translateNote } from '../../i18n/i18n';
import { detachRing } from './detach-ring';
import { setWorkingDate } from './set-working-date';
import { record, redo, startHistory, undo } from '../history';

const apply = <P>(plan: Plan, command: Command<P>, payload: P, context: CommandContext = testContext()): Plan => {
  const result = command(deepFreeze(plan), payload, context);
  if (!result.ok) throw new Error(`refused: ${result.reason.key}`);
  return result.plan;
};

const withSealed = () =>
  apply(emptyPlan('test'), createZone, { tier: 'sealed', geometry: squareAround(120.75, 30.75, 100) });

describe('the working date', () => {
  it('declares new zones and dates edits on the working date, follows today again on null, as undoable steps', () => {
    const replay = apply(emptyPlan('test'), setWorkingDate, { date: '2022-04-20' });
    expect(replay.settings.workingDate).toBe('2022-04-20');
    const drawn = apply(replay, createZone, { tier: 'sealed', geometry: squareAround(120.75, 30.75, 100) });
    expect(drawn.zones[0].declaredOn).toBe('2022-04-20');
    expect(drawn.zones[0].events[0]).toEqual({ kind: 'declared', on: '2022-04-20' });
    const moved = apply(drawn, updateZoneGeometry, {
      id: drawn.zones[0].id,
      geometry: squareAround(120.751, 30.75, 100),
      how: 'move',
    });
    expect(moved.zones[0].events.at(-1)).toMatchObject({ kind: 'adjusted', on: '2022-04-20' });
    const today = apply(moved, setWorkingDate, { date: null });
    expect(
      apply(today, createZone, { tier: 'controlled', geometry: squareAround(120.76, 30.75, 100) }).zones[1].declaredOn,
    ).toBe(testContext().today);
    for (const date of ['2022-02-30', 'soon', '2022-4-1'])
      expect(setWorkingDate(replay, { date }, testContext())).toMatchObject({
        ok: false,
        reason: { key: 'errorBadDate' },
      });
    expect(setWorkingDate(replay, { date: '2022-04-20' }, testContext()).ok).toBe(false);
    expect(translateNote('en', { key: 'noteWorkingDate', values: { date: '2022-04-20' } })).toBe(
      'Set the working date to 2022-04-20',
    );
  });
});

describe('zone commands', () => {
  it('creates a zone declared today, with a default name, a log entry and a note', () => {
    const result = createZone(
      deepFreeze(emptyPlan('test')),
      { tier: 'sealed', geometry: squareAround(120.75, 30.75, 100) },
      testContext(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [zone] = result.plan.zones;
    expect(zone).toMatchObject({
      id: 'zone-1',
      tier: 'sealed',
      name: 'S-1',
      declaredOn: '2022-03-27',
      origin: 'drawn',
    });
    expect(zone.events).toEqual([{ kind: 'declared', on: '2022-03-27' }]);
    expect(result.note).toEqual({ key: 'noteCreated', values: { name: 'S-1', tierKey: 'tier_sealed' } });
    expect(result.plan.history).toEqual([{ at: '2022-03-27T08:00:00.000Z', note: result.note, zoneIds: ['zone-1'] }]);
  });

  it('reshapes a zone as one step and records the adjustment', () => {
    const plan = withSealed();
    const moved = apply(plan, updateZoneGeometry, {
      id: 'zone-1',
      geometry: squareAround(120.75, 30.75, 150),
      how: 'vertex',
    });
    expect(areaSquareMeters(moved.zones[0].geometry)).toBeGreaterThan(areaSquareMeters(plan.zones[0].geometry));
    expect(moved.zones[0].events.at(-1)).toEqual({ kind: 'adjusted', on: '2022-03-27' });
    expect(
      updateZoneGeometry(plan, { id: 'zone-1', geometry: plan.zones[0].geometry, how: 'vertex' }, testContext()).ok,
    ).toBe(false);
  });

  it('edits properties, changes tier, lifts, and refuses bad input', () => {
    const plan = withSealed();
    const edited = apply(plan, updateZoneProperties, {
      id: 'zone-1',
      changes: { name: ' 南湖小区 ', notes: '<b>x</b>', tier: 'controlled' },
    });
    expect(edited.zones[0]).toMatchObject({ name: '南湖小区', notes: '<b>x</b>', tier: 'controlled' });
    const lifted = apply(edited, updateZoneProperties, { id: 'zone-1', changes: { liftedOn: '2022-04-10' } });
    expect(lifted.zones[0].liftedOn).toBe('2022-04-10');
    expect(lifted.zones[0].events.map((e) => e.kind)).toEqual(['declared', 'adjusted', 'lifted']);
    const bad = (changes: object) => updateZoneProperties(plan, { id: 'zone-1', changes }, testContext());
    expect(bad({ name: '  ' })).toEqual({ ok: false, reason: { key: 'errorNameEmpty' } });
    expect(bad({ declaredOn: '2022-02-30' })).toMatchObject({ ok: false, reason: { key: 'errorBadDate' } });
    expect(bad({ liftedOn: '2022-01-01' })).toMatchObject({ ok: false, reason: { key: 'errorLiftBeforeDeclared' } });
  });

  it('deletes, cuts, merges, splits and imports', () => {
    const plan = withSealed();
    expect(apply(plan, deleteZone, { id: 'zone-1' }).zones).toEqual([]);
    expect(
      apply(plan, cutHole, { id: 'zone-1', cutter: squareAround(120.75, 30.75, 20) }).zones[0].geometry.coordinates,
    ).toHaveLength(2);
    const context = testContext();
    const two = apply(
      apply(emptyPlan('t'), createZone, { tier: 'sealed', geometry: squareAround(120.75, 30.75, 100) }, context),
      createZone,
      {
        tier: 'sealed',
        geometry: squareAround(120.751, 30.75, 100),
      },
      context,
    );
    const merged = apply(two, mergeZones, { keepId: 'zone-1', otherId: 'zone-2' });
    expect(merged.zones.map((z) => z.id)).toEqual(['zone-1']);
    const split = apply(plan, splitZone, {
      id: 'zone-1',
      line: [
        [120.75, 30.7],
        [120.75, 30.8],
      ],
    });
    expect(split.zones).toHaveLength(2);
    expect(split.zones[1].name).toBe('S-1-2');
    const imported = apply(plan, importZones, { zones: [plan.zones[0]], fileName: 'a.geojson' });
    expect(imported.zones).toHaveLength(2);
    expect(new Set(imported.zones.map((z) => z.id)).size).toBe(2);
  });

  it('refuses to merge zones of different tiers', () => {
    const context = testContext();
    const plan = apply(
      withSealed(),
      createZone,
      { tier: 'controlled', geometry: squareAround(120.751, 30.75, 100) },
      context,
    );
    const ids = plan.zones.map((z) => z.id);
    expect(mergeZones(plan, { keepId: ids[0], otherId: ids[1] }, testContext()).ok).toBe(false);
  });
});

describe('undo and redo', () => {
  const edits = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        dx: fc.integer({ min: -50, max: 50 }),
        size: fc.integer({ min: 20, max: 300 }),
        tier: fc.constantFrom('sealed', 'controlled', 'precaution' as const),
      }),
      fc.record({ kind: fc.constant('rename' as const), name: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({ kind: fc.constant('reshape' as const), size: fc.integer({ min: 20, max: 300 }) }),
    ),
    { maxLength: 25 },
  );

  it('undoing every edit returns the initial plan, and redoing them all returns the final one', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const context = testContext();
        let history = startHistory(deepFreeze(emptyPlan('p')));
        for (const step of steps) {
          const plan = history.present;
          const target = plan.zones[plan.zones.length - 1];
          const result =
            step.kind === 'create'
              ? createZone(
                  plan,
                  { tier: step.tier, geometry: squareAround(120.75 + step.dx * 0.001, 30.75, step.size) },
                  context,
                )
              : !target
                ? undefined
                : step.kind === 'rename'
                  ? updateZoneProperties(plan, { id: target.id, changes: { name: step.name } }, context)
                  : step.kind === 'delete'
                    ? deleteZone(plan, { id: target.id }, context)
                    : updateZoneGeometry(
                        plan,
                        { id: target.id, geometry: squareAround(120.75, 30.76, step.size), how: 'vertex' },
                        context,
                      );
          if (result?.ok) history = record(history, deepFreeze(result.plan), result.note);
        }
        const final = history.present;
        const steps2 = history.past.length;
        for (let i = 0; i < steps2; i++) history = undo(history);
        expect(history.present).toEqual(emptyPlan('p'));
        for (let i = 0; i < steps2; i++) history = redo(history);
        expect(history.present).toEqual(final);
      }),
      { numRuns: 60 },
    );
  });
});

describe('opening a plan file', () => {
  it('replaces the plan as one step, and notes which file it came from', async () => {
    const { openPlan } = await import('./open-plan');
    const opened = withSealed();
    const result = openPlan(deepFreeze(emptyPlan('old')), { plan: opened, fileName: 'a.cordon.json' }, testContext());
    expect(result.ok && result.plan.zones).toEqual(opened.zones);
    expect(result.ok && result.plan.history.at(-1)?.note).toEqual({
      key: 'noteOpenedPlan',
      values: { file: 'a.cordon.json' },
    });
  });
});

describe('plan settings', () => {
  const change = (overrides: Partial<SettingsChange> = {}): SettingsChange => ({
    controlledBufferMeters: 300,
    precautionBufferMeters: 0,
    precautionMode: 'ring',
    planningRates: { ...DEFAULT_PLANNING_RATES },
    protocol: defaultProtocol(),
    ...overrides,
  });

  it('E13, E14: change as one step and refuse distances that are not 0–50 000 m, and rates that are not 0–1 000', () => {
    const plan = emptyPlan('p');
    const changed = updatePlanSettings(
      plan,
      change({
        precautionMode: 'district',
        planningRates: { supplyPacksPerHousehold: 2, swabsPerResident: 1, staffPer100Households: 1.5 },
      }),
      testContext(),
    );
    expect(changed.ok && changed.plan.settings).toEqual({
      controlledBufferMeters: 300,
      precautionBufferMeters: 0,
      precautionMode: 'district',
      planningRates: { supplyPacksPerHousehold: 2, swabsPerResident: 1, staffPer100Households: 1.5 },
      protocol: defaultProtocol(),
      workingDate: null,
      coverage: { walkingMeters: 500, targetRoundHours: 12, contactsPerCase: 10 },
      notices: defaultNoticeTemplates(),
    });
    expect(changed.ok && changed.note).toEqual({
      key: 'notePlanSettings',
      values: { controlled: 300, precaution: 0, modeKey: 'precautionMode_district', packs: 2, swabs: 1, staff: 1.5 },
    });
    expect(changed.ok && translateNote('en', changed.note)).toContain('the whole district of each sealed zone');
    expect(updatePlanSettings(plan, change({ controlledBufferMeters: -1 }), testContext())).toMatchObject({
      ok: false,
      reason: { key: 'errorRingDistance' },
    });
    expect(updatePlanSettings(plan, change({ controlledBufferMeters: Number.NaN }), testContext()).ok).toBe(false);
    // A bad precaution mode says so (it once said the ring distance was wrong).
    const badMode = updatePlanSettings(plan, change({ precautionMode: 'circle' as 'ring' }), testContext());
    expect(badMode).toMatchObject({ ok: false, reason: { key: 'errorPrecautionMode', values: { value: 'circle' } } });
    expect(!badMode.ok && translate('en', badMode.reason.key, badMode.reason.values)).toContain('not as "circle"');
    expect(
      updatePlanSettings(
        plan,
        change({ planningRates: { supplyPacksPerHousehold: -1, swabsPerResident: 1, staffPer100Households: 1 } }),
        testContext(),
      ),
    ).toMatchObject({ ok: false, reason: { key: 'errorRate' } });
    expect(
      updatePlanSettings(
        plan,
        change({ protocol: { rules: [{ from: 'sealed', to: 'controlled', caseFreeDays: 2.5 }] } }),
        testContext(),
      ),
    ).toMatchObject({ ok: false, reason: { key: 'errorCaseFreeDays' } });
    const coverage = { walkingMeters: 800, targetRoundHours: 8, contactsPerCase: 15 };
    const withCoverage = updatePlanSettings(plan, change({ coverage }), testContext());
    expect(withCoverage.ok && withCoverage.plan.settings.coverage).toEqual(coverage);
    for (const [bad, key] of [
      [{ ...coverage, walkingMeters: 5001 }, 'errorWalkingMeters'],
      [{ ...coverage, targetRoundHours: 0 }, 'errorRoundHours'],
      [{ ...coverage, contactsPerCase: Number.NaN }, 'errorContactsPerCase'],
    ] as const)
      expect(updatePlanSettings(plan, change({ coverage: bad }), testContext())).toMatchObject({
        ok: false,
        reason: { key },
      });
  });
});

describe('detaching a ring', () => {
  it('makes the ring a derived zone and sets its distance to 0, in one step', () => {
    const plan = emptyPlan('p');
    const ring = squareAround(120.75, 30.75, 700);
    const result = detachRing(plan, { tier: 'controlled', geometry: ring, name: 'Controlled ring' }, testContext());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.settings).toMatchObject({ controlledBufferMeters: 0, precautionBufferMeters: 2000 });
    expect(result.plan.zones).toEqual([
      expect.objectContaining({
        tier: 'controlled',
        name: 'Controlled ring',
        origin: 'derived',
        derivedFrom: 'sealed-ring',
        bufferMeters: 500,
      }),
    ]);
    expect(result.plan.history).toHaveLength(1);
    expect(detachRing(plan, { tier: 'precaution', geometry: undefined, name: 'x' }, testContext())).toMatchObject({
      ok: false,
      reason: { key: 'errorNoRing' },
    });
  });
});
