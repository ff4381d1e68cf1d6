import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../domain/plan/plan';
import { parseJsonText } from '../json-position';
import { migrateV1toV2, migrateV2toV3, migrateV3toV4, migrateV4toV5, migrateV5toV6, migrateV6toV7 } from './migrations';
import { planV1, planV2, planV3, planV4, planV5, planV6, planV7, type PlanV7 } from './schema';
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
function toPlan(data: PlanV7): Plan {
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

/** What the schema cannot say: zone ids are unique (a report looks zones up by id). */
function duplicateId(data: { zones: { id: string }[] }): string | undefined {
  const first = new Map<string, number>();
  for (const [index, zone] of data.zones.entries()) {
    const earlier = first.get(zone.id);
    if (earlier !== undefined)
      return `zones[${index}].id: "${zone.id.slice(0, 40)}" is already the id of zones[${earlier}]`;
    first.set(zone.id, index);
  }
  return undefined;
}

/** The checked plan, or the problem that refuses it; with how many names were cut. */
function opened(
  data: PlanV7,
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
  if (version === 1) {
    const parsed = planV1.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(
      migrateV6toV7(migrateV5toV6(migrateV4toV5(migrateV3toV4(migrateV2toV3(migrateV1toV2(parsed.data)))))),
      version,
      {
        migratedFrom: 1,
      },
    );
  }
  if (version === 2) {
    const parsed = planV2.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(migrateV6toV7(migrateV5toV6(migrateV4toV5(migrateV3toV4(migrateV2toV3(parsed.data))))), version, {
      migratedFrom: 2,
    });
  }
  if (version === 3) {
    const parsed = planV3.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(migrateV6toV7(migrateV5toV6(migrateV4toV5(migrateV3toV4(parsed.data)))), version, {
      migratedFrom: 3,
    });
  }
  if (version === 4) {
    const parsed = planV4.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(migrateV6toV7(migrateV5toV6(migrateV4toV5(parsed.data))), version, { migratedFrom: 4 });
  }
  if (version === 5) {
    const parsed = planV5.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(migrateV6toV7(migrateV5toV6(parsed.data)), version, { migratedFrom: 5 });
  }
  if (version === 6) {
    const parsed = planV6.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(migrateV6toV7(parsed.data), version, { migratedFrom: 6 });
  }
  if (version === PLAN_SCHEMA_VERSION) {
    const parsed = planV7.safeParse(value);
    if (!parsed.success)
      return { ok: false, problem: { key: 'projectInvalid', values: { version, detail: firstIssue(parsed.error) } } };
    return opened(parsed.data, version, {});
  }
  if (version > PLAN_SCHEMA_VERSION) {
    const parsed = planV7.safeParse({ ...value, schemaVersion: PLAN_SCHEMA_VERSION });
    if (!parsed.success) return { ok: false, problem: { key: 'projectTooNew', values: { version } } };
    return opened(parsed.data, version, { readOnly: 'newer-version' });
  }
  return { ok: false, problem: { key: 'projectNotCordon', values: {} } };
}
