import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPlan } from '../domain/plan/plan';
import { squareAround, testEngine } from '../../test/helpers/zone-builders';
import { createZone } from './commands/create-zone';
import { deleteZone } from './commands/delete-zone';
import { updateZoneProperties } from './commands/update-zone-properties';
import { HISTORY_LIMIT } from './history';
import { currentPlan, setCommandEngine, usePlanStore } from './plan-store';
import { runCommand } from './run-command';
import { usePlannerStore } from './store';

const square = () => squareAround(120.75, 30.75, 100);

/** The plan store, as the planner uses it, in Node: no map, no worker, no DOM. */
describe('plan store', () => {
  beforeEach(() => {
    setCommandEngine(testEngine);
    usePlanStore.getState().replacePlan(emptyPlan('test'));
    usePlanStore.getState().setReadOnly(undefined);
    usePlannerStore.setState({ notices: [] });
  });

  it('runs a command as one undoable step, and undo and redo walk it', () => {
    expect(usePlanStore.getState().run(createZone, { tier: 'sealed', geometry: square() })).toEqual({ ok: true });
    expect(currentPlan().zones).toHaveLength(1);
    expect(usePlanStore.getState().history.past).toHaveLength(1);
    usePlanStore.getState().undo();
    expect(currentPlan().zones).toHaveLength(0);
    usePlanStore.getState().redo();
    expect(currentPlan().zones).toHaveLength(1);
  });

  it('passes on the reason of a refused command and records nothing', () => {
    const result = usePlanStore.getState().run(deleteZone, { id: 'nope' });
    expect(result).toEqual({ ok: false, reason: { key: 'errorZoneMissing' } });
    expect(usePlanStore.getState().history.past).toHaveLength(0);
    // runCommand tells the user, in a notice that follows a language switch.
    expect(runCommand(deleteZone, { id: 'nope' })).toBe(false);
    expect(usePlannerStore.getState().notices.map((notice) => notice.key)).toEqual(['errorZoneMissing']);
  });

  it('refuses every command while read-only, with the reason, and undo and redo do nothing', () => {
    usePlanStore.getState().run(createZone, { tier: 'sealed', geometry: square() });
    for (const reason of ['other-tab', 'newer-version', 'loading'] as const) {
      usePlanStore.getState().setReadOnly(reason);
      const before = currentPlan();
      expect(usePlanStore.getState().run(createZone, { tier: 'controlled', geometry: square() })).toEqual({
        ok: false,
        reason: { key: `readOnly_${reason}` },
      });
      usePlanStore.getState().undo();
      expect(currentPlan()).toBe(before);
    }
  });

  it('drops the selection when the selected zone is deleted, or undone away, and keeps it otherwise', () => {
    const store = usePlanStore.getState();
    store.run(createZone, { tier: 'sealed', geometry: square() });
    store.run(createZone, { tier: 'controlled', geometry: squareAround(120.76, 30.75, 100) });
    const [first, second] = currentPlan().zones;
    store.select({ kind: 'zone', id: second.id });
    store.run(updateZoneProperties, { id: first.id, changes: { name: 'renamed' } });
    expect(usePlanStore.getState().selection).toEqual({ kind: 'zone', id: second.id });
    store.run(deleteZone, { id: second.id });
    expect(usePlanStore.getState().selection).toEqual({ kind: 'none' });
    store.undo();
    store.select({ kind: 'zone', id: second.id });
    store.undo(); // the rename, then the second zone's creation
    store.undo();
    expect(usePlanStore.getState().selection).toEqual({ kind: 'none' });
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const store = usePlanStore.getState();
    store.run(createZone, { tier: 'sealed', geometry: square() });
    const id = currentPlan().zones[0].id;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.run(updateZoneProperties, { id, changes: { name: `n${i}` } });
    expect(usePlanStore.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) usePlanStore.getState().undo();
    // The zone's creation fell off the end: undo stops at the oldest kept step.
    expect(currentPlan().zones).toHaveLength(1);
    expect(currentPlan().zones[0].name).toBe(`n19`);
  });
});
