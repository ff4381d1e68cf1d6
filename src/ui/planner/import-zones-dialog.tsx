import { useState, type FormEvent } from 'react';
import type { Tier } from '../../domain/zones/tier';
import { TierSelect } from '../shared/tier-select';
import { translate } from '../../i18n/i18n';
import type { ZoneImportProblem, ZoneImportReport } from '../../io/zones/zone-geojson-import';
import { analysisClient } from '../../workers/analysis-client';
import { importZones } from '../../state/commands/import-zones';
import { liveContext } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { JURISDICTION_BBOX, rememberZoneIssues } from '../../state/zone-issues';
import { tooLarge } from '../shared/files';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';
import { runCommand } from '../../state/run-command';

/** Imports zones from a GeoJSON file: all or nothing, with every problem listed. */
export function ImportZonesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const [file, setFile] = useState<File>();
  const [defaultTier, setDefaultTier] = useState<Tier | ''>('');
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<{ file: string; problems: ZoneImportProblem[]; report: ZoneImportReport }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const large = tooLarge(file);
    if (large) {
      setFailure({
        file: file.name,
        problems: [{ feature: 0, key: 'fileTooLarge', values: large }],
        report: { read: 0, accepted: 0, rejected: 0, transforms: [] },
      });
      return;
    }
    const context = liveContext();
    setReading(true);
    let result;
    try {
      // Read and checked in the worker: a large zone file would hold up the page.
      result = await analysisClient().importZoneFile(new Uint8Array(await file.arrayBuffer()), {
        fileName: file.name,
        today: context.today,
        defaultTier: defaultTier || undefined,
        jurisdiction: JURISDICTION_BBOX,
      });
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
      setFailure({
        file: file.name,
        problems: [{ feature: 0, key: 'importZonesWorkerFailed', values: { detail } }],
        report: { read: 0, accepted: 0, rejected: 0, transforms: [] },
      });
      return;
    } finally {
      setReading(false);
    }
    if (!result.ok) {
      setFailure({ file: file.name, problems: result.problems, report: result.report });
      return;
    }
    // The worker checked every zone: they are valid, and need not be checked again here.
    const zones = result.zones.map((zone) => ({ ...zone, id: context.newId() }));
    for (const zone of zones) rememberZoneIssues(zone.geometry, []);
    if (runCommand(importZones, { zones, fileName: file.name })) {
      usePlannerStore.getState().notify({
        kind: 'info',
        key: 'importedZones',
        values: { count: zones.length, file: file.name },
        tag: 'import',
      });
      // What was changed on the way in (decoding, repeated vertices, names cut) is said, not done silently.
      result.report.transforms
        .filter((transform) => transform.key !== 'transformNormalized')
        .forEach((transform, index) =>
          usePlannerStore.getState().notify({ kind: 'info', ...transform, tag: `import-zones-${index}` }),
        );
      setFailure(undefined);
      setFile(undefined);
      onClose();
    }
  };

  const describe = (problem: ZoneImportProblem) => {
    const message = translate(language, problem.key, problem.values);
    return problem.feature === 0
      ? t('importFileProblem', { message })
      : t('importProblem', { feature: problem.feature, message });
  };

  return (
    <ModalDialog open={open} title={t('importZonesTitle')} onClose={onClose} wide>
      <form onSubmit={submit}>
        <p className="muted small">{t('importZonesHelp')}</p>
        <label className="field">
          <span>{t('chooseFile')}</span>
          <input
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={(event) => setFile(event.target.files?.[0])}
          />
        </label>
        <label className="field">
          <span>{t('defaultTier')}</span>
          <TierSelect value={defaultTier} onChange={setDefaultTier} noneLabel={t('noDefaultTier')} />
        </label>
        {failure && (
          <div role="alert" className="import-problems">
            <p className="error-text">{t('importFailed', { file: failure.file, count: failure.problems.length })}</p>
            <p className="small">
              {t('importReport', {
                read: failure.report.read,
                accepted: failure.report.accepted,
                rejected: failure.report.rejected,
              })}
            </p>
            <ul>
              {failure.problems.slice(0, 200).map((problem, index) => (
                <li key={index}>{describe(problem)}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={!file || reading} aria-busy={reading}>
            {reading ? t('importZonesReading') : t('importButton')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
