import type { Plan } from '../../domain/plan/plan';
import { done, type Command } from './command';

/** Replaces the working plan with one read from a project file, as one undoable step. */
export const openPlan: Command<{ plan: Plan; fileName: string }> = (_plan, payload, context) =>
  done(payload.plan, payload.plan.zones, { key: 'noteOpenedPlan', values: { file: payload.fileName } }, [], context);
