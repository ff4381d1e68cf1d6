import { create } from 'zustand';
import { emptyPlan, type Plan } from '../domain/plan/plan';
import type { Tier } from '../domain/zones/tier';
import type { SiteKind } from '../domain/sites/site';
import type { Command, CommandContext, Refusal } from './commands/command';
import type { PolygonEngine } from '../domain/zones/polygon-engine';
import { record, redo, startHistory, undo, type PlanHistory } from './history';

/** What the map is doing with the pointer. */
export type DrawShape = 'polygon' | 'rectangle' | 'circle';
export type PlannerMode =
  | { kind: 'select' }
  | { kind: 'draw'; tier: Tier; shape: DrawShape }
  | { kind: 'cut'; zoneId: string }
  | { kind: 'split'; zoneId: string }
  | { kind: 'merge'; zoneId: string }
  | { kind: 'place'; site: SiteKind };

export type Selection = { kind: 'none' } | { kind: 'zone'; id: string } | { kind: 'site'; id: string };

/** Why this tab may not change the plan. */
export type ReadOnlyReason = 'other-tab' | 'newer-version' | 'newer-tab' | 'unreadable' | 'loading';

export interface PlanState {
  history: PlanHistory;
  selection: Selection;
  mode: PlannerMode;
  readOnly?: ReadOnlyReason;
  /** Briefing mode: the plan is on the wall and no command, undo or redo runs. */
  briefingLock: boolean;
  /** Applies a command; returns the reason when it was refused, so the UI can say why. */
  run: <P>(command: Command<P>, payload: P) => { ok: true } | { ok: false; reason: Refusal };
  undo: () => void;
  redo: () => void;
  /** Replaces the plan (loading, recovery, opening a file); history starts afresh. */
  replacePlan: (plan: Plan) => void;
  select: (selection: Selection) => void;
  setMode: (mode: PlannerMode) => void;
  setReadOnly: (reason: ReadOnlyReason | undefined) => void;
  setBriefingLock: (locked: boolean) => void;
}

let idCounter = 0;
let commandEngine: PolygonEngine | undefined;

/** The polygon engine commands use on this page; the app loads it before the plan opens. */
export function setCommandEngine(engine: PolygonEngine): void {
  commandEngine = engine;
}

/** Today's date (ISO) in Asia/Shanghai, where the headquarters work. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The context commands run in: now, today in Asia/Shanghai, fresh ids and the polygon engine. */
export function liveContext(): CommandContext {
  if (!commandEngine) throw new Error('The polygon engine is not loaded yet (setCommandEngine).');
  const engine = commandEngine;
  const now = new Date();
  const today = todayInShanghai(now);
  return {
    now: now.toISOString(),
    today,
    engine,
    newId: () =>
      `z-${now.getTime().toString(36)}-${(idCounter++).toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
  };
}

export const usePlanStore = create<PlanState>()((set, get) => ({
  history: startHistory(emptyPlan('嘉兴')),
  selection: { kind: 'none' },
  mode: { kind: 'select' },
  readOnly: 'loading',
  briefingLock: false,
  run: (command, payload) => {
    const state = get();
    if (state.briefingLock) return { ok: false, reason: { key: 'briefingLocked' } };
    if (state.readOnly) return { ok: false, reason: { key: `readOnly_${state.readOnly}` } };
    const result = command(state.history.present, payload, liveContext());
    if (!result.ok) return { ok: false, reason: result.reason };
    set({
      history: record(state.history, result.plan, result.note),
      selection: selectionIn(result.plan, state.selection),
    });
    return { ok: true };
  },
  undo: () => {
    if (get().readOnly || get().briefingLock) return;
    set((state) => ({ history: undo(state.history), mode: { kind: 'select' } }));
    dropMissingSelection();
  },
  redo: () => {
    if (get().readOnly || get().briefingLock) return;
    set((state) => ({ history: redo(state.history), mode: { kind: 'select' } }));
    dropMissingSelection();
  },
  replacePlan: (plan) => set({ history: startHistory(plan), selection: { kind: 'none' }, mode: { kind: 'select' } }),
  select: (selection) => set({ selection }),
  setMode: (mode) => set({ mode }),
  setReadOnly: (readOnly) => set({ readOnly }),
  // Locking also ends any drawing or editing and drops the selection, so nothing is half done on the wall.
  setBriefingLock: (briefingLock) =>
    set(briefingLock ? { briefingLock, mode: { kind: 'select' }, selection: { kind: 'none' } } : { briefingLock }),
}));

/** The selection, or none when the zone or site it names is no longer in the plan. */
function selectionIn(plan: Plan, selection: Selection): Selection {
  if (selection.kind === 'zone' && !plan.zones.some((zone) => zone.id === selection.id)) return { kind: 'none' };
  if (selection.kind === 'site' && !plan.sites.some((site) => site.id === selection.id)) return { kind: 'none' };
  return selection;
}

function dropMissingSelection(): void {
  const { selection, history } = usePlanStore.getState();
  const kept = selectionIn(history.present, selection);
  if (kept !== selection) usePlanStore.setState({ selection: kept });
}

/** The plan as it is now. */
export const currentPlan = (): Plan => usePlanStore.getState().history.present;
