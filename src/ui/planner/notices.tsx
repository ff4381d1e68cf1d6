import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';

/** Messages that stay until dismissed; errors are announced to screen readers at once. */
export function Notices() {
  const t = useT();
  const notices = usePlannerStore((state) => state.notices);
  const dismiss = usePlannerStore((state) => state.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{t(notice.key, notice.values)}</span>
          <button type="button" onClick={() => dismiss(notice.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
