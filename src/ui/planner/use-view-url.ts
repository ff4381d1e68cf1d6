import { useEffect, useRef } from 'react';
import type { MapController } from '../../map/map-controller';
import { dayFromIsoDate, isoDateFromDay } from '../../domain/time/day-number';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useTimeStore } from '../../state/time-store';
import { formatUrlView, parseUrlView } from '../../state/view-url';

const WRITE_DELAY_MS = 250;

/**
 * Keeps the planner's view in the URL (the map's camera, the time bar's date and window, the
 * selected zone) and brings it back from there after a reload or from a shared link. The hash is
 * replaced, not pushed: Back leaves the planner as it always did.
 */
export function useViewUrl(controller: MapController | undefined, mapReady: boolean): void {
  const initial = useRef(parseUrlView(window.location.hash));
  const restored = useRef({ map: false, zone: false });
  const loading = usePlanStore((state) => state.readOnly === 'loading');

  // The date and window first: the time bar keeps a date the data's curve holds.
  useEffect(() => {
    const { date, window: mode, from } = initial.current;
    const day = date ? dayFromIsoDate(date) : undefined;
    const fromDay = from ? dayFromIsoDate(from) : undefined;
    useTimeStore.getState().set({
      ...(day !== undefined ? { asOfDay: day } : {}),
      ...(mode ? { mode } : {}),
      ...(fromDay !== undefined ? { customFromDay: fromDay } : {}),
    });
  }, []);

  useEffect(() => {
    if (!controller || !mapReady || restored.current.map) return;
    restored.current.map = true;
    const { map } = initial.current;
    if (map) controller.jumpTo({ lng: map.lng, lat: map.lat }, map.zoom);
  }, [controller, mapReady]);

  useEffect(() => {
    if (loading || restored.current.zone) return;
    restored.current.zone = true;
    const id = initial.current.zone;
    const plan = usePlanStore.getState();
    if (id && plan.history.present.zones.some((zone) => zone.id === id)) plan.select({ kind: 'zone', id });
  }, [loading]);

  // Writing: once what the URL asked for is in place, every change of view replaces the hash.
  useEffect(() => {
    if (loading || !mapReady) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const view = usePlannerStore.getState().view;
        const time = useTimeStore.getState();
        const selection = usePlanStore.getState().selection;
        const hash = formatUrlView({
          ...(view ? { map: view } : {}),
          ...(time.asOfDay !== undefined && time.curve ? { date: isoDateFromDay(time.asOfDay) } : {}),
          window: time.mode,
          ...(time.customFromDay !== undefined ? { from: isoDateFromDay(time.customFromDay) } : {}),
          ...(selection.kind === 'zone' ? { zone: selection.id } : {}),
        });
        if (hash !== window.location.hash)
          window.history.replaceState(
            window.history.state,
            '',
            `${window.location.pathname}${window.location.search}${hash}`,
          );
      }, WRITE_DELAY_MS);
    };
    const stops = [
      usePlannerStore.subscribe((state, before) => state.view !== before.view && write()),
      useTimeStore.subscribe(
        (state, before) =>
          (state.asOfDay !== before.asOfDay ||
            state.mode !== before.mode ||
            state.customFromDay !== before.customFromDay ||
            state.curve !== before.curve) &&
          write(),
      ),
      usePlanStore.subscribe((state, before) => state.selection !== before.selection && write()),
    ];
    write();
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [loading, mapReady]);
}
