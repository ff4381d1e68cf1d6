import type { ImportReport } from './import-records';

/**
 * What a spreadsheet may run as a formula: = + - @ (or their full-width forms, which some
 * spreadsheets fold), after any leading spaces, or a leading tab or CR.
 */
const FORMULA_LIKE = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * A cell that a spreadsheet would run as a formula gets a leading apostrophe, so a hostile
 * value stays text when the report is opened (catalogue row B16, G6).
 */
export function safeCsvCell(value: string): string {
  const guarded = FORMULA_LIKE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * The reconciliation report as CSV: the balance line, then every rejected, skipped and warned row
 * with its line, column, value and reason in the reader's language, and a fix hint.
 */
export function reportToCsv(
  report: ImportReport,
  describe: (key: string, values?: Record<string, string | number>) => { reason: string; hint: string },
  labels: {
    read: string;
    accepted: string;
    rejected: string;
    skipped: string;
    outcome: string;
    line: string;
    column: string;
    value: string;
    reason: string;
    hint: string;
    outcomes: { rejected: string; skipped: string; warning: string };
  },
): string {
  const rows: string[][] = [
    [labels.read, String(report.read)],
    [labels.accepted, String(report.accepted)],
    [labels.rejected, String(report.rejected)],
    [labels.skipped, String(report.skipped)],
    [],
    [labels.outcome, labels.line, labels.column, labels.value, labels.reason, labels.hint],
  ];
  const add = (outcome: string, notes: ImportReport['rejections']) => {
    for (const note of notes) {
      const { reason, hint } = describe(note.key, note.values);
      rows.push([outcome, String(note.line), note.column ?? '', note.value ?? '', reason, hint]);
    }
  };
  add(labels.outcomes.rejected, report.rejections);
  add(labels.outcomes.skipped, report.skips);
  add(labels.outcomes.warning, report.warnings);
  return '\uFEFF' + rows.map((row) => row.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
}
