import { usePlannerStore } from './store';

/** The kinds of work the page asks the analysis worker for, each with its own message. */
export type WorkerTask =
  'figures' | 'data' | 'clocks' | 'windowCases' | 'hexes' | 'clusters' | 'curve' | 'case' | 'checks';

/** The text of an error, whatever was thrown. */
export const errorDetail = (error: unknown): string =>
  error instanceof Error ? error.message || error.name : String(error ?? 'unknown error');

/**
 * Tells the user that a worker call failed: what failed and what still works, in both languages,
 * with Retry where the caller can try again. One notice per kind of work (a later failure of the
 * same kind replaces it); a success calls `workerRecovered` to take it away.
 */
export function reportWorkerFailure(task: WorkerTask, error: unknown, retry?: () => void): void {
  if (error instanceof Error && error.name === 'AbortError') return;
  usePlannerStore.getState().notify({
    kind: 'error',
    key: `workerFailed_${task}`,
    values: { detail: errorDetail(error) },
    tag: `worker-${task}`,
    ...(retry ? { retry } : {}),
  });
}

/** The work of that kind went through again: its failure notice goes. */
export function workerRecovered(task: WorkerTask): void {
  const { notices, dismissTag } = usePlannerStore.getState();
  if (notices.some((notice) => notice.tag === `worker-${task}`)) dismissTag(`worker-${task}`);
}
