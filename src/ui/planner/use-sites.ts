import { useEffect } from 'react';
import type { MapController } from '../../map/map-controller';
import { catchmentFeature, siteFeatures, uncoveredFeatures } from '../../map/layers/site-features';
import { addSite, moveSite } from '../../state/commands/sites';
import { usePlanStore } from '../../state/plan-store';
import { runCommand } from '../../state/run-command';
import { usePlannerStore } from '../../state/store';

const NOTHING: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Wires the plan's sites to the map (docs/architecture.md, Sites): their symbols, the selected
 * one's highlight and walking catchment, the cells no testing site reaches; a click with a site
 * tool places one (snapped to a zone's vertex or edge within 10 px), a click on a site selects it,
 * and a drag moves it, each as one undoable step.
 */
export function useSites(controller: MapController | undefined, mapReady: boolean): void {
  const sites = usePlanStore((state) => state.history.present.sites);
  const zones = usePlanStore((state) => state.history.present.zones);
  const walkingMeters = usePlanStore((state) => state.history.present.settings.coverage.walkingMeters);
  const selection = usePlanStore((state) => state.selection);
  const editable = usePlanStore((state) => !state.readOnly && !state.briefingLock);
  const uncovered = usePlannerStore((state) => state.figures?.sites?.uncoveredCells);

  useEffect(() => {
    if (controller && mapReady) controller.sites.setSites(siteFeatures(sites));
  }, [controller, mapReady, sites]);

  useEffect(() => {
    if (!controller || !mapReady) return;
    const selected = selection.kind === 'site' ? sites.find((site) => site.id === selection.id) : undefined;
    controller.sites.selectSite(selected?.id);
    controller.sites.setCatchment(selected?.kind === 'testing' ? catchmentFeature(selected, walkingMeters) : NOTHING);
  }, [controller, mapReady, selection, sites, walkingMeters]);

  useEffect(() => {
    if (controller && mapReady) controller.sites.setUncovered(uncovered ? uncoveredFeatures(uncovered) : NOTHING);
  }, [controller, mapReady, uncovered]);

  useEffect(() => {
    if (!controller || !mapReady) return;
    controller.sites.setEditable(editable);
    controller.sites.setSnapTargets(zones.map((zone) => zone.geometry));
  }, [controller, mapReady, editable, zones]);

  useEffect(() => {
    if (!controller || !mapReady) return;
    // A click belongs to the tool that was active when the button went down (as for zones).
    let modeAtPress = usePlanStore.getState().mode.kind;
    const stopPress = controller.on('press', () => (modeAtPress = usePlanStore.getState().mode.kind));
    const stopClick = controller.on('click', ({ siteId, at, point }) => {
      const store = usePlanStore.getState();
      if (store.mode.kind !== modeAtPress) return;
      if (store.mode.kind === 'place') {
        const [lng, lat] = controller.sites.snapped(point, [at.lng, at.lat]);
        const before = new Set(store.history.present.sites.map((site) => site.id));
        if (runCommand(addSite, { kind: store.mode.site, lng, lat })) {
          const placed = usePlanStore.getState().history.present.sites.find((site) => !before.has(site.id));
          store.setMode({ kind: 'select' });
          if (placed) store.select({ kind: 'site', id: placed.id });
        }
        return;
      }
      if (store.mode.kind === 'select' && siteId) store.select({ kind: 'site', id: siteId });
    });
    const stopMoved = controller.on('siteMoved', (id, at) => {
      runCommand(moveSite, { id, lng: at.lng, lat: at.lat });
      usePlanStore.getState().select({ kind: 'site', id });
    });
    return () => {
      stopPress();
      stopClick();
      stopMoved();
    };
  }, [controller, mapReady]);
}
