import { useEffect, useRef, useState } from 'react';
import type { Polygon, Position } from 'geojson';
import type { MapController } from '../../map/map-controller';
import type { ZoneDraw, DrawIntent } from '../../map/draw/zone-draw';
import { zoneFeatures, zoneIssuePoints, zoneLabelPoints } from '../../map/layers/zone-features';
import { runCommand } from '../../state/run-command';
import { createZone } from '../../state/commands/create-zone';
import { deleteZone } from '../../state/commands/delete-zone';
import { deleteSite } from '../../state/commands/sites';
import { updateZoneGeometry } from '../../state/commands/update-zone-geometry';
import { cutHole, mergeZones, splitZone } from '../../state/commands/zone-operations';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { zoneIssues } from '../../state/zone-issues';
import { isSimplePolygon } from '../../domain/zones/zone-geometry';
import { useTimeStore } from '../../state/time-store';
import { isoDateFromDay } from '../../domain/time/day-number';
import { dueIn } from '../../domain/cases/zone-clock';
import type { Zone } from '../../domain/zones/zone';
import { translate } from '../../i18n/i18n';
import type { Tier } from '../../domain/zones/tier';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Wires the drawing controller to the plan: modes start and stop drawing, the selected zone is
 * put up for vertex editing, finished gestures become commands, and the keyboard works as the
 * toolbar does. Returns the radius of a circle being drawn, for the status line.
 */
