import type { CountedFigures } from '../../types/analysis-data';
import { coverageJson } from '../../io/report/coverage-report';
import type { WindowCaseCounts } from '../../domain/cases/case-window';
import type { Plan } from '../../domain/plan/plan';
import { workingDateOf } from '../../domain/plan/plan';
import { isoDateFromDay } from '../../domain/time/day-number';
import { TIERS } from '../../domain/zones/tier';
import { translate, type Language } from '../../i18n/i18n';
import { documentCsv, documentMarkdown, figuresDocument, type ReportContext } from '../../io/report/figures-document';
import { figuresReport, type ReportJson } from '../../io/report/figures-report';
import { todayInShanghai } from '../../state/plan-store';
import { useTimeStore } from '../../state/time-store';
import { downloadBlob, downloadText, safeFileName } from '../shared/files';

/** The report with the cases of the time bar's window, as the figures panel shows them. */
function withWindowCases(report: ReportJson, counted: WindowCaseCounts | undefined): ReportJson {
  if (!counted) return report;
  const tiers = { ...report.tiers };
  for (const tier of TIERS) tiers[tier] = { ...tiers[tier], cases: counted.tiers[tier] };
  return { ...report, tiers, zones: report.zones.map((zone) => ({ ...zone, cases: counted.zones[zone.id] ?? 0 })) };
}

/**
 * Downloads the figures for people, in the UI's language: CSV (for Excel), Excel or Markdown, with
 * the plan's name, the time bar's date and window, the ring settings and the needs (see
 * docs/architecture.md, "Figures and the time window").
 */
export async function exportFigures(
  format: 'csv' | 'md' | 'xlsx',
  figures: CountedFigures,
  plan: Plan,
  language: Language,
): Promise<void> {
  const time = useTimeStore.getState();
  const counted = time.windowCases?.countId === figures.countId ? time.windowCases : undefined;
  const base = withWindowCases(
    figuresReport(
      figures,
      plan.zones,
      plan.settings,
      // The plan knows each dataset's records; its import balance was shown when it was imported.
      plan.datasets.map((dataset) => ({ file: dataset.fileName, kind: dataset.kind, accepted: dataset.records })),
      true,
      // Each zone's clock as of the time bar's date goes with the figures.
      time.clocks ? new Map(Object.entries(time.clocks.zones)) : undefined,
    ),
    counted,
  );
  const report: ReportJson = figures.sites
    ? {
        ...base,
        coverage: coverageJson(figures.sites.testing, figures.sites.isolation, figures.sites.supply),
      }
    : base;
  const window: ReportContext['window'] = counted
    ? {
        from: isoDateFromDay(counted.window.fromDay),
        to: isoDateFromDay(counted.window.toDay),
        filtered: !!(counted.window.foundIn || counted.window.kinds),
      }
    : time.curve
      ? { from: isoDateFromDay(time.curve.firstDay), to: isoDateFromDay(time.curve.lastDay) }
      : undefined;
  const context: ReportContext = {
    planName: plan.name,
    asOf: time.asOfDay !== undefined ? isoDateFromDay(time.asOfDay) : workingDateOf(plan, todayInShanghai()),
    window,
    rates: plan.settings.planningRates,
    siteNames: Object.fromEntries(plan.sites.map((site) => [site.id, site.name])),
  };
  const document = figuresDocument(report, context, language);
  const fileName = `${safeFileName(plan.name)}-${context.asOf}-figures.${format}`;
  if (format === 'xlsx') {
    const { figuresXlsx } = await import('../../io/report/figures-xlsx');
    const bytes = await figuresXlsx(document, {
      figures: translate(language, 'reportSheetFigures'),
      inputs: translate(language, 'reportSheetInputs'),
    });
    downloadBlob(
      fileName,
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
  } else if (format === 'csv') downloadText(fileName, documentCsv(document), 'text/csv');
  else downloadText(fileName, documentMarkdown(document), 'text/markdown');
}
