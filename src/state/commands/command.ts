import type { Note, Plan } from '../../domain/plan/plan';
import type { Zone } from '../../domain/zones/zone';
import type { PolygonEngine } from '../../domain/zones/polygon-engine';
import type { StringKey } from '../../i18n/strings';

/** What a command needs from the outside world, passed in so commands stay pure and testable. */
export interface CommandContext {
  /** ISO timestamp of the edit. */
  now: string;
  /** ISO calendar date of the edit (Asia/Shanghai). */
  today: string;
  newId: () => string;
  /** Clipper2, for cutting, merging and splitting zones (the one polygon engine). */
  engine: PolygonEngine;
}

/**
 * Why a command was refused: a message that exists in both languages (the type checker refuses a
 * key that names no string) and the values it fills in.
 */
export interface Refusal {
  key: StringKey;
  values?: Record<string, string | number>;
}

/** A command's result: the new plan and the note for the undo list and the plan's log. */
export type CommandResult = { ok: true; plan: Plan; note: Note } | { ok: false; reason: Refusal };

/** A user intent as a pure function of (plan, payload). */
export type Command<P> = (plan: Plan, payload: P, context: CommandContext) => CommandResult;

/** Appends the log entry and returns the result; every successful command ends here. */
export function done(plan: Plan, zones: Zone[], note: Note, zoneIds: string[], context: CommandContext): CommandResult {
  return { ok: true, plan: { ...plan, zones, history: [...plan.history, { at: context.now, note, zoneIds }] }, note };
}

export function fail(key: StringKey, values?: Record<string, string | number>): CommandResult {
  return { ok: false, reason: { key, values } };
}

export function findZone(plan: Plan, id: string): Zone | undefined {
  return plan.zones.find((zone) => zone.id === id);
}

/** Replaces one zone by id, keeping the order of the list. */
export function replaceZone(zones: Zone[], updated: Zone): Zone[] {
  return zones.map((zone) => (zone.id === updated.id ? updated : zone));
}
