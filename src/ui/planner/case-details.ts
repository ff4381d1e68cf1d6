import type { CaseRecord } from '../../domain/cases/case-record';
import { translate, type Language } from '../../i18n/i18n';

/**
 * A case's fields for the map popup, built from text nodes only (the id and source file are
 * user text, never HTML). Planner only: the public map never receives cases.
 */
export function caseDetailsElement(record: CaseRecord, language: Language): HTMLElement {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);
  const root = document.createElement('div');
  root.className = 'case-details';
  const title = document.createElement('h3');
  title.textContent = t('caseDetailsTitle', { id: record.id });
  root.append(title);
  const list = document.createElement('dl');
  const rows: [string, string][] = [
    [t('caseReportedOn'), record.reportedOn],
    ...(record.onsetOn ? [[t('caseOnsetOn'), record.onsetOn] as [string, string]] : []),
    [t('caseKind'), t(`kind_${record.kind}`)],
    [t('caseFoundIn'), t(`foundIn_${record.foundIn}`)],
    [t('caseSource'), t('caseSourceRow', { file: record.sourceFile, row: record.sourceRow })],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  root.append(list);
  return root;
}
