import { useEffect, useState } from 'react';
import { reportWorkerFailure, workerRecovered } from '../../state/worker-failures';
import type { MapController } from '../../map/map-controller';
import { caseHexData } from '../../domain/hexes/hex-data';
import { translate } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { usePlanStore } from '../../state/plan-store';
import { useBriefingStore } from '../../state/briefing-store';
import { caseWindow, resolutionForZoom, useTimeStore, type TimeState } from '../../state/time-store';
import { analysisClient } from '../../workers/analysis-client';
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
  const [curveAttempt, setCurveAttempt] = useState(0);
  useEffect(() => {
    if (dataVersion === 0) return;
    let current = true;
    analysisClient()
      .caseCurve(kinds)
      .then(
        (curve) => {
          if (!current) return;
          useTimeStore.getState().setCurve(curve);
          workerRecovered('curve');
        },
        (error: unknown) => current && reportWorkerFailure('curve', error, () => setCurveAttempt((n) => n + 1)),
      );
    return () => {
      current = false;
    };
  }, [dataVersion, kinds, curveAttempt]);

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
          workerRecovered('hexes');
          if (!counts) return;
          const data = caseHexData(counts);
          useTimeStore.getState().set({ hexData: data, indexing: undefined });
          controller.setCaseHexes(data, {
            visible: time.hexes,
            extruded: time.extruded,
            tooltip: (hex) => translate(language, 'hexTooltip', { count: hex.count, resolution: counts.resolution }),
          });
        },
        (error) => {
          // No spinner left behind: the indexing bar goes, and Retry asks again.
          if (useTimeStore.getState().indexing !== undefined) useTimeStore.getState().set({ indexing: undefined });
          reportWorkerFailure('hexes', error, () => {
            hexRequests.forget();
            update();
          });
        },
      );
      const viewport = controller.viewport();
      const bbox = viewport.bbox;
      const zoom = Math.floor(viewport.zoom);
      clusterRequests.ask(
        JSON.stringify([window, bbox, zoom, version]),
        () => analysisClient().caseClusters(window, bbox, zoom),
        (clusters) => {
          workerRecovered('clusters');
          if (clusters) controller.setCases(clusters);
        },
        (error) =>
          reportWorkerFailure('clusters', error, () => {
            clusterRequests.forget();
            update();
          }),
      );
    };
    update();
    const unsubscribeTime = useTimeStore.subscribe(update);
    const unsubscribePlanner = usePlannerStore.subscribe(update);
    const stopMoves = controller.on('moveEnd', update);
    const stopCaseClicks = controller.on('caseClick', (properties, at) => {
      const window = caseWindow(useTimeStore.getState());
      // While a zone is drawn or cut, clicks on the map belong to the drawing.
      if (!window || usePlanStore.getState().mode.kind !== 'select') return;
      // On the wall, a case's details only while the sensitive layers are shown.
      const briefing = useBriefingStore.getState();
      if (briefing.active && !briefing.sensitive) return;
      if (properties.cluster === true) {
        void analysisClient()
          .clusterExpansionZoom(window, Number(properties.clusterId))
          .then(
            (zoom) => zoom !== undefined && controller.zoomTo(at, Math.min(zoom, 17)),
            (error: unknown) => reportWorkerFailure('clusters', error),
          );
        return;
      }
      void analysisClient()
        .caseDetails(Number(properties.index))
        .then(
          (record) => {
            workerRecovered('case');
            if (record) controller.showPopup(at, caseDetailsElement(record, usePlannerStore.getState().language));
          },
          (error: unknown) => reportWorkerFailure('case', error),
        );
    });
    return () => {
      hexRequests.close();
      clusterRequests.close();
      unsubscribeTime();
      unsubscribePlanner();
      stopMoves();
      stopCaseClicks();
    };
  }, [controller, mapReady]);
}
