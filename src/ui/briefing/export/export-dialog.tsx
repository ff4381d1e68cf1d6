import { useEffect, useRef, useState } from 'react';
import type { MapController } from '../../../map/map-controller';
import { CaptureCancelled, CaptureSizeError } from '../../../map/map-capture';
import { useBriefingStore } from '../../../state/briefing-store';
import { usePlanStore } from '../../../state/plan-store';
import { downloadBlob, megabytes } from '../../shared/files';
import { ModalDialog } from '../../shared/modal-dialog';
import { useT } from '../../shared/use-t';
import { exportSlidesPdf, exportViewPng, type ExportProgress, type ExportResult } from './export-run';

type Outcome =
  | { kind: 'done'; file: string; size: string; seconds: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; key: 'exportTooLarge' | 'exportFailed'; values: Record<string, string | number> };

/**
 * Export for the minutes (docs/architecture.md, Briefing exports): the view as a 1920 × 1080 or
 * 3840 × 2160 PNG, or all slides as a PDF, with progress and Cancel. A failure says why and saves nothing.
 */
export function ExportDialog({
  open,
  controller,
  onClose,
}: {
  open: boolean;
  controller?: MapController;
  onClose: () => void;
}) {
  const t = useT();
  const slides = usePlanStore((state) => state.history.present.slides.length);
  const sensitive = useBriefingStore((state) => state.active && state.sensitive);
  const [progress, setProgress] = useState<ExportProgress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const running = useRef<AbortController>(undefined);
  useEffect(() => {
    if (open) setOutcome(undefined);
  }, [open]);
  useEffect(() => () => running.current?.abort(), []);

  const run = async (make: (signal: AbortSignal, onProgress: (p: ExportProgress) => void) => Promise<ExportResult>) => {
    if (running.current) return;
    const abort = new AbortController();
    running.current = abort;
    setOutcome(undefined);
    setProgress({ stage: 'png', done: 0, total: 1 });
    try {
      const result = await make(abort.signal, setProgress);
      downloadBlob(result.fileName, result.blob);
      setOutcome({
        kind: 'done',
        file: result.fileName,
        size: megabytes(result.blob.size),
        seconds: (result.ms / 1000).toFixed(1),
      });
    } catch (error) {
      if (error instanceof CaptureCancelled) setOutcome({ kind: 'cancelled' });
      else if (error instanceof CaptureSizeError)
        setOutcome({
          kind: 'failed',
          key: 'exportTooLarge',
          values: { width: error.width, height: error.height, maxWidth: error.maxWidth, maxHeight: error.maxHeight },
        });
      else {
        console.warn('Export:', error);
        setOutcome({
          kind: 'failed',
          key: 'exportFailed',
          values: { detail: error instanceof Error ? error.message : String(error) },
        });
      }
    } finally {
      running.current = undefined;
      setProgress(undefined);
    }
  };

  const busy = progress !== undefined;
  const close = () => {
    running.current?.abort();
    onClose();
  };
  return (
    <ModalDialog open={open} title={t('exportTitle')} onClose={close} className="export-dialog">
      <p>{t('exportHelp')}</p>
      <p className={sensitive ? 'export-sensitive' : 'muted'} role="note">
        {t(sensitive ? 'exportSensitiveOn' : 'exportSensitiveOff')}
      </p>
      <div className="dialog-actions export-actions">
        <button
          type="button"
          disabled={busy || !controller}
          onClick={() =>
            controller && void run((signal, onProgress) => exportViewPng(controller, 1, signal, onProgress))
          }
        >
          {t('exportPngHd')}
        </button>
        <button
          type="button"
          disabled={busy || !controller}
          onClick={() =>
            controller && void run((signal, onProgress) => exportViewPng(controller, 2, signal, onProgress))
          }
        >
          {t('exportPng4k')}
        </button>
        <button
          type="button"
          disabled={busy || !controller || slides === 0}
          onClick={() =>
            controller && void run((signal, onProgress) => exportSlidesPdf(controller, signal, onProgress))
          }
        >
          {t('exportPdf')}
        </button>
      </div>
      <p className="muted small">{slides === 0 ? t('exportPdfNone') : t('exportPdfHelp')}</p>
      {progress && (
        <div className="export-progress" role="status">
          <progress value={progress.done} max={progress.total} />
          <span>
            {progress.stage === 'png'
              ? t('exportProgressPng')
              : progress.stage === 'slide'
                ? t('exportProgressSlide', { number: progress.done + 1, count: progress.total - 1 })
                : t('exportProgressPdf')}
          </span>
          <button type="button" onClick={() => running.current?.abort()}>
            {t('exportCancel')}
          </button>
        </div>
      )}
      {outcome && (
        <p
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
          className={outcome.kind === 'failed' ? 'error-text' : undefined}
          data-testid="export-outcome"
        >
          {outcome.kind === 'done'
            ? t('exportDone', { file: outcome.file, size: outcome.size, seconds: outcome.seconds })
            : outcome.kind === 'cancelled'
              ? t('exportCancelled')
              : t(outcome.key, outcome.values)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
    </ModalDialog>
  );
}
