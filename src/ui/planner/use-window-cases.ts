import { useEffect, useState } from 'react';
import { reportWorkerFailure, workerRecovered } from '../../state/worker-failures';
import { usePlannerStore } from '../../state/store';
import { caseWindow, useTimeStore } from '../../state/time-store';
import { analysisClient } from '../../workers/analysis-client';

/**
 * Keeps the figures' case column on the time bar's window: after new figures (the cases inside
 * each tier and zone come from that count) and whenever the date, the window or the filters change.
 * No point is tested again: the worker filters the cases the count found.
 */
export function useWindowCases(): void {
  const [attempt, setAttempt] = useState(0);
  const figures = usePlannerStore((state) => state.figures);
  const curve = useTimeStore((state) => state.curve);
  const asOfDay = useTimeStore((state) => state.asOfDay);
  const mode = useTimeStore((state) => state.mode);
  const customFromDay = useTimeStore((state) => state.customFromDay);
  const foundIn = useTimeStore((state) => state.foundIn);
  const kinds = useTimeStore((state) => state.kinds);
  useEffect(() => {
    const window = caseWindow({ curve, asOfDay, mode, customFromDay, foundIn, kinds });
    if (!figures || !window) {
      useTimeStore.getState().set({ windowCases: undefined });
      return;
    }
    let current = true;
    analysisClient()
      .windowCases(figures.countId, window)
      .then(
        (counts) => {
          if (!current) return;
          useTimeStore.getState().set({ windowCases: counts });
          workerRecovered('windowCases');
        },
        (error: unknown) => current && reportWorkerFailure('windowCases', error, () => setAttempt((n) => n + 1)),
      );
    return () => {
      current = false;
    };
  }, [figures, curve, asOfDay, mode, customFromDay, foundIn, kinds, attempt]);
}
