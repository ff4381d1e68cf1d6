import { translateNote } from '../../i18n/i18n';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';
import { SavedVersions } from './saved-versions';
import { StorageUseSection } from './storage-use-section';

/**
 * The undo and redo steps, the plan's own change log, the autosaved versions and the storage they
 * use. The contents exist only while the dialog is open: they are read afresh each time it opens
 * (the saved versions, the storage estimate), and a closed dialog costs an edit nothing (the log's
 * dates, hundreds of them in a long session, were formatted again on every edit).
 */
export function HistoryDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <ModalDialog open={open} title={t('historyTitle')} onClose={onClose} wide>
      {open && <HistoryContents onClose={onClose} />}
    </ModalDialog>
  );
}

function HistoryContents({ onClose }: { onClose: () => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const history = usePlanStore((state) => state.history);
  const log = history.present.history;
  const list = (items: string[]) =>
    items.length === 0 ? (
      <p className="muted small">{t('nothingYet')}</p>
    ) : (
      <ol className="history-list">
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ol>
    );
  return (
    <>
      <h3>{t('undoSteps')}</h3>
      {list([...history.past].reverse().map((step) => translateNote(language, step.note)))}
      <h3>{t('redoSteps')}</h3>
      {list(history.future.map((step) => translateNote(language, step.note)))}
      <h3>{t('planLog')}</h3>
      {list(
        [...log]
          .reverse()
          .map(
            (entry) =>
              `${new Date(entry.at).toLocaleString(language, { timeZone: 'Asia/Shanghai' })} · ${translateNote(language, entry.note)}`,
          ),
      )}
      <SavedVersions onRestored={onClose} />
      <StorageUseSection />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </>
  );
}
