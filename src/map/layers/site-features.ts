import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { geodesicDestination } from '../../domain/geo/geodesic';
import type { Site } from '../../domain/sites/site';

/** The sites as points, each with its id (the feature id: selection is feature state), kind and name. */
export function siteFeatures(sites: readonly Site[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: sites.map((site) => ({
      type: 'Feature',
      id: site.id,
      properties: { id: site.id, kind: site.kind, name: site.name },
      geometry: { type: 'Point', coordinates: [site.lng, site.lat] },
    })),
  };
}

/** The ground within `meters` of a site (its walking catchment): a geodesic circle of 72 points. */
export function catchmentFeature(site: Site, meters: number): FeatureCollection {
  const ring = Array.from({ length: 73 }, (_, i) => geodesicDestination([site.lng, site.lat], (i % 72) * 5, meters));
  const circle: Feature<Polygon> = {
    type: 'Feature',
    properties: { id: site.id },
    geometry: { type: 'Polygon', coordinates: [ring.reverse()] },
  };
  return { type: 'FeatureCollection', features: [circle] };
}

/** The worker's uncovered cells ([west, south, east, north, residents] repeated) as squares with their residents. */
export function uncoveredFeatures(cells: readonly number[]): FeatureCollection {
  const features: Feature[] = [];
  for (let i = 0; i + 4 < cells.length; i += 5) {
    const [west, south, east, north, residents] = cells.slice(i, i + 5);
    features.push({
      type: 'Feature',
      properties: { residents },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
