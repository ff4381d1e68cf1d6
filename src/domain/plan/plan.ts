import type { Meters } from '../geo/types';
import type { Zone } from '../zones/zone';

/** The version of the saved plan format; bump it with a migration in src/io. */
export const PLAN_SCHEMA_VERSION = 1;

/** Settings a plan carries; rings are derived from them, never stored. */
export interface PlanSettings {
  controlledBufferMeters: Meters;
  precautionBufferMeters: Meters;
}

/** One entry of a plan's append-only change log. */
export interface PlanHistoryEntry {
  at: string;
  note: string;
}

/** The document a planner saves (DESIGN.md §3). */
export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  name: string;
  zones: Zone[];
  settings: PlanSettings;
  history: PlanHistoryEntry[];
}

/** A new, empty plan with the default ring distances (500 m and 2 000 m). */
export function emptyPlan(name: string): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    name,
    zones: [],
    settings: { controlledBufferMeters: 500 as Meters, precautionBufferMeters: 2000 as Meters },
    history: [],
  };
}
