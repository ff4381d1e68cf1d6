import { useEffect, useId, type FormEvent } from 'react';
import { formatCount, isStringKey } from '../../../i18n/i18n';
import { usePlannerStore } from '../../../state/store';
import { ModalDialog } from '../../shared/modal-dialog';
import { useT } from '../../shared/use-t';
import type { ImportReport } from '../../../io/import/import-records';
import type { ImportProgress, ImportSettings } from '../../../workers/import-session';
import { ImportPreview, type ImportFix } from './import-preview';
import { MappingForm } from './mapping-form';
import { useDataImport } from './use-data-import';

/**
 * Imports a case, household or site file: read → confirm (encoding, columns, coordinate system) →
 * check every row → preview → import as one undoable step. `file` starts it with a dropped file.
 */
export function ImportDataDialog({
  open,
  file,
  listKind,
  onClose,
}: {
  open: boolean;
  file?: File;
  /** 'sites' when opened from the site tools: the file is read as a site list. */
  listKind?: 'sites';
  onClose: () => void;
}) {
  const t = useT();
  const ids = useId();
  const language = usePlannerStore((state) => state.language);
  const { step, read, check, cancel, commit, reset, setStep } = useDataImport(onClose, listKind);

  useEffect(() => {
    if (open && file) void read(file, {}, file.name);
  }, [open, file, read]);

  const close = () => {
    reset();
    onClose();
  };

  const choose = (event: FormEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (chosen) void read(chosen, {}, chosen.name);
  };

  return (
    <ModalDialog
      open={open}
      title={t(listKind === 'sites' ? 'importSitesTitle' : 'importDataTitle')}
      onClose={close}
      wide
      className="import"
    >
      {step.kind === 'choose' && (
        <div>
          <p className="muted small">{t(listKind === 'sites' ? 'importSitesHelp' : 'importDataHelp')}</p>
          <label htmlFor={`${ids}-file`}>{t('importChooseFile')}</label>{' '}
          <input
            id={`${ids}-file`}
            type="file"
            accept=".csv,.tsv,.txt,.json,.geojson,.xlsx,text/csv,application/json,application/geo+json"
            onChange={choose}
          />
          {step.problem && (
            <p className="error-text" role="alert" data-testid="import-problem">
              {t('dataFileProblem', {
                file: step.problem.file,
                message: isStringKey(step.problem.problem.key)
                  ? t(step.problem.problem.key, step.problem.problem.values)
                  : step.problem.problem.key,
              })}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('close')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'reading' && (
        <Working label={t('importReading', { file: step.fileName })} progress={step.progress} onCancel={cancel} />
      )}
      {step.kind === 'mapping' && (
        <MappingForm
          key={JSON.stringify(step.choices)}
          step={step}
          onReread={(choices) => void read(undefined, choices, step.fileName)}
          onCheck={(settings) => void check(step, settings)}
          onCancel={close}
        />
      )}
      {step.kind === 'checking' && (
        <Working
          label={t('importChecking', {
            done: formatCount(language, step.progress?.rowsDone ?? 0),
            total: formatCount(language, step.progress?.rowsTotal ?? step.mapping.found.inspection.info.rows),
          })}
          progress={step.progress}
          onCancel={cancel}
        />
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          preview={step.preview}
          encoding={step.mapping.found.inspection.info.encoding}
          fixes={fixesFor(step.preview.report, step.settings, (settings) => void check(step.mapping, settings))}
          onCommit={() => void commit(step.preview)}
          onBack={() => setStep(step.mapping)}
          onDiscard={close}
        />
      )}
    </ModalDialog>
  );
}

/** One-click fixes the report suggests, each checking the file again with one setting changed. */
function fixesFor(
  report: ImportReport,
  settings: ImportSettings,
  recheck: (settings: ImportSettings) => void,
): ImportFix[] {
  const fixes: ImportFix[] = [];
  const has = (key: string) => report.rejections.some((note) => note.key === key);
  const { lng, lat } = settings.roles;
  if (has('position_swapped') && lng !== undefined && lat !== undefined) {
    fixes.push({
      label: 'importFixSwap',
      apply: () => recheck({ ...settings, roles: { ...settings.roles, lng: lat, lat: lng } }),
    });
  }
  if (has('position_swapped') && settings.roles.latLng !== undefined) {
    fixes.push({
      label: 'importFixSwap',
      apply: () => recheck({ ...settings, pairOrder: settings.pairOrder === 'lng-lat' ? 'lat-lng' : 'lng-lat' }),
    });
  }
  if (has('value_ambiguous-date')) {
    fixes.push({ label: 'importFixDayFirst', apply: () => recheck({ ...settings, dayMonthOrder: 'day-first' }) });
    fixes.push({ label: 'importFixMonthFirst', apply: () => recheck({ ...settings, dayMonthOrder: 'month-first' }) });
  }
  return fixes;
}

function Working({ label, progress, onCancel }: { label: string; progress?: ImportProgress; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="import-working">
      <p role="status">
        {label}
        {progress?.secondsLeft !== undefined && ` · ${t('importTimeLeft', { seconds: progress.secondsLeft })}`}
      </p>
      <progress aria-label={label} max={1} value={progress?.fraction ?? 0} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
