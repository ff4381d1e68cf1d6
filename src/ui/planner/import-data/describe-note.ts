import { isStringKey, translate, type Language } from '../../../i18n/i18n';
import type { StringKey } from '../../../i18n/strings';
import type { ImportReport } from '../../../io/import/import-records';
import { reportToCsv } from '../../../io/import/report-csv';

/** The reason and the fix hint of a report note, in the reader's language. */
export function describeNote(
  language: Language,
  key: string,
  values?: Record<string, string | number>,
): { reason: string; hint: string } {
  const look = (prefix: string) => {
    const full = `${prefix}_${key}`;
    return isStringKey(full) ? translate(language, full, values) : key;
  };
  return { reason: look('reason'), hint: look('hint') };
}

/** What a transform key reads as, with its count. */
export function describeTransform(language: Language, key: string, count: number, encoding?: string): string {
  const full = `transform_${key}`;
  const text = isStringKey(full) ? translate(language, full, { encoding: encoding ?? '' }) : key;
  return `${text} (${count})`;
}

/** The whole reconciliation report as CSV, in the reader's language. */
export function reportCsv(language: Language, report: ImportReport): string {
  const t = (key: StringKey) => translate(language, key);
  return reportToCsv(report, (key, values) => describeNote(language, key, values), {
    read: t('importReadLabel'),
    accepted: t('importAcceptedLabel'),
    rejected: t('importRejectedLabel'),
    skipped: t('importSkippedLabel'),
    outcome: t('reportOutcome'),
    line: t('reportLine'),
    column: t('reportColumn'),
    value: t('reportValue'),
    reason: t('reportReason'),
    hint: t('reportHint'),
    outcomes: { rejected: t('reportRejected'), skipped: t('reportSkipped'), warning: t('reportWarning') },
  });
}
