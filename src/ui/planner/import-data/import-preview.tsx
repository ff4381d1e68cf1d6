import { useEffect, useId, useRef } from 'react';
import { formatCount } from '../../../i18n/i18n';
import type { RowNote } from '../../../io/import/import-records';
import { showPreviewMap } from '../../../map/preview-map';
import { usePlannerStore } from '../../../state/store';
import type { ImportPreview as Preview } from '../../../workers/import-session';
import { downloadText } from '../../shared/files';
import { TableHead } from '../../shared/table-head';
import { useT } from '../../shared/use-t';
import { describeNote, describeTransform, reportCsv } from './describe-note';
import { shorten } from './mapping-form';

const SHOWN_NOTES = 100;

/** A fix the report suggests (swap columns, say which date part comes first). */
export interface ImportFix {
  label: 'importFixSwap' | 'importFixDayFirst' | 'importFixMonthFirst';
  apply: () => void;
}

/** The checked import before commit: the balance line, the records as parsed, where they land, and every row not taken. */
export function ImportPreview({
  preview,
  encoding,
  fixes,
  onCommit,
  onBack,
  onDiscard,
}: {
  preview: Preview;
  encoding?: string;
  fixes: ImportFix[];
  onCommit: () => void;
  onBack: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const ids = useId();
  const language = usePlannerStore((state) => state.language);
  const { report } = preview;
  const mapElement = useRef<HTMLCanvasElement>(null);
  const count = (value: number) => formatCount(language, value);

  useEffect(() => {
    if (!mapElement.current || preview.points.length === 0) return;
    return showPreviewMap(mapElement.current, window.location.origin, preview.points, preview.bounds, language);
  }, [preview, language]);

  const transforms = Object.entries(report.transforms).map(([key, value]) => describeTransform(language, key, value));
  if (encoding) transforms.unshift(describeTransform(language, 'encoding', report.read, encoding));
  const sampleColumns =
    preview.kind === 'cases'
      ? ['id', 'lng', 'lat', 'reportedOn', 'kind', 'foundIn']
      : preview.kind === 'sites'
        ? ['id', 'name', 'kind', 'lng', 'lat', 'capacity']
        : ['id', 'lng', 'lat', 'households', 'residents', 'gridId'];

  return (
    <div className="import-preview">
      <p className="import-balance" data-testid="import-balance" role="status">
        {t('importBalance', {
          read: count(report.read),
          accepted: count(report.accepted),
          rejected: count(report.rejected),
          skipped: count(report.skipped),
        })}
      </p>
      {report.physicalLines !== undefined && (
        <p className="small muted">{t('importLines', { lines: count(report.physicalLines) })}</p>
      )}
      {report.accepted === 0 && <p className="error-text">{t('importNothingAccepted')}</p>}
      {fixes.length > 0 && (
        <div className="form-row notice-text" role="group" aria-label={t('importFixHeading')}>
          <strong>{t('importFixHeading')}:</strong>
          {fixes.map((fix) => (
            <button key={fix.label} type="button" onClick={fix.apply}>
              {t(fix.label)}
            </button>
          ))}
        </div>
      )}
      <div className="import-preview-grid">
        <section aria-labelledby={`${ids}-records`}>
          <h3 id={`${ids}-records`}>{t('importPreviewHeading')}</h3>
          <div className="table-scroll">
            <table className="import-sample">
              <TableHead columns={sampleColumns} />
              <tbody>
                {preview.sample.map((record) => (
                  <tr key={record.id}>
                    {sampleColumns.map((column) => (
                      <td key={column}>
                        {shorten(String((record as unknown as Record<string, unknown>)[column] ?? ''))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {transforms.length > 0 && (
            <>
              <h4>{t('importTransforms')}</h4>
              <ul className="small" data-testid="import-transforms">
                {transforms.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <canvas
          className="import-preview-map"
          ref={mapElement}
          role="img"
          aria-label={t('importPreviewMap')}
          data-testid="import-preview-map"
        />
      </div>
      <NoteTable
        heading={t('importRejectedHeading')}
        notes={report.rejections}
        total={report.rejected}
        testId="import-rejections"
      />
      <NoteTable
        heading={t('importSkippedHeading')}
        notes={report.skips}
        total={report.skipped}
        testId="import-skips"
      />
      <NoteTable
        heading={t('importWarningsHeading')}
        notes={report.warnings}
        total={report.warnings.length}
        testId="import-warnings"
      />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => downloadText(`${preview.fileName}.report.csv`, reportCsv(language, report), 'text/csv')}
        >
          {t('importDownloadReport')}
        </button>
        <span className="spacer" />
        <button type="button" onClick={onDiscard}>
          {t('importDiscard')}
        </button>
        <button type="button" onClick={onBack}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" disabled={report.accepted === 0} onClick={onCommit}>
          {t('importCommit', { count: count(report.accepted) })}
        </button>
      </div>
    </div>
  );
}

function NoteTable({
  heading,
  notes,
  total,
  testId,
}: {
  heading: string;
  notes: RowNote[];
  total: number;
  testId: string;
}) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const ids = useId();
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={ids}>
      <h3 id={ids}>
        {heading} ({formatCount(language, total)})
      </h3>
      <div className="table-scroll notes">
        <table data-testid={testId}>
          <TableHead
            columns={[t('reportLine'), t('reportColumn'), t('reportValue'), t('reportReason'), t('reportHint')]}
          />
          <tbody>
            {notes.slice(0, SHOWN_NOTES).map((note, index) => {
              const { reason, hint } = describeNote(language, note.key, note.values);
              return (
                <tr key={index}>
                  <td>{note.line}</td>
                  <td>{note.column ?? ''}</td>
                  <td>
                    <code>{note.value ?? ''}</code>
                  </td>
                  <td className="prose-cell">{reason}</td>
                  <td className="prose-cell">{hint}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.length > SHOWN_NOTES && (
        <p className="muted small">
          {t('importMoreRows', { count: formatCount(language, notes.length - SHOWN_NOTES) })}
        </p>
      )}
    </section>
  );
}
