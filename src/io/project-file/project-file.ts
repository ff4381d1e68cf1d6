import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../domain/plan/plan';
import { parseJsonText } from '../json-position';
import { UPGRADES } from './migrations';
import { planV1, planV2, planV3, planV4, planV5, planV6, planV7, planV8, type PlanV8 } from './schema';

/** The schema of each version, version 1 first: a file is checked against its own version's. */
const SCHEMAS = [planV1, planV2, planV3, planV4, planV5, planV6, planV7, planV8] as const;
import { meters } from '../../domain/geo/types';
import { MAX_ZONE_NAME_CHARACTERS } from '../../domain/plan/plan-limits';

/** The file name suffix of a project file. */
export const PROJECT_FILE_SUFFIX = '.cordon.json';
const FORMAT = 'cordon-plan';

/** A project file's text: the plan with a format marker, pretty-printed so a diff is readable. */
export function serializePlan(plan: Plan): string {
  return JSON.stringify({ format: FORMAT, ...plan }, null, 2) + '\n';
}

/** Why a project file could not be opened, with where, for the message. */
export interface ProjectFileProblem {
  key: 'projectNotJson' | 'projectNotCordon' | 'projectInvalid' | 'projectTooNew';
  values: Record<string, string | number>;
}

export type ProjectFileResult =
  | {
      ok: true;
      plan: Plan;
      migratedFrom?: number;
      readOnly?: 'newer-version';
      /** Zone names longer than the cap, cut on the way in. */
      namesCut?: number;
    }
  | { ok: false; problem: ProjectFileProblem };

/** Brands the checked numbers as metres; keys absent from the file stay absent. */
function toPlan(data: PlanV8): Plan {
  return {
    ...data,
    schemaVersion: PLAN_SCHEMA_VERSION,
    settings: {
      ...data.settings,
      controlledBufferMeters: meters(data.settings.controlledBufferMeters),
      precautionBufferMeters: meters(data.settings.precautionBufferMeters),
    },
    zones: data.zones.map(({ bufferMeters, ...zone }) => ({
      ...zone,
      name: zone.name.slice(0, MAX_ZONE_NAME_CHARACTERS),
      ...(bufferMeters === undefined ? {} : { bufferMeters: meters(bufferMeters) }),
    })),
  };
}

/** What the schema cannot say: zone ids are unique, and site ids (a report looks them up by id). */
function duplicateId(data: { zones: { id: string }[]; sites: { id: string }[] }): string | undefined {
  for (const list of ['zones', 'sites'] as const) {
    const first = new Map<string, number>();
    for (const [index, item] of data[list].entries()) {
      const earlier = first.get(item.id);
      if (earlier !== undefined)
        return `${list}[${index}].id: "${item.id.slice(0, 40)}" is already the id of ${list}[${earlier}]`;
      first.set(item.id, index);
    }
  }
  return undefined;
}

/** The checked plan, or the problem that refuses it; with how many names were cut. */
function opened(
  data: PlanV8,
  version: number,
  extra: { migratedFrom?: number; readOnly?: 'newer-version' },
): ProjectFileResult {
  const duplicate = duplicateId(data);
  if (duplicate) return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: duplicate } } };
  const namesCut = data.zones.filter((zone) => zone.name.length > MAX_ZONE_NAME_CHARACTERS).length;
  return { ok: true, plan: toPlan(data), ...extra, ...(namesCut ? { namesCut } : {}) };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(top level)'}: ${issue.message}`;
}

/**
 * Opens a project file: parses, checks the schema, and migrates older versions forward. A file
 * from a newer Cordon opens read-only when it still fits this version's schema, and is refused
 * otherwise. Never throws; nothing is changed until the caller accepts the result.
 */
export function parseProjectFile(text: string): ProjectFileResult {
  const json = parseJsonText(text);
  if (!json.ok)
    return { ok: false, problem: { key: 'projectNotJson', values: { line: json.line, column: json.column } } };
  const value = json.value as Record<string, unknown> | null;
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value.format !== FORMAT ||
    typeof value.schemaVersion !== 'number'
  ) {
    return { ok: false, problem: { key: 'projectNotCordon', values: {} } };
  }
  const version = value.schemaVersion;
  if (Number.isInteger(version) && version >= 1 && version <= PLAN_SCHEMA_VERSION) {
    const parsed = SCHEMAS[version - 1].safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    // Each step up is one typed migration (migrations.ts); the ladder only runs them in turn.
    let plan: unknown = parsed.data;
    for (let step = version; step < PLAN_SCHEMA_VERSION; step++) plan = UPGRADES[step - 1](plan as never);
    return opened(plan as PlanV8, version, version < PLAN_SCHEMA_VERSION ? { migratedFrom: version } : {});
  }
  if (version > PLAN_SCHEMA_VERSION) {
    const parsed = planV8.safeParse({ ...value, schemaVersion: PLAN_SCHEMA_VERSION });
    if (!parsed.success) return { ok: false, problem: { key: 'projectTooNew', values: { version } } };
    return opened(parsed.data, version, { readOnly: 'newer-version' });
  }
  return { ok: false, problem: { key: 'projectNotCordon', values: {} } };
}