export function useZoneDrawing(controller: MapController | undefined, mapReady: boolean): number | undefined {
  const draw = useRef<ZoneDraw | undefined>(undefined);
  const [radius, setRadius] = useState<number>();
  const plan = usePlanStore((state) => state.history.present);
  const selection = usePlanStore((state) => state.selection);
  const mode = usePlanStore((state) => state.mode);
  // Briefing mode locks editing as a read-only plan does.
  const readOnly = usePlanStore((state) => state.readOnly ?? (state.briefingLock ? 'briefing' : undefined));
  const language = usePlannerStore((state) => state.language);

  const clocks = useTimeStore((state) => state.clocks);

  // The zones' geometry goes to the map only when the zones change; selection is feature state,
  // and the labels (with the clocks, which change at every step of the time bar) are points apart.
  const zones = plan.zones;
  useEffect(() => {
    if (!controller || !mapReady) return;
    controller.setZones(zoneFeatures(zones, zoneIssues), zoneIssuePoints(zones, zoneIssues));
  }, [controller, mapReady, zones]);

  useEffect(() => {
    if (!controller || !mapReady) return;
    controller.selectZone(selection.kind === 'zone' ? selection.id : undefined);
  }, [controller, mapReady, selection, zones]);

  useEffect(() => {
    if (!controller || !mapReady) return;
    const tierLabel = (tier: Tier) => translate(language, `tier_${tier}`);
    const badgeOf = (zone: Zone) => {
      const clock = clocks?.zones[zone.id];
      if (!clock || !clocks) return undefined;
      const due = dueIn(clock, clocks.asOfDay) !== undefined;
      const text =
        due && clock.eligibleDay !== undefined
          ? translate(language, 'clockBadgeDue', { days: clock.caseFreeDays, date: isoDateFromDay(clock.eligibleDay) })
          : translate(language, 'clockBadge', { days: clock.caseFreeDays });
      return { text, due };
    };
    controller.setZoneLabels(zoneLabelPoints(zones, tierLabel, badgeOf));
  }, [controller, mapReady, zones, language, clocks]);

  // One drawing controller per map.
  useEffect(() => {
    if (!controller || !mapReady) return;
    // A click belongs to the tool that was active when the button went down: the click that
    // closes a drawing also reaches the map, and must not (de)select anything.
    let modeAtPress = usePlanStore.getState().mode.kind;
    const onPress = () => (modeAtPress = usePlanStore.getState().mode.kind);
    const zoneDraw = controller.createZoneDraw({
      onShapeDrawn: (intent: DrawIntent, geometry: Polygon) => {
        const store = usePlanStore.getState();
        if (intent.kind === 'zone') {
          const before = new Set(store.history.present.zones.map((zone) => zone.id));
          if (runCommand(createZone, { tier: intent.tier, geometry })) {
            const created = usePlanStore.getState().history.present.zones.find((zone) => !before.has(zone.id));
            store.setMode({ kind: 'select' });
            if (created) store.select({ kind: 'zone', id: created.id });
          }
        } else if (intent.kind === 'cutter' && store.mode.kind === 'cut') {
          runCommand(cutHole, { id: store.mode.zoneId, cutter: geometry });
          store.setMode({ kind: 'select' });
        }
      },
      onLineDrawn: (line: Position[]) => {
        const store = usePlanStore.getState();
        if (store.mode.kind === 'split') runCommand(splitZone, { id: store.mode.zoneId, line });
        store.setMode({ kind: 'select' });
      },
      onZoneEdited: (zoneId, geometry, how) => {
        runCommand(updateZoneGeometry, { id: zoneId, geometry, how });
      },
      onCircleRadius: setRadius,
    });
    draw.current = zoneDraw;
    const onClick = ({ zoneId: id, siteId }: { zoneId?: string; siteId?: string }) => {
      const store = usePlanStore.getState();
      if (store.mode.kind !== modeAtPress || (store.mode.kind !== 'select' && store.mode.kind !== 'merge')) return;
      // A click on a site selects the site (use-sites.ts), not the zone under it.
      if (siteId && store.mode.kind === 'select') return;
      if (store.mode.kind === 'merge') {
        if (id && id !== store.mode.zoneId) runCommand(mergeZones, { keepId: store.mode.zoneId, otherId: id });
        store.setMode({ kind: 'select' });
        return;
      }
      if (zoneDraw.editingZoneId && id === zoneDraw.editingZoneId) return;
      store.select(id ? { kind: 'zone', id } : { kind: 'none' });
    };
    const stopPress = controller.on('press', onPress);
    const stopClick = controller.on('click', onClick);
    return () => {
      stopPress();
      stopClick();
      zoneDraw.destroy();
      draw.current = undefined;
    };
  }, [controller, mapReady]);

  // Modes start drawing; the selected zone is put up for editing.
  const selectedZone = selection.kind === 'zone' ? plan.zones.find((zone) => zone.id === selection.id) : undefined;
  useEffect(() => {
    const zoneDraw = draw.current;
    if (!zoneDraw) return;
    const targets = (exceptId?: string) =>
      plan.zones.filter((zone) => zone.id !== exceptId).map((zone) => zone.geometry);
    if (readOnly) {
      zoneDraw.cancelDrawing();
      return;
    }
    if (mode.kind === 'draw') zoneDraw.startDrawing({ kind: 'zone', tier: mode.tier, shape: mode.shape }, targets());
    else if (mode.kind === 'cut') zoneDraw.startDrawing({ kind: 'cutter' }, targets(mode.zoneId));
    else if (mode.kind === 'split') zoneDraw.startDrawing({ kind: 'split-line' }, []);
    else if (mode.kind === 'merge') zoneDraw.cancelDrawing();
    // An invalid zone is edited like any other: its vertices are how the planner fixes it.
    else if (selectedZone && isSimplePolygon(selectedZone.geometry)) {
      zoneDraw.startEditing(
        selectedZone.id,
        selectedZone.geometry,
        targets(selectedZone.id),
        zoneIssues(selectedZone).length > 0,
      );
    } else {
      zoneDraw.stopEditing();
      zoneDraw.cancelDrawing();
    }
  }, [mode, selectedZone, plan, readOnly, controller, mapReady]);

  // The keyboard does what the toolbar does.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const store = usePlanStore.getState();
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.key === 'Escape') {
        if (store.mode.kind !== 'select') {
          store.setMode({ kind: 'select' });
          event.preventDefault();
        } else if (store.selection.kind !== 'none' && !isTyping(event.target)) store.select({ kind: 'none' });
        return;
      }
      if (isTyping(event.target)) return;
      if (ctrl && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        store.undo();
      } else if (ctrl && ((event.key.toLowerCase() === 'z' && event.shiftKey) || event.key.toLowerCase() === 'y')) {
        event.preventDefault();
        store.redo();
      } else if (event.key === 'Backspace' && draw.current?.isDrawing) {
        event.preventDefault();
        draw.current.removeLastVertex();
      } else if (event.key === 'Delete' && store.mode.kind === 'select' && store.selection.kind === 'zone') {
        event.preventDefault();
        runCommand(deleteZone, { id: store.selection.id });
      } else if (event.key === 'Delete' && store.mode.kind === 'select' && store.selection.kind === 'site') {
        event.preventDefault();
        runCommand(deleteSite, { id: store.selection.id });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return radius;
}
