import type { Meters } from '../geo/types';
import { DEFAULT_PLANNING_RATES, type PlanningRates } from '../figures/planning-needs';
import { defaultProtocol, type Protocol } from '../cases/zone-clock';
import type { Zone } from '../zones/zone';
import type { Slide } from './slide';
import type { PublicationRecord } from './publication';
import type { Site } from '../sites/site';
import { DEFAULT_TARGET_ROUND_HOURS, DEFAULT_WALKING_METERS } from '../sites/testing-coverage';
import { DEFAULT_CONTACTS_PER_CASE } from '../sites/isolation';
import { defaultNoticeTemplates, type NoticeTemplates } from '../notices/notice-template';

/**
 * The version of the saved plan format. Version 1 (the foundation) had zones without `events`;
 * version 2 adds them; version 3 adds `datasets`; version 4 adds the precaution mode, the planning
 * rates and the lifting protocol to `settings`; version 5 adds the working date; version 6 adds the
 * briefing's slides; version 7 the record of public-map publications; version 8 the sites (testing,
 * isolation, supply, checkpoints), the coverage settings and the notice templates. Bump it with a migration in
 * src/io/project-file/.
 */
export const PLAN_SCHEMA_VERSION = 8;

/**
 * A set of case or household records the plan counts with. The records themselves live in the
 * analysis worker (and, for imports, in this computer's IndexedDB under `id`); the plan holds only
 * this reference, so adding or removing a dataset is one undoable step like any zone edit.
 */
export interface DatasetRef {
  id: string;
  kind: 'cases' | 'households';
  /** The embedded demo data, or a file the planner imported. */
  source: 'demo' | 'import';
  fileName: string;
  /** Accepted records. */
  records: number;
  /** ISO timestamp. */
  importedAt: string;
}

/**
 * How the precaution area is derived around the sealed area: a ring of `precautionBufferMeters`,
 * or the whole district (县、市、区) each sealed zone lies in, as the 9th-edition protocol draws it.
 */
export type PrecautionMode = 'ring' | 'district';

/** Settings a plan carries; rings are derived from them, never stored. */
export interface PlanSettings {
  controlledBufferMeters: Meters;
  precautionBufferMeters: Meters;
  precautionMode: PrecautionMode;
  /** The per-household and per-resident rates the planning needs come from. */
  planningRates: PlanningRates;
  /** When a zone may be downgraded or lifted: case-free days per tier (docs/architecture.md, Domain model). */
  protocol: Protocol;
  /**
   * The date the plan is worked on (ISO): new zones are declared on it and edits are dated by it,
   * so an outbreak can be replayed or planned ahead. Null follows today's date (Asia/Shanghai).
   */
  workingDate: string | null;
  /** How sites' coverage is judged (docs/architecture.md, Sites). */
  coverage: CoverageSettings;
  /** The words of zone notices, in both languages (docs/architecture.md, Notices). */
  notices: NoticeTemplates;
}

/** The settings testing, isolation and supply figures are read with. */
export interface CoverageSettings {
  /** Walking distance to a testing site that counts as served, in metres. */
  walkingMeters: number;
  /** The hours a testing round should take at most. */
  targetRoundHours: number;
  /** Close contacts traced per case, each needing an isolation room. */
  contactsPerCase: number;
}

/** Coverage settings of a new plan: 500 m, 12 hours, 10 contacts a case. */
export function defaultCoverageSettings(): CoverageSettings {
  return {
    walkingMeters: DEFAULT_WALKING_METERS,
    targetRoundHours: DEFAULT_TARGET_ROUND_HOURS,
    contactsPerCase: DEFAULT_CONTACTS_PER_CASE,
  };
}

/** The date edits of a plan are dated by: its working date, or today when it follows today. */
export function workingDateOf(plan: Plan, today: string): string {
  return plan.settings.workingDate ?? today;
}

/** The settings of a new plan: rings of 500 m and 2 000 m, and the default rates. */
export function defaultSettings(): PlanSettings {
  return {
    controlledBufferMeters: 500 as Meters,
    precautionBufferMeters: 2000 as Meters,
    precautionMode: 'ring',
    planningRates: { ...DEFAULT_PLANNING_RATES },
    protocol: defaultProtocol(),
    workingDate: null,
    coverage: defaultCoverageSettings(),
    notices: defaultNoticeTemplates(),
  };
}

/**
 * A note that reads in either language: a string key of src/i18n and the values it fills in.
 * The domain never holds display text, so a plan made in Chinese reads in English too.
 */
export interface Note {
  key: string;
  values?: Record<string, string | number>;
}

/** One entry of a plan's append-only change log. */
export interface PlanHistoryEntry {
  /** ISO timestamp. */
  at: string;
  note: Note;
  zoneIds: string[];
}

/** The document a planner saves (docs/architecture.md, Domain model). */
export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  name: string;
  zones: Zone[];
  settings: PlanSettings;
  history: PlanHistoryEntry[];
  /** The data the plan counts with; later entries never replace earlier ones (ids are unique across them). */
  datasets: DatasetRef[];
  /** The briefing's saved views, in the order they are shown. */
  slides: Slide[];
  /** The public-map publications made from the plan, oldest first. */
  publications: PublicationRecord[];
  /** Testing, isolation and supply sites and checkpoints, in the order they were placed. */
  sites: Site[];
}

/** A new, empty plan with the default ring distances (500 m and 2 000 m). */
export function emptyPlan(name: string): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    name,
    zones: [],
    settings: defaultSettings(),
    history: [],
    datasets: [],
    slides: [],
    publications: [],
    sites: [],
  };
}
