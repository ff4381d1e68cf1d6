import { useEffect, useState } from 'react';
import { reportWorkerFailure, workerRecovered } from '../../state/worker-failures';
import { dayFromIsoDate } from '../../domain/time/day-number';
import { defaultProtocol } from '../../domain/cases/zone-clock';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useTimeStore } from '../../state/time-store';
import { analysisClient } from '../../workers/analysis-client';

/**
 * Keeps the zone clocks current: after new figures (the case days per zone and tier come from
 * the same count) and whenever the date, the zones' declarations or the protocol change.
 */
export function useZoneClocks(): void {
  const [attempt, setAttempt] = useState(0);
  const figures = usePlannerStore((state) => state.figures);
  const asOfDay = useTimeStore((state) => state.asOfDay);
  const zones = usePlanStore((state) => state.history.present.zones);
  const protocol = usePlanStore((state) => state.history.present.settings.protocol);
  useEffect(() => {
    if (!figures || asOfDay === undefined) return;
    let current = true;
    // The zones as that count saw them (its ids and tiers), with their declared dates as they are now.
    const declaredOn = new Map(zones.map((zone) => [zone.id, zone.declaredOn]));
    const declared = figures.zones
      .filter((zone) => declaredOn.has(zone.id))
      .map((zone) => ({
        id: zone.id,
        tier: zone.tier,
        declaredDay: dayFromIsoDate(declaredOn.get(zone.id)!) ?? asOfDay,
      }));
    analysisClient()
      .clocks(figures.countId, declared, asOfDay, protocol ?? defaultProtocol())
      .then(
        (clocks) => {
          if (!current) return;
          useTimeStore.getState().set({ clocks });
          workerRecovered('clocks');
        },
        (error: unknown) => current && reportWorkerFailure('clocks', error, () => setAttempt((n) => n + 1)),
      );
    return () => {
      current = false;
    };
  }, [figures, asOfDay, zones, protocol, attempt]);
}
