import { useEffect } from 'react';
import { dayFromIsoDate } from '../../domain/time/day-number';
import { defaultProtocol } from '../../domain/cases/zone-clock';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useTimeStore } from '../../state/time-store';
import { analysisClient } from './analysis-client';

/**
 * Keeps the zone clocks current: after new figures (the case days per zone and tier come from
 * the same count) and whenever the date, the zones' declarations or the protocol change.
 */
export function useZoneClocks(): void {
  const figures = usePlannerStore((state) => state.figures);
  const asOfDay = useTimeStore((state) => state.asOfDay);
  const zones = usePlanStore((state) => state.history.present.zones);
  const protocol = usePlanStore((state) => state.history.present.settings.protocol);
  useEffect(() => {
    if (!figures || asOfDay === undefined) return;
    let current = true;
    const counted = new Set(figures.zones.map((zone) => zone.id));
    const declared = zones
      .filter((zone) => counted.has(zone.id))
      .map((zone) => ({ id: zone.id, tier: zone.tier, declaredDay: dayFromIsoDate(zone.declaredOn) ?? asOfDay }));
    void analysisClient()
      .clocks(declared, asOfDay, protocol ?? defaultProtocol())
      .then((clocks) => current && useTimeStore.getState().set({ clocks }));
    return () => {
      current = false;
    };
  }, [figures, asOfDay, zones, protocol]);
}
