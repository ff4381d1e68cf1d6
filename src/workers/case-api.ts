import type { FeatureCollection, Point } from 'geojson';
import { CaseCells, type CaseWindow, type CellCounts } from '../domain/cases/case-cells';
import { caseAt, type CaseStore } from '../domain/cases/case-store';
import type { CaseRecord } from '../domain/cases/case-record';
import { epiCurve, type EpiCurve } from '../domain/cases/epi-curve';
import { planClocks, type PlanClocks, type Protocol } from '../domain/cases/zone-clock';
import { caseDaysOf, type CountedCases } from '../domain/figures/plan-figures';
import type { AreaGeometry, Meters } from '../domain/geo/types';
import type { Tier } from '../domain/zones/tier';
import type { PolygonEngine } from '../domain/zones/polygon-engine';
import { sealAround } from '../domain/zones/seal-around';
import { yieldNow } from '../io/import/yield-now';
import { CaseClusters, type CaseMapProperties } from './case-clusters';
import { countInWindow, forEachCaseInWindow, type WindowCaseCounts } from '../domain/cases/case-window';

/** A proposed sealed area around the cases of a window, and how many cases it was drawn around. */
export interface SealProposal {
  cases: number;
  geometry?: AreaGeometry;
}

/**
 * What the analysis worker answers about the active cases over space and time: H3 counts per
 * window, clusters, the epidemic curve, each zone's clock and the "seal around cases" proposal.
 * Indexes and clusters are kept until the active data changes (`reset`).
 */
export function createCaseApi(
  activeCases: () => CaseStore | undefined,
  runTask: <T>(taskId: string, work: (signal: AbortSignal) => Promise<T>) => Promise<T>,
  environment: {
    loadEngine: () => Promise<PolygonEngine>;
    countedCases: (countId: number) => CountedCases | undefined;
  },
) {
  let cells: Promise<CaseCells> | undefined;
  let clusters: { key: string; value: CaseClusters } | undefined;
  const clustersFor = (store: CaseStore, window: CaseWindow) => {
    const key = JSON.stringify(window);
    if (clusters?.key !== key) clusters = { key, value: new CaseClusters(store, window) };
    return clusters.value;
  };

  return {
    /** Forgets what was worked out for the cases that were active before. */
    reset(): void {
      cells = undefined;
      clusters = undefined;
    },

    /**
     * Cases per H3 cell (resolution 6–10) for a window of report days and filters. The cases are
     * indexed once, on the first call after an activation (a task: progress 0–1 and cancel); every
     * later call is one pass over the cases, without h3.
     */
    async caseCellCounts(
      taskId: string,
      resolution: number,
      window: CaseWindow,
      onProgress?: (fraction: number) => void,
    ): Promise<CellCounts | undefined> {
      const store = activeCases();
      if (!store) return undefined;
      const building = (cells ??= runTask(taskId, (signal) =>
        CaseCells.build(store, { signal, onProgress, pause: yieldNow }),
      ));
      try {
        return (await building).countsIn(store, resolution, window);
      } catch (error) {
        // A cancelled or failed indexing is not kept: the next call starts again.
        if (cells === building) cells = undefined;
        throw error;
      }
    },

    /** The window's cases in a box at a zoom: clusters, or single cases from zoom 15 on (supercluster, kept per window). */
    caseClusters(
      window: CaseWindow,
      bbox: [number, number, number, number],
      zoom: number,
    ): FeatureCollection<Point, CaseMapProperties> | undefined {
      const store = activeCases();
      return store ? clustersFor(store, window).inView(bbox, zoom) : undefined;
    },

    /** The zoom at which a cluster of the window splits. */
    clusterExpansionZoom(window: CaseWindow, clusterId: number): number | undefined {
      const store = activeCases();
      return store ? clustersFor(store, window).expansionZoom(clusterId) : undefined;
    },

    /** One case's fields, for the planner's popup (internal: never for the public map). */
    caseDetails(index: number): CaseRecord | undefined {
      const store = activeCases();
      return store && index >= 0 && index < store.length ? caseAt(store, index) : undefined;
    },

    /** A case's fields by its id, if it is among the active cases (internal, as caseDetails). */
    caseById(id: string): CaseRecord | undefined {
      const store = activeCases();
      const index = store ? store.ids.indexOf(id) : -1;
      return store && index >= 0 ? caseAt(store, index) : undefined;
    },

    /** Daily new cases by where they were found, for the kinds taken. */
    caseCurve(kinds?: number[]): EpiCurve | undefined {
      const store = activeCases();
      return store ? epiCurve(store, kinds) : undefined;
    },

    /** Each zone's and each tier's clock as of a day, from the cases inside them as counted by the figures `countId`. */
    clocks(
      countId: number,
      zones: { id: string; tier: Tier; declaredDay: number }[],
      asOfDay: number,
      protocol: Protocol,
    ): PlanClocks | undefined {
      // The case days of that count, not of whichever count ran last: undefined once it is forgotten.
      const counted = environment.countedCases(countId);
      return counted ? planClocks(caseDaysOf(counted), zones, asOfDay, protocol) : undefined;
    },

    /**
     * The cases of a window (and its filters) inside each tier and zone, as counted by the figures
     * `countId`: what the figures' case column shows, following the time bar.
     */
    windowCases(countId: number, window: CaseWindow): WindowCaseCounts | undefined {
      const counted = environment.countedCases(countId);
      if (!counted) return undefined;
      const count = (indexes: readonly number[]) => countInWindow(counted.cases, indexes, window);
      return {
        countId,
        window,
        tiers: {
          sealed: count(counted.tiers.sealed),
          controlled: count(counted.tiers.controlled),
          precaution: count(counted.tiers.precaution),
        },
        zones: Object.fromEntries([...counted.zones].map(([id, indexes]) => [id, count(indexes)])),
      };
    },

    /** A sealed area proposed around the cases of a window (its filters say which places found are taken). */
    async sealAround(window: CaseWindow, radius: Meters): Promise<SealProposal> {
      const store = activeCases();
      if (!store) return { cases: 0 };
      const points: { lng: number; lat: number }[] = [];
      forEachCaseInWindow(store, window, (i) => points.push({ lng: store.lng[i], lat: store.lat[i] }));
      return { cases: points.length, geometry: sealAround(await environment.loadEngine(), points, radius) };
    },
  };
}
