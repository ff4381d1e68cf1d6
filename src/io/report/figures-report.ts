import type { PlanFigures } from '../../domain/figures/plan-figures';
import type { RingSettings } from '../../domain/zones/effective-tiers';
import { TIERS } from '../../domain/zones/tier';
import type { Zone } from '../../domain/zones/zone';
import { safeCsvCell } from '../import/report-csv';
import type { ZoneClock } from '../../domain/cases/zone-clock';
import { isoDateFromDay } from '../../domain/time/day-number';

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
  import: { read: number; accepted: number; rejected: number; skipped: number };
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
  report: { read: number; accepted: number; rejected: number; skipped: number },
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
    import: { read: report.read, accepted: report.accepted, rejected: report.rejected, skipped: report.skipped },
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
  ];
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
    ]),
    ...json.zones.map((zone) => [
      'zone',
      zone.id,
      zone.name,
      zone.tier,
      ...[zone.records, zone.households, zone.residents, zone.areaSquareMeters].map(String),
      ...extra(zone),
    ]),
  ];
  if (format === 'csv')
    return '\uFEFF' + [header, ...rows].map((row) => row.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return (
    [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n') + '\n'
  );
}
