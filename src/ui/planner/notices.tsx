import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';

/** Messages that stay until dismissed; errors are announced at once. A read-only tab says so here. */
export function Notices({
  onDownloadPlan,
  onSavedVersions,
}: {
  onDownloadPlan: () => void;
  onSavedVersions: () => void;
}) {
  const t = useT();
  const notices = usePlannerStore((state) => state.notices);
  const dismiss = usePlannerStore((state) => state.dismiss);
  const readOnly = usePlanStore((state) => state.readOnly);
  return (
    <div className="notices">
      {readOnly && readOnly !== 'loading' && (
        <div className="notice readonly" role="status" data-testid="read-only-banner">
          <span>{t(`readOnly_${readOnly}`)}</span>
        </div>
      )}
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{t(notice.key, notice.values)}</span>
          <span className="notice-actions">
            {notice.retry && (
              <button
                type="button"
                onClick={() => {
                  dismiss(notice.id);
                  notice.retry?.();
                }}
              >
                {t('retry')}
              </button>
            )}
            {notice.action === 'downloadPlan' && (
              <button type="button" onClick={onDownloadPlan}>
                {t('downloadPlan')}
              </button>
            )}
            {notice.action === 'savedVersions' && (
              <button type="button" onClick={onSavedVersions}>
                {t('savedVersions')}
              </button>
            )}
            <button type="button" onClick={() => dismiss(notice.id)}>
              {t('dismiss')}
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
