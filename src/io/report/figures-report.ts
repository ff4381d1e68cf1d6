import type { PlanFigures } from '../../domain/figures/plan-figures';
import type { RingSettings } from '../../domain/zones/effective-tiers';
import { TIERS } from '../../domain/zones/tier';
import type { Zone } from '../../domain/zones/zone';
import { safeCsvCell } from '../import/report-csv';
import type { ZoneClock } from '../../domain/cases/zone-clock';
import { isoDateFromDay } from '../../domain/time/day-number';
import type { CoverageJson } from './coverage-report';

/**
 * The planning report (per exclusive tier and per zone), the same for the CLI and the planner's
 * export: JSON in the shape the CLI documents, CSV (formula-like cells escaped) or Markdown.
 */
export interface TierJson {
  records: number;
  households: number;
  residents: number;
  areaSquareMeters: number;
  cases?: number;
}

/**
 * One input file's balance: every row read is accepted, rejected or skipped (read = accepted +
 * rejected + skipped), with the physical lines of a text file. The planner's export knows only
 * how many records each dataset holds (its import balance was shown when it was imported).
 */
export interface InputBalance {
  file: string;
  kind: 'cases' | 'households' | 'sites';
  lines?: number;
  read?: number;
  accepted: number;
  rejected?: number;
  skipped?: number;
}

export interface ReportJson {
  /** The two distances; in district mode also `precautionMode: 'district'` and the districts used. */
  settings: {
    controlledBufferMeters: number;
    precautionBufferMeters: number;
    precautionMode?: 'district';
    precautionDistricts?: string[];
  };
  tiers: Record<'sealed' | 'controlled' | 'precaution', TierJson>;
  /** With cases, each zone's clock too (as of the report's day): the last case inside, the case-free days, and when the protocol lets it be downgraded or lifted. */
  zones: ({ id: string; name: string; tier: string } & TierJson & Partial<ClockJson>)[];
  /** The household file's balance (kept for readers of earlier reports; `inputs` has every file's). */
  import: { read: number; accepted: number; rejected: number; skipped: number };
  inputs: InputBalance[];
  /** With sites: testing coverage per tier and zone, isolation rooms and supply packs. */
  coverage?: CoverageJson;
}

export interface ClockJson {
  lastCaseOn: string | null;
  caseFreeDays: number;
  eligibleOn: string | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function clockJson(clock: ZoneClock): ClockJson {
  return {
    lastCaseOn: clock.lastCaseDay === undefined ? null : isoDateFromDay(clock.lastCaseDay),
    caseFreeDays: clock.caseFreeDays,
    eligibleOn: clock.eligibleDay === undefined ? null : isoDateFromDay(clock.eligibleDay),
  };
}

export function figuresReport(
  figures: PlanFigures,
  zones: Zone[],
  settings: RingSettings,
  inputs: InputBalance[],
  withCases: boolean,
  clocks?: ReadonlyMap<string, ZoneClock>,
): ReportJson {
  const figuresOf = (area: {
    records: number;
    households: number;
    residents: number;
    areaSquareMeters: number;
    cases: number;
  }): TierJson => ({
    records: area.records,
    households: area.households,
    residents: area.residents,
    areaSquareMeters: round2(area.areaSquareMeters),
    ...(withCases ? { cases: area.cases } : {}),
  });
  return {
    settings: {
      controlledBufferMeters: settings.controlledBufferMeters,
      precautionBufferMeters: settings.precautionBufferMeters,
      ...(settings.precautionMode === 'district'
        ? { precautionMode: 'district' as const, precautionDistricts: figures.effective.precautionDistricts ?? [] }
        : {}),
    },
    tiers: {
      sealed: figuresOf(figures.tiers.sealed),
      controlled: figuresOf(figures.tiers.controlled),
      precaution: figuresOf(figures.tiers.precaution),
    },
    zones: figures.zones.map((zone) => {
      const clock = clocks?.get(zone.id);
      return {
        id: zone.id,
        name: zones.find((z) => z.id === zone.id)?.name ?? zone.id,
        tier: zone.tier,
        ...figuresOf(zone),
        ...(clock ? clockJson(clock) : {}),
      };
    }),
    import: balanceOf(inputs.find((input) => input.kind === 'households')),
    inputs,
  };
}

function balanceOf(input: InputBalance | undefined): ReportJson['import'] {
  const accepted = input?.accepted ?? 0;
  return {
    read: input?.read ?? accepted,
    accepted,
    rejected: input?.rejected ?? 0,
    skipped: input?.skipped ?? 0,
  };
}

/** The report as CSV (formula-like cells escaped) or a Markdown table. */
export function formatReport(json: ReportJson, format: 'json' | 'csv' | 'md'): string {
  if (format === 'json') return JSON.stringify(json, null, 2) + '\n';
  const withCases = json.tiers.sealed.cases !== undefined;
  const withClocks = json.zones.some((zone) => zone.caseFreeDays !== undefined);
  const header = [
    'scope',
    'id',
    'name',
    'tier',
    'records',
    'households',
    'residents',
    'areaSquareMeters',
    ...(withCases ? ['cases'] : []),
    ...(withClocks ? ['lastCaseOn', 'caseFreeDays', 'eligibleOn'] : []),
    'lines',
    'read',
    'rejected',
    'skipped',
  ];
  const balanceColumns = 4;
  const extra = (area: TierJson & Partial<ClockJson>) => [
    ...(withCases ? [String(area.cases ?? '')] : []),
    ...(withClocks
      ? [area.lastCaseOn ?? '', area.caseFreeDays === undefined ? '' : String(area.caseFreeDays), area.eligibleOn ?? '']
      : []),
  ];
  const rows: string[][] = [
    ...TIERS.map((tier) => [
      'tier',
      tier,
      tier,
      tier,
      ...[
        json.tiers[tier].records,
        json.tiers[tier].households,
        json.tiers[tier].residents,
        json.tiers[tier].areaSquareMeters,
      ].map(String),
      ...extra(json.tiers[tier]),
      ...Array<string>(balanceColumns).fill(''),
    ]),
    ...json.zones.map((zone) => [
      'zone',
      zone.id,
      zone.name,
      zone.tier,
      ...[zone.records, zone.households, zone.residents, zone.areaSquareMeters].map(String),
      ...extra(zone),
      ...Array<string>(balanceColumns).fill(''),
    ]),
    // Each input file's balance: read = accepted (the records column) + rejected + skipped.
    ...json.inputs.map((input) => [
      'input',
      input.kind,
      input.file,
      '',
      String(input.accepted),
      '',
      '',
      '',
      ...extra({ records: 0, households: 0, residents: 0, areaSquareMeters: 0 }).map(() => ''),
      ...[input.lines, input.read, input.rejected, input.skipped].map((n) => (n === undefined ? '' : String(n))),
    ]),
  ];
  if (format === 'csv')
    return '\uFEFF' + [header, ...rows].map((row) => row.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
  // Markdown: a name is text, never a table cell break, HTML or code (backslash escapes, CommonMark).
  const cell = (text: string) => text.replace(/[\\`|<>]/g, '\\$&').replace(/\r?\n/g, ' ');
  return (
    [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n') + '\n'
  );
}
