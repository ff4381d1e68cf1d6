import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import type { SaveStatus } from './use-plan-persistence';

/** The bottom bar: loading progress (with cancel and retry), zoom and pointer position. */
export function StatusBar({
  onCancelLoad,
  onRetryLoad,
  saveStatus,
}: {
  onCancelLoad: () => void;
  onRetryLoad: () => void;
  saveStatus?: SaveStatus;
}) {
  const t = useT();
  const load = usePlannerStore((state) => state.load);
  const view = usePlannerStore((state) => state.view);
  const pointer = usePlannerStore((state) => state.pointer);

  return (
    <footer className="status-bar" aria-label={t('statusBar')}>
      <div className="status-load" role="status">
        {load.status === 'loading' && (
          <>
            <progress
              max={1}
              value={load.fraction}
              aria-label={t('loadingFile', { file: t(`file_${load.file}`), percent: Math.round(load.fraction * 100) })}
            />
            <span>{t('loadingFile', { file: t(`file_${load.file}`), percent: Math.round(load.fraction * 100) })}</span>
            <button type="button" onClick={onCancelLoad}>
              {t('cancelLoad')}
            </button>
          </>
        )}
        {load.status === 'loaded' && <span data-testid="load-status">{t('loaded')}</span>}
        {load.status === 'cancelled' && <span>{t('loadCancelled')}</span>}
        {load.status === 'failed' && <span className="error-text">{t('loadFailed', { detail: load.detail })}</span>}
        {(load.status === 'cancelled' || load.status === 'failed') && (
          <button type="button" onClick={onRetryLoad}>
            {t('retry')}
          </button>
        )}
      </div>
      <div className="status-view">
        {saveStatus && (
          <span data-testid="save-status" className={saveStatus.kind === 'failed' ? 'error-text' : undefined}>
            {t(`saveStatus_${saveStatus.kind}`)}
          </span>
        )}
        {view && <span>{t('zoom', { zoom: view.zoom.toFixed(1) })}</span>}
        {pointer && <span>{t('pointer', { lng: pointer.lng.toFixed(5), lat: pointer.lat.toFixed(5) })}</span>}
      </div>
    </footer>
  );
}
