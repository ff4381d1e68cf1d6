import { useMemo } from 'react';
import { keyFigures, type KeyFigures } from '../../domain/briefing/key-figures';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useTimeStore } from '../../state/time-store';

/** The briefing's key figures as of the time bar's date, from what the planner has counted; none before the cases are in. */
export function useKeyFigures(): KeyFigures | undefined {
  const curve = useTimeStore((state) => state.curve);
  const asOfDay = useTimeStore((state) => state.asOfDay);
  const clocks = useTimeStore((state) => state.clocks);
  const figures = usePlannerStore((state) => state.figures);
  const zones = usePlanStore((state) => state.history.present.zones);
  return useMemo(
    () => (asOfDay === undefined ? undefined : keyFigures({ curve, asOfDay, tiers: figures?.tiers, zones, clocks })),
    [curve, asOfDay, figures, zones, clocks],
  );
}

/** The same figures read once, outside React (an export reads them after each slide has settled). */
export function currentKeyFigures(): KeyFigures | undefined {
  const { curve, asOfDay, clocks } = useTimeStore.getState();
  const figures = usePlannerStore.getState().figures;
  const zones = usePlanStore.getState().history.present.zones;
  return asOfDay === undefined ? undefined : keyFigures({ curve, asOfDay, tiers: figures?.tiers, zones, clocks });
}
