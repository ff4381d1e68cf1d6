import Supercluster from 'supercluster';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { forEachCaseInWindow, type CaseWindow } from '../domain/cases/case-window';
import type { CaseStore } from '../domain/cases/case-store';
import { CASE_KINDS, FOUND_IN } from '../domain/cases/case-record';

/** From this zoom on, every case is its own point. */
export const CLUSTER_MAX_ZOOM = 14;

/** What a clustered or single case on the map carries: no personal data, only what is drawn. */
export type CaseMapProperties =
  | { cluster: true; count: number; clusterId: number }
  | { cluster: false; index: number; foundIn: string; kind: string };

/**
 * The cases of a window clustered with supercluster, in the worker: clusters at low zoom,
 * single cases from CLUSTER_MAX_ZOOM + 1 on. Each point carries its place in the store, so a
 * click can ask for the case's fields.
 */
export class CaseClusters {
  private readonly index: Supercluster<{ index: number }, Record<string, never>>;

  constructor(
    private readonly store: CaseStore,
    window: CaseWindow,
  ) {
    const points: Feature<Point, { index: number }>[] = [];
    forEachCaseInWindow(store, window, (i) =>
      points.push({
        type: 'Feature',
        properties: { index: i },
        geometry: { type: 'Point', coordinates: [store.lng[i], store.lat[i]] },
      }),
    );
    this.index = new Supercluster<{ index: number }, Record<string, never>>({
      radius: 50,
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 3,
    });
    this.index.load(points);
  }

  /** Clusters and single cases in a box at a zoom, as GeoJSON to draw. */
  inView(bbox: [number, number, number, number], zoom: number): FeatureCollection<Point, CaseMapProperties> {
    const features = this.index
      .getClusters(bbox, Math.floor(zoom))
      .map((feature): Feature<Point, CaseMapProperties> => {
        const properties = feature.properties as {
          cluster?: boolean;
          point_count?: number;
          cluster_id?: number;
          index?: number;
        };
        if (properties.cluster) {
          return {
            type: 'Feature',
            geometry: feature.geometry,
            properties: { cluster: true, count: properties.point_count ?? 0, clusterId: properties.cluster_id ?? -1 },
          };
        }
        const i = properties.index ?? 0;
        return {
          type: 'Feature',
          geometry: feature.geometry,
          properties: {
            cluster: false,
            index: i,
            foundIn: FOUND_IN[this.store.foundIn[i]],
            kind: CASE_KINDS[this.store.kind[i]],
          },
        };
      });
    return { type: 'FeatureCollection', features };
  }

  /** The zoom at which a cluster splits, to zoom in on a click. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }
}
