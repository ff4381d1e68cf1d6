import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../domain/plan/plan';
import { parseProjectFile, serializePlan } from '../../io/project-file/project-file';
import { restoreVersion } from '../../state/commands/restore-version';
import { browserPlanStorage, SAVED_VERSIONS, type SavedVersion } from '../../state/persistence/plan-storage';
import { currentPlan, usePlanStore } from '../../state/plan-store';
import { runCommand } from '../../state/run-command';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { savedTime, storageAmount } from './storage-use';

type Listed =
  { status: 'loading' } | { status: 'failed'; detail: string } | { status: 'ready'; versions: SavedVersion[] };

/** The ring of the last autosaved versions, each restorable as one undoable step. */
export function SavedVersions({ onRestored }: { onRestored: () => void }) {
  const t = useT();
  const readOnly = usePlanStore((state) => state.readOnly);
  const language = usePlannerStore((state) => state.language);
  const [listed, setListed] = useState<Listed>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    browserPlanStorage()
      .versions()
      .then((versions) => live && setListed({ status: 'ready', versions }))
      .catch((error: unknown) => live && setListed({ status: 'failed', detail: String(error) }));
    return () => {
      live = false;
    };
  }, []);

  const restore = (plan: Plan, time: string) => {
    if (runCommand(restoreVersion, { plan, savedAt: time })) {
      usePlannerStore.getState().notify({ kind: 'info', key: 'versionRestored', values: { time }, tag: 'recovery' });
      onRestored();
    }
  };

  // Each version read once per listing, not on every render of the dialog.
  const rows = useMemo(
    () =>
      listed.status === 'ready'
        ? listed.versions.map((version) => ({
            version,
            time: savedTime(version.savedAt, language),
            result: parseProjectFile(version.text),
          }))
        : [],
    [listed, language],
  );
  const current = serializePlan(currentPlan());
  return (
    <section aria-labelledby="saved-versions-heading">
      <h3 id="saved-versions-heading">{t('savedVersionsHeading', { count: SAVED_VERSIONS })}</h3>
      {listed.status === 'loading' && <p className="muted small">{t('savedVersionsLoading')}</p>}
      {listed.status === 'failed' && (
        <p className="error-text">{t('savedVersionsFailed', { detail: listed.detail })}</p>
      )}
      {listed.status === 'ready' && listed.versions.length === 0 && (
        <p className="muted small">{t('savedVersionsNone')}</p>
      )}
      {listed.status === 'ready' && listed.versions.length > 0 && (
        <ol className="history-list saved-versions" data-testid="saved-versions">
          {rows.map(({ version, time, result }) => {
            return (
              <li key={version.id}>
                {result.ok ? (
                  <>
                    <span>
                      {t('savedVersionItem', {
                        time,
                        zones: result.plan.zones.length,
                        size: storageAmount(version.text.length * 2),
                      })}
                    </span>{' '}
                    {version.text === current ? (
                      <span className="muted small">{t('savedVersionCurrent')}</span>
                    ) : (
                      <button
                        type="button"
                        disabled={Boolean(readOnly)}
                        aria-label={t('restoreVersionLabel', { time })}
                        onClick={() => restore(result.plan, time)}
                      >
                        {t('restoreVersion')}
                      </button>
                    )}
                  </>
                ) : (
                  <span>{t('savedVersionUnreadable', { time, detail: result.problem.key })}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
