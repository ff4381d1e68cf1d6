import type { Note, Plan } from '../domain/plan/plan';

/** One undoable step: the plan as it was before, and what the step did. */
export interface HistoryStep {
  plan: Plan;
  note: Note;
}

/** Undo/redo over immutable plans: steps share unchanged zones, so a step costs little memory. */
export interface PlanHistory {
  past: HistoryStep[];
  present: Plan;
  future: HistoryStep[];
}

/** How many steps undo can go back. */
export const HISTORY_LIMIT = 200;

export const startHistory = (plan: Plan): PlanHistory => ({ past: [], present: plan, future: [] });

/** Records a finished edit; redo is no longer possible after a new edit. */
export function record(history: PlanHistory, plan: Plan, note: Note): PlanHistory {
  const past = [...history.past, { plan: history.present, note }];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    present: plan,
    future: [],
  };
}

export function undo(history: PlanHistory): PlanHistory {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return {
    past: history.past.slice(0, -1),
    present: last.plan,
    future: [{ plan: history.present, note: last.note }, ...history.future],
  };
}

export function redo(history: PlanHistory): PlanHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, { plan: history.present, note: next.note }], present: next.plan, future: rest };
}
