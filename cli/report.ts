import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { caseStoreFromRecords } from '../src/domain/cases/case-store';
import { FiguresCounter, type PlanFigures } from '../src/domain/figures/plan-figures';
import { JIAXING_BBOX } from '../src/domain/geo/jiaxing';
import { meters } from '../src/domain/geo/types';
import { GridIndex } from '../src/domain/households/grid-index';
import type { RingSettings } from '../src/domain/zones/effective-tiers';
import { TIERS } from '../src/domain/zones/tier';
import type { Zone } from '../src/domain/zones/zone';
import { translate } from '../src/i18n/i18n';
import type { StringKey } from '../src/i18n/strings';
import type { DeclaredCrs } from '../src/io/import/coordinates';
import { importFile } from '../src/io/import/import-file';
import { safeCsvCell } from '../src/io/import/report-csv';
import { parseProjectFile } from '../src/io/project-file/project-file';
import { importZonesFromGeoJson } from '../src/io/zones/zone-geojson-import';
import { zoneIssues } from '../src/state/zone-issues';

export interface ReportOptions {
  zones: string;
  households: string;
  cases?: string;
  crs: DeclaredCrs;
  controlledBuffer?: number;
  precautionBuffer?: number;
  format: 'json' | 'csv' | 'md';
  today: string;
}

/** Bad input: the message names the file, the row or feature, and the reason. */
export class InputError extends Error {}

const english = (key: string, values?: Record<string, string | number>) => translate('en', key as StringKey, values ?? {});

/** Zones and ring settings from a plan file or a zones GeoJSON (properties.tier, id, name). */
async function readZones(path: string, today: string): Promise<{ zones: Zone[]; settings?: RingSettings }> {
  const text = await readFile(path, 'utf8');
  const plan = parseProjectFile(text);
  if (plan.ok) return { zones: plan.plan.zones, settings: plan.plan.settings };
  // Feature ids (or properties.id) become zone ids, in order; the import takes all features or none.
  let ids: string[] = [];
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as { features?: { id?: unknown; properties?: { id?: unknown } }[] };
    ids = (json.features ?? [json as { id?: unknown; properties?: { id?: unknown } }]).map((feature, i) => String(feature?.id ?? feature?.properties?.id ?? `zone-${i + 1}`));
  } catch {
    // The zone importer says where the JSON breaks.
  }
  let next = 0;
  const result = importZonesFromGeoJson(text, { fileName: basename(path), today, newId: () => ids[next++] ?? `zone-${next}`, jurisdiction: JIAXING_BBOX });
  if (!result.ok) {
    const problem = result.problems[0];
    const where = problem.feature ? `feature ${problem.feature}` : 'file';
    throw new InputError(`${path}, ${where}: ${english(problem.key, problem.values)}`);
  }
  return { zones: result.zones };
}

async function readRecords(path: string, kind: 'cases' | 'households', options: ReportOptions) {
  const result = await importFile(basename(path), new Uint8Array(await readFile(path)), { kind, crs: options.crs, jurisdiction: JIAXING_BBOX, today: options.today });
  if (!result.ok) throw new InputError(`${path}: ${english(result.problem.key, result.problem.values)}`);
  const { report } = result.result;
  if (report.accepted === 0) {
    const first = report.rejections[0];
    throw new InputError(first ? `${path}, row ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${english(`reason_${first.key}`, first.values)}. ${english(`hint_${first.key}`, first.values)}` : `${path}: no rows`);
  }
  return result.result;
}

/** The planning report, computed with the same domain code as the app. */
export async function buildReport(options: ReportOptions): Promise<{ json: ReportJson; warnings: string[] }> {
  const { zones, settings: planSettings } = await readZones(options.zones, options.today);
  const settings: RingSettings = {
    controlledBufferMeters: meters(options.controlledBuffer ?? planSettings?.controlledBufferMeters ?? 500),
    precautionBufferMeters: meters(options.precautionBuffer ?? planSettings?.precautionBufferMeters ?? 2000),
  };
  const households = await readRecords(options.households, 'households', options);
  const cases = options.cases ? await readRecords(options.cases, 'cases', options) : undefined;
  const store = households.householdStore;
  const counter = new FiguresCounter(store, new GridIndex(store.lng, store.lat), caseStoreFromRecords(cases?.cases ?? []));
  const valid = zones.filter((zone) => !zone.liftedOn && zoneIssues(zone).length === 0);
  const figures = counter.count(valid, settings);
  const warnings = households.report.rejections.slice(0, 20).map((note) => `${options.households}, row ${note.line}${note.column ? `, column "${note.column}"` : ''}: ${english(`reason_${note.key}`, note.values)}`);
  for (const zone of zones) if (!valid.includes(zone)) warnings.push(`${options.zones}: zone "${zone.name}" is ${zone.liftedOn ? 'lifted' : 'invalid'} and not counted`);
  return { json: toJson(figures, zones, settings, households.report, cases !== undefined), warnings };
}

export interface TierJson {
  records: number;
  households: number;
  residents: number;
  areaSquareMeters: number;
  cases?: number;
}

export interface ReportJson {
  settings: { controlledBufferMeters: number; precautionBufferMeters: number };
  tiers: Record<'sealed' | 'controlled' | 'precaution', TierJson>;
  zones: ({ id: string; name: string; tier: string } & TierJson)[];
  import: { read: number; accepted: number; rejected: number; skipped: number };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function toJson(figures: PlanFigures, zones: Zone[], settings: RingSettings, report: { read: number; accepted: number; rejected: number; skipped: number }, withCases: boolean): ReportJson {
  const figuresOf = (area: { records: number; households: number; residents: number; areaSquareMeters: number; cases: number }): TierJson => ({
    records: area.records,
    households: area.households,
    residents: area.residents,
    areaSquareMeters: round2(area.areaSquareMeters),
    ...(withCases ? { cases: area.cases } : {}),
  });
  return {
    settings: { controlledBufferMeters: settings.controlledBufferMeters, precautionBufferMeters: settings.precautionBufferMeters },
    tiers: { sealed: figuresOf(figures.tiers.sealed), controlled: figuresOf(figures.tiers.controlled), precaution: figuresOf(figures.tiers.precaution) },
    zones: figures.zones.map((zone) => ({ id: zone.id, name: zones.find((z) => z.id === zone.id)?.name ?? zone.id, tier: zone.tier, ...figuresOf(zone) })),
    import: { read: report.read, accepted: report.accepted, rejected: report.rejected, skipped: report.skipped },
  };
}

/** The report as CSV (formula-like cells escaped) or a Markdown table. */
export function formatReport(json: ReportJson, format: 'json' | 'csv' | 'md'): string {
  if (format === 'json') return JSON.stringify(json, null, 2) + '\n';
  const header = ['scope', 'id', 'name', 'tier', 'records', 'households', 'residents', 'areaSquareMeters'];
  const rows: string[][] = [
    ...TIERS.map((tier) => ['tier', tier, tier, tier, ...[json.tiers[tier].records, json.tiers[tier].households, json.tiers[tier].residents, json.tiers[tier].areaSquareMeters].map(String)]),
    ...json.zones.map((zone) => ['zone', zone.id, zone.name, zone.tier, ...[zone.records, zone.households, zone.residents, zone.areaSquareMeters].map(String)]),
  ];
  if (format === 'csv') return '\uFEFF' + [header, ...rows].map((row) => row.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

export async function writeReport(text: string, out: string | undefined, stdout: (text: string) => void): Promise<void> {
  if (out) await writeFile(out, text);
  else stdout(text);
}
