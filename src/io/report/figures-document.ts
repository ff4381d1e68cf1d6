import { planningNeeds, type PlanningRates } from '../../domain/figures/planning-needs';
import { TIERS } from '../../domain/zones/tier';
import { translate, type Language } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/strings';
import { safeCsvCell } from '../import/report-csv';
import type { ReportJson, TierJson } from './figures-report';
import { coverageTables } from './coverage-document';

/** What a report for people says about itself, besides the figures. */
export interface ReportContext {
  planName: string;
  /** The day the figures are as of (the time bar's date, or the CLI's --as-of). */
  asOf: string;
  /** The cases counted: reported from–to (inclusive), and whether the time bar's filters were on; undefined without case data. */
  window?: { from: string; to: string; filtered?: boolean };
  rates: PlanningRates;
  /** Site names by id, for the testing rounds' sites (ids where a name is missing). */
  siteNames?: Record<string, string>;
}

/** One table of a report: its heading, its column heads and rows (numbers stay numbers for Excel). */
export interface ReportTable {
  heading: string;
  head: string[];
  rows: (string | number | null)[][];
  /** Columns that hold areas in km² (written with the precision `formatKm2` gives). */
  areaColumns?: number[];
}

/** The figures as a person reads them: a title, what they are as of, and the tables. */
export interface FiguresDocument {
  title: string;
  about: [string, string][];
  note: string;
  tables: ReportTable[];
}

/** Square metres as km², with the precision a planner reads: 0.04, 3.27, 12.4, 215. */
export function formatKm2(squareMeters: number): string {
  const km2 = squareMeters / 1e6;
  return km2.toFixed(km2 < 10 ? 2 : km2 < 100 ? 1 : 0);
}

/**
 * The planning report written for people in one language: tier names and column heads in that
 * language, the plan's name, the as-of day and the cases' window, the ring settings, the needs
 * per tier, areas in km², zone names before internal ids. The CLI's JSON stays the stable,
 * machine schema (ReportJson); this is built from it.
 */
