import type { PlanningRates } from '../src/domain/figures/planning-needs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JIAXING_BBOX } from '../src/domain/geo/jiaxing';
import { MAX_ZONE_NAME_CHARACTERS } from '../src/domain/plan/plan-limits';
import type { RingSettings } from '../src/domain/zones/effective-tiers';
import type { Zone } from '../src/domain/zones/zone';
import type { CoverageSettings } from '../src/domain/plan/plan';
import type { Site } from '../src/domain/sites/site';
import type { Protocol } from '../src/domain/cases/zone-clock';
import { translate } from '../src/i18n/i18n';
import type { StringKey } from '../src/i18n/strings';
import type { DeclaredCrs } from '../src/io/import/coordinates';
import type { ListKind } from '../src/io/import/import-types';
import { importFile, MAX_IMPORT_BYTES } from '../src/io/import/import-file';
import type { ImportReport, ImportResult, RowNote } from '../src/io/import/import-records';
import { parseJsonText } from '../src/io/json-position';
import { parseProjectFile } from '../src/io/project-file/project-file';
import { importZonesFromGeoJson } from '../src/io/zones/zone-geojson-import';
import type { InputBalance } from '../src/io/report/figures-report';

/** Bad input: the message names the file, the row or feature, and the reason. */
export class InputError extends Error {}

/** The most rejected rows printed one by one; the rest are counted. */
export const MAX_PRINTED_ROWS = 20;

export const english = (key: string, values?: Record<string, string | number>) =>
  translate('en', key as StringKey, values ?? {});

export type PlanSettings = RingSettings & {
  precautionMode: 'ring' | 'district';
  protocol: Protocol;
  planningRates?: PlanningRates;
  coverage?: CoverageSettings;
};

/**
 * Zones and ring settings from a plan file or a zones GeoJSON (properties.tier, id, name). A
 * plan's own problems are reported with their field paths; a plan from a newer Cordon is used
 * with a warning; feature ids must be unique (a report looks zones up by id).
 */
export async function readZones(
  path: string,
  today: string,
  warnings: string[],
): Promise<{ zones: Zone[]; settings?: PlanSettings; name?: string; sites?: Site[] }> {
  const bytes = new Uint8Array(await readFile(path));
  const text = new TextDecoder().decode(bytes);
  const plan = parseProjectFile(text);
  if (plan.ok) {
    if (plan.readOnly)
      warnings.push(
        `${path}: the plan was written by a newer Cordon; it is read with this version's fields, and any newer ones are ignored`,
      );
    if (plan.namesCut)
      warnings.push(`${path}: ${english('planNamesCut', { count: plan.namesCut, max: MAX_ZONE_NAME_CHARACTERS })}`);
    return { zones: plan.plan.zones, settings: plan.plan.settings, name: plan.plan.name, sites: plan.plan.sites };
  }
  if (plan.problem.key !== 'projectNotCordon' && plan.problem.key !== 'projectNotJson')
    throw new InputError(`${path}: ${english(plan.problem.key, plan.problem.values)}`);
  const ids = featureIds(text, path);
  let next = 0;
  const result = importZonesFromGeoJson(bytes, {
    fileName: basename(path),
    today,
    newId: () => ids[next++] ?? `zone-${next}`,
    jurisdiction: JIAXING_BBOX,
  });
  if (!result.ok) {
    const problem = result.problems[0];
    const where = problem.feature ? `feature ${problem.feature}` : 'file';
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : '';
    throw new InputError(`${path}, ${where}: ${english(problem.key, problem.values)}${more}`);
  }
  for (const transform of result.report.transforms)
    if (transform.key !== 'transformNormalized') warnings.push(`${path}: ${english(transform.key, transform.values)}`);
  return { zones: result.zones };
}

/** Each feature's id (feature.id, else properties.id, else zone-N), refusing one given twice. */
function featureIds(text: string, path: string): string[] {
  const json = parseJsonText(text);
  // Text that is not JSON: the zone importer says where it breaks.
  if (!json.ok || !json.value || typeof json.value !== 'object') return [];
  const root = json.value as { features?: unknown };
  const features = Array.isArray(root.features) ? root.features : [root];
  const first = new Map<string, number>();
  return features.map((feature: { id?: unknown; properties?: { id?: unknown } } | null, i) => {
    const raw = feature?.id ?? feature?.properties?.id;
    const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : `zone-${i + 1}`;
    const earlier = first.get(id);
    if (earlier !== undefined)
      throw new InputError(
        `${path}, feature ${i + 1}: the id "${id.slice(0, 40)}" is already feature ${earlier}'s; zone ids must be unique. Give each zone its own id.`,
      );
    first.set(id, i + 1);
    return id;
  });
}

/** A gzip file's contents (the demo files are gzipped), inflated no further than an import may be large. */
function gunzipped(bytes: Uint8Array, path: string): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_IMPORT_BYTES }));
  } catch (error) {
    throw new InputError(
      `${path}: the gzip file cannot be read, or inflates past ${MAX_IMPORT_BYTES / 1024 / 1024} MB (${(error as Error).message})`,
    );
  }
}

/** One row note as a line of text: file, row, column, reason. */
export function rowMessage(path: string, note: RowNote): string {
  return `${path}, row ${note.line}${note.column ? `, column "${note.column}"` : ''}: ${english(`reason_${note.key}`, note.values)}`;
}

/** Up to MAX_PRINTED_ROWS rejected rows, then how many more there are. */
export function rejectionWarnings(path: string, report: ImportReport): string[] {
  const lines = report.rejections.slice(0, MAX_PRINTED_ROWS).map((note) => rowMessage(path, note));
  const more = report.rejections.length - MAX_PRINTED_ROWS;
  if (more > 0) lines.push(`${path}: ${more} more rejected rows not shown (${report.rejected} in all)`);
  return lines;
}

/**
 * A case, household or site file through the app's import. Refused as a whole when unreadable or when
 * no row is accepted; otherwise its rejected rows become warnings and its balance is returned.
 */
export async function readRecords(
  path: string,
  kind: ListKind,
  options: { crs?: DeclaredCrs; today: string },
  warnings: string[],
): Promise<{ result: ImportResult; balance: InputBalance }> {
  const bytes = gunzipped(new Uint8Array(await readFile(path)), path);
  const read = await importFile(basename(path).replace(/\.gz$/, ''), bytes, {
    kind,
    crs: options.crs,
    jurisdiction: JIAXING_BBOX,
    today: options.today,
  });
  if (!read.ok) throw new InputError(`${path}: ${english(read.problem.key, read.problem.values)}`);
  const { report } = read.result;
  if (report.accepted === 0) {
    const first = report.rejections[0];
    throw new InputError(
      first
        ? `${rowMessage(path, first)}. ${english(`hint_${first.key}`, first.values)}`
        : `${path}: no rows were accepted (read ${report.read}, skipped ${report.skipped})`,
    );
  }
  if (read.crs.from !== 'declared')
    warnings.push(
      `${path}: coordinates read as ${read.crs.used} (${read.crs.from === 'default' ? 'no --crs given' : read.crs.from === 'file' ? "the file's crs member" : 'the values are metres'})`,
    );
  warnings.push(...rejectionWarnings(path, report));
  return {
    result: read.result,
    balance: {
      file: path,
      kind,
      ...(report.physicalLines === undefined ? {} : { lines: report.physicalLines }),
      read: report.read,
      accepted: report.accepted,
      rejected: report.rejected,
      skipped: report.skipped,
    },
  };
}
