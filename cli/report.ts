import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { caseStoreFromRecords } from '../src/domain/cases/case-store';
import { FiguresCounter } from '../src/domain/figures/plan-figures';
import { loadPolygonEngine } from '../src/domain/zones/polygon-engine';
import { figuresReport, type ReportJson } from '../src/io/report/figures-report';
import { JIAXING_BBOX } from '../src/domain/geo/jiaxing';
import { meters } from '../src/domain/geo/types';
import { GridIndex } from '../src/domain/households/grid-index';
import type { RingSettings } from '../src/domain/zones/effective-tiers';
import type { Zone } from '../src/domain/zones/zone';
import { translate } from '../src/i18n/i18n';
import type { StringKey } from '../src/i18n/strings';
import type { DeclaredCrs } from '../src/io/import/coordinates';
import { importFile } from '../src/io/import/import-file';
import { parseProjectFile } from '../src/io/project-file/project-file';
import { importZonesFromGeoJson } from '../src/io/zones/zone-geojson-import';
import { zoneIssues } from '../src/state/zone-issues';
import { DISTRICTS_FILE, parseDistricts } from '../src/io/districts';
import { caseDaysIn, DEFAULT_PROTOCOL, zoneClock, type Protocol, type ZoneClock } from '../src/domain/cases/zone-clock';
import { dayFromIsoDate } from '../src/domain/time/day-number';

/** The district boundaries shipped with the app, read from the repository. */
const DISTRICTS_PATH = join(import.meta.dirname, '..', 'public', DISTRICTS_FILE);

export interface ReportOptions {
  zones: string;
  households: string;
  cases?: string;
  crs: DeclaredCrs;
  controlledBuffer?: number;
  precautionBuffer?: number;
  /** 'district': the precaution area is each sealed zone's whole district (default: the plan's, else 'ring'). */
  precautionMode?: 'ring' | 'district';
  /** The day the zone clocks are read on (YYYY-MM-DD; default: today in Asia/Shanghai). */
  asOf?: string;
  format: 'json' | 'csv' | 'md';
  today: string;
}

/** Bad input: the message names the file, the row or feature, and the reason. */
export class InputError extends Error {}

const english = (key: string, values?: Record<string, string | number>) =>
  translate('en', key as StringKey, values ?? {});

/** Zones and ring settings from a plan file or a zones GeoJSON (properties.tier, id, name). */
async function readZones(
  path: string,
  today: string,
): Promise<{ zones: Zone[]; settings?: RingSettings & { precautionMode: 'ring' | 'district'; protocol: Protocol } }> {
  const text = await readFile(path, 'utf8');
  const plan = parseProjectFile(text);
  if (plan.ok) return { zones: plan.plan.zones, settings: plan.plan.settings };
  // Feature ids (or properties.id) become zone ids, in order; the import takes all features or none.
  let ids: string[] = [];
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      features?: { id?: unknown; properties?: { id?: unknown } }[];
    };
    ids = (json.features ?? [json as { id?: unknown; properties?: { id?: unknown } }]).map((feature, i) =>
      String(feature?.id ?? feature?.properties?.id ?? `zone-${i + 1}`),
    );
  } catch {
    // The zone importer says where the JSON breaks.
  }
  let next = 0;
  const result = importZonesFromGeoJson(text, {
    fileName: basename(path),
    today,
    newId: () => ids[next++] ?? `zone-${next}`,
    jurisdiction: JIAXING_BBOX,
  });
  if (!result.ok) {
    const problem = result.problems[0];
    const where = problem.feature ? `feature ${problem.feature}` : 'file';
    throw new InputError(`${path}, ${where}: ${english(problem.key, problem.values)}`);
  }
  return { zones: result.zones };
}

async function readRecords(path: string, kind: 'cases' | 'households', options: ReportOptions) {
  const result = await importFile(basename(path), new Uint8Array(await readFile(path)), {
    kind,
    crs: options.crs,
    jurisdiction: JIAXING_BBOX,
    today: options.today,
  });
  if (!result.ok) throw new InputError(`${path}: ${english(result.problem.key, result.problem.values)}`);
  const { report } = result.result;
  if (report.accepted === 0) {
    const first = report.rejections[0];
    throw new InputError(
      first
        ? `${path}, row ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${english(`reason_${first.key}`, first.values)}. ${english(`hint_${first.key}`, first.values)}`
        : `${path}: no rows`,
    );
  }
  return result.result;
}

/** The planning report, computed with the same domain code as the app. */
export async function buildReport(options: ReportOptions): Promise<{ json: ReportJson; warnings: string[] }> {
  // A zone file's features without a declaredOn are taken as declared on the report's day.
  const { zones, settings: planSettings } = await readZones(options.zones, options.asOf ?? options.today);
  const settings: RingSettings = {
    controlledBufferMeters: meters(options.controlledBuffer ?? planSettings?.controlledBufferMeters ?? 500),
    precautionBufferMeters: meters(options.precautionBuffer ?? planSettings?.precautionBufferMeters ?? 2000),
    precautionMode: options.precautionMode ?? planSettings?.precautionMode ?? 'ring',
  };
  const districts =
    settings.precautionMode === 'district' ? parseDistricts(JSON.parse(await readFile(DISTRICTS_PATH, 'utf8'))) : [];
  const households = await readRecords(options.households, 'households', options);
  const cases = options.cases ? await readRecords(options.cases, 'cases', options) : undefined;
  const store = households.householdStore;
  const counter = new FiguresCounter(
    await loadPolygonEngine(),
    store,
    new GridIndex(store.lng, store.lat),
    caseStoreFromRecords(cases?.cases ?? []),
  );
  const valid = zones.filter((zone) => !zone.liftedOn && zoneIssues(zone).length === 0);
  const figures = counter.count(valid, settings, districts);
  const warnings = households.report.rejections
    .slice(0, 20)
    .map(
      (note) =>
        `${options.households}, row ${note.line}${note.column ? `, column "${note.column}"` : ''}: ${english(`reason_${note.key}`, note.values)}`,
    );
  for (const zone of zones)
    if (!valid.includes(zone))
      warnings.push(`${options.zones}: zone "${zone.name}" is ${zone.liftedOn ? 'lifted' : 'invalid'} and not counted`);
  let clocks: Map<string, ZoneClock> | undefined;
  if (cases) {
    const store = caseStoreFromRecords(cases.cases);
    const asOf = dayFromIsoDate(options.asOf ?? options.today) as number;
    const protocol = planSettings?.protocol ?? DEFAULT_PROTOCOL;
    clocks = new Map(
      valid.map((zone) => [
        zone.id,
        zoneClock(caseDaysIn(store, zone.geometry), dayFromIsoDate(zone.declaredOn) ?? asOf, asOf, zone.tier, protocol),
      ]),
    );
  }
  return { json: figuresReport(figures, zones, settings, households.report, cases !== undefined, clocks), warnings };
}

export { formatReport } from '../src/io/report/figures-report';

export async function writeReport(
  text: string,
  out: string | undefined,
  stdout: (text: string) => void,
): Promise<void> {
  if (out) await writeFile(out, text);
  else stdout(text);
}