export function figuresDocument(report: ReportJson, context: ReportContext, language: Language): FiguresDocument {
  const t = (key: StringKey, values?: Record<string, string | number>) => translate(language, key, values);
  const withCases = report.tiers.sealed.cases !== undefined && context.window !== undefined;
  const withClocks = report.zones.some((zone) => zone.caseFreeDays !== undefined);
  const { controlledBufferMeters: controlled, precautionBufferMeters: precaution } = report.settings;
  const rings =
    report.settings.precautionMode === 'district'
      ? t('reportRingsDistrict', { controlled, names: (report.settings.precautionDistricts ?? []).join('、') || '—' })
      : t('reportRingsValue', { controlled, precaution });
  const window = context.window;
  const about: [string, string][] = [
    [t('reportPlan'), context.planName],
    [t('reportAsOf'), context.asOf],
    [
      t('reportCases'),
      window
        ? t(window.filtered ? 'reportCasesWindowFiltered' : 'reportCasesWindow', { from: window.from, to: window.to })
        : t('reportCasesNone'),
    ],
    [t('reportRings'), rings],
    [
      t('reportRates'),
      t('reportRatesValue', {
        packs: context.rates.supplyPacksPerHousehold,
        swabs: context.rates.swabsPerResident,
        staff: context.rates.staffPer100Households,
      }),
    ],
  ];
  // The figures of an area, the same columns for a tier and a zone; the area is the last of them.
  const figureHeads = [
    t('households'),
    t('residents'),
    ...(withCases ? [t('cases')] : []),
    t('reportColBuildings'),
    t('reportColArea'),
  ];
  const figureCells = (area: TierJson) => [
    area.households,
    area.residents,
    ...(withCases ? [area.cases ?? 0] : []),
    area.records,
    Number(formatKm2(area.areaSquareMeters)),
  ];
  const tiers: ReportTable = {
    heading: t('reportTiersHeading'),
    head: [t('reportColTier'), ...figureHeads],
    rows: TIERS.map((tier) => [t(`tier_${tier}`), ...figureCells(report.tiers[tier])]),
    areaColumns: [figureHeads.length],
  };
  const zones: ReportTable = {
    heading: t('reportZonesHeading'),
    head: [
      t('reportColZone'),
      t('reportColTier'),
      ...figureHeads,
      ...(withClocks ? [t('reportColLastCase'), t('reportColCaseFree'), t('reportColEligible')] : []),
      t('reportColId'),
    ],
    rows: report.zones.map((zone) => [
      zone.name || zone.id,
      t(`tier_${zone.tier as 'sealed'}`),
      ...figureCells(zone),
      ...(withClocks ? [zone.lastCaseOn ?? null, zone.caseFreeDays ?? null, zone.eligibleOn ?? null] : []),
      zone.id,
    ]),
    areaColumns: [figureHeads.length + 1],
  };
  const needs: ReportTable = {
    heading: t('reportNeedsHeading'),
    head: [t('reportColTier'), t('needSupplyPacks'), t('needSwabs'), t('needStaff')],
    rows: TIERS.map((tier) => {
      const need = planningNeeds(report.tiers[tier], context.rates);
      return [t(`tier_${tier}`), need.supplyPacksPerDay, need.swabsPerRound, need.gridStaff];
    }),
  };
  const inputs: ReportTable = {
    heading: t('reportInputsHeading'),
    head: [
      t('reportColFile'),
      t('reportColKind'),
      t('reportColRecords'),
      t('reportColRead'),
      t('reportColRejected'),
      t('reportColSkipped'),
    ],
    rows: report.inputs.map((input) => [
      input.file,
      t(`reportKind_${input.kind}`),
      input.accepted,
      input.read ?? null,
      input.rejected ?? null,
      input.skipped ?? null,
    ]),
  };
  const sites = report.coverage
    ? coverageTables(
        report.coverage,
        {
          zone: (id) => report.zones.find((zone) => zone.id === id)?.name || id,
          site: (id) => context.siteNames?.[id] || id,
        },
        t,
      )
    : undefined;
  return {
    title: t('reportTitle', { plan: context.planName }),
    about: [...about, ...(sites?.about ?? [])],
    note: t('reportNote'),
    tables: [tiers, needs, ...(sites?.tables ?? []), zones, inputs],
  };
}

const cellText = (value: string | number | null, area: boolean) =>
  value === null ? '' : area && typeof value === 'number' ? formatKm2(value * 1e6) : String(value);

/** The document as CSV for Excel: a byte-order mark, the title and what it is as of, then each table under its heading. */
export function documentCsv(document: FiguresDocument): string {
  const lines: string[][] = [[document.title], ...document.about, [document.note]];
  for (const table of document.tables) {
    lines.push([], [table.heading], table.head);
    for (const row of table.rows)
      lines.push(row.map((value, column) => cellText(value, table.areaColumns?.includes(column) ?? false)));
  }
  return '\uFEFF' + lines.map((line) => line.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
}

/** The document as Markdown; a name is text, never a table cell break, HTML or code (backslash escapes, CommonMark). */
export function documentMarkdown(document: FiguresDocument): string {
  const cell = (text: string) => text.replace(/[\\`|<>*_[\]#]/g, '\\$&').replace(/\r?\n/g, ' ');
  const out = [`# ${cell(document.title)}`, '', ...document.about.map(([key, value]) => `- ${key}: ${cell(value)}`)];
  out.push('', document.note);
  for (const table of document.tables) {
    out.push(
      '',
      `## ${table.heading}`,
      '',
      `| ${table.head.join(' | ')} |`,
      `| ${table.head.map(() => '---').join(' | ')} |`,
    );
    for (const row of table.rows)
      out.push(
        `| ${row.map((value, column) => cell(cellText(value, table.areaColumns?.includes(column) ?? false))).join(' | ')} |`,
      );
  }
  return out.join('\n') + '\n';
}
