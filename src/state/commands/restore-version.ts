import type { Plan } from '../../domain/plan/plan';
import { done, type Command } from './command';

/** Replaces the working plan with an autosaved version from the ring, as one undoable step. */
export const restoreVersion: Command<{ plan: Plan; savedAt: string }> = (_plan, payload, context) =>
  done(
    payload.plan,
    payload.plan.zones,
    { key: 'noteRestoredVersion', values: { time: payload.savedAt } },
    [],
    context,
  );
