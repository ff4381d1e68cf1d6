import { useEffect } from 'react';
import type { MapController } from '../../map/map-controller';
import { caseHexData } from '../../domain/hexes/hex-data';
import { translate } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { usePlanStore } from '../../state/plan-store';
import { caseWindow, resolutionForZoom, useTimeStore, type TimeState } from '../../state/time-store';
import { analysisClient } from './analysis-client';
import { Comlink } from '../../workers/clients';
import { LatestOnly } from '../shared/latest-only';
import { caseDetailsElement } from './case-details';

/** The resolution the hexagons are counted at: the user's choice, or the one for the zoom. */
export function hexResolution(time: Pick<TimeState, 'resolution'>, zoom: number | undefined): number {
  return time.resolution === 'auto' ? resolutionForZoom(zoom ?? 10) : time.resolution;
}

/**
 * Keeps the case layers equal to the time bar and the view: the epidemic curve after each data
 * change, the H3 counts of the window (the worker indexes once, then each window is one pass),
 * and supercluster's clusters for the view. Answers that arrive late are dropped. A click on a
 * cluster zooms in to where it splits; on a case, shows its fields (text only).
 */
export function useCaseLayers(controller: MapController | undefined): void {
  const dataVersion = usePlannerStore((state) => state.dataVersion);
  const kinds = useTimeStore((state) => state.kinds);
  useEffect(() => {
    if (dataVersion === 0) return;
    let current = true;
    void analysisClient()
      .caseCurve(kinds)
      .then((curve) => current && useTimeStore.getState().setCurve(curve));
    return () => {
      current = false;
    };
  }, [dataVersion, kinds]);

  const mapReady = usePlannerStore((state) => state.mapReady);
  useEffect(() => {
    if (!controller || !mapReady) return;
    // One request at a time each, the newest waiting: playback at 8 days a second over a million
    // cases must not queue work faster than the worker does it.
    const hexRequests = new LatestOnly();
    const clusterRequests = new LatestOnly();
    const update = () => {
      const time = useTimeStore.getState();
      const { view, dataVersion: version, language } = usePlannerStore.getState();
      const window = caseWindow(time);
      if (!window) return;
      const resolution = hexResolution(time, view?.zoom);
      // The first call after new data indexes the cases (a task with progress); later ones are one pass.
      const onProgress = () =>
        Comlink.proxy((fraction: number) =>
          useTimeStore.getState().set({ indexing: fraction < 1 ? fraction : undefined }),
        );
      hexRequests.ask(
        JSON.stringify([window, resolution, time.hexes, time.extruded, version, language]),
        () => analysisClient().caseCellCounts(`hexes-${version}`, resolution, window, onProgress()),
        (counts) => {
          if (!counts) return;
          const data = caseHexData(counts);
          useTimeStore.getState().set({ hexData: data, indexing: undefined });
          controller.setCaseHexes(data, {
            visible: time.hexes,
            extruded: time.extruded,
            tooltip: (hex) => translate(language, 'hexTooltip', { count: hex.count, resolution: counts.resolution }),
          });
        },
      );
      const bounds = controller.map.getBounds();
      const bbox: [number, number, number, number] = [
        bounds.getWest(),
        bounds.getSouth(),
        bounds.getEast(),
        bounds.getNorth(),
      ];
      const zoom = Math.floor(controller.map.getZoom());
      clusterRequests.ask(
        JSON.stringify([window, bbox, zoom, version]),
        () => analysisClient().caseClusters(window, bbox, zoom),
        (clusters) => clusters && controller.setCases(clusters),
      );
    };
    update();
    const unsubscribeTime = useTimeStore.subscribe(update);
    const unsubscribePlanner = usePlannerStore.subscribe(update);
    controller.map.on('moveend', update);
    controller.onCaseClick = (properties, at) => {
      const window = caseWindow(useTimeStore.getState());
      // While a zone is drawn or cut, clicks on the map belong to the drawing.
      if (!window || usePlanStore.getState().mode.kind !== 'select') return;
      if (properties.cluster === true) {
        void analysisClient()
          .clusterExpansionZoom(window, Number(properties.clusterId))
          .then(
            (zoom) =>
              zoom !== undefined && controller.map.easeTo({ center: [at.lng, at.lat], zoom: Math.min(zoom, 17) }),
          );
        return;
      }
      void analysisClient()
        .caseDetails(Number(properties.index))
        .then(
          (record) =>
            record && controller.showPopup(at, caseDetailsElement(record, usePlannerStore.getState().language)),
        );
    };
    return () => {
      hexRequests.close();
      clusterRequests.close();
      unsubscribeTime();
      unsubscribePlanner();
      controller.map.off('moveend', update);
      controller.onCaseClick = undefined;
    };
  }, [controller, mapReady]);
}
