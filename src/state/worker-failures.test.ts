import { beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { usePlannerStore } from './store';
import { reportWorkerFailure, workerRecovered, type WorkerTask } from './worker-failures';

const TASKS: WorkerTask[] = ['figures', 'data', 'clocks', 'hexes', 'clusters', 'curve', 'case'];

describe('worker failures', () => {
  beforeEach(() => usePlannerStore.setState({ notices: [] }));

  it.each(TASKS)('a failed %s call is an error notice in both languages, with its detail and Retry', (task) => {
    let retried = 0;
    reportWorkerFailure(task, new Error('out of memory'), () => retried++);
    const [notice] = usePlannerStore.getState().notices;
    expect(notice).toMatchObject({ kind: 'error', key: `workerFailed_${task}`, values: { detail: 'out of memory' } });
    for (const language of ['en', 'zh-CN'] as const) {
      const text = translate(language, notice.key, notice.values);
      expect(text).toContain('out of memory');
      expect(text).not.toContain('{');
    }
    notice.retry?.();
    expect(retried).toBe(1);
    // A second failure of the same kind replaces the first; a success takes it away.
    reportWorkerFailure(task, 'again');
    expect(usePlannerStore.getState().notices).toHaveLength(1);
    workerRecovered(task);
    expect(usePlannerStore.getState().notices).toHaveLength(0);
  });

  it('says nothing of a cancelled task', () => {
    const aborted = new Error('stopped');
    aborted.name = 'AbortError';
    reportWorkerFailure('hexes', aborted);
    expect(usePlannerStore.getState().notices).toHaveLength(0);
  });
});
