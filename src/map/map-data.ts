import type { FeatureCollection, Point } from 'geojson';
import type { HouseholdDensity } from '../types/analysis-data';

/** Density cells as GeoJSON points weighted by households, for the heatmap layer. */
export function densityToGeoJson(density: HouseholdDensity): FeatureCollection<Point, { households: number }> {
  const features = new Array(density.length);
  for (let i = 0; i < density.length; i++) {
    features[i] = {
      type: 'Feature',
      properties: { households: density.households[i] },
      geometry: { type: 'Point', coordinates: [density.lng[i], density.lat[i]] },
    };
  }
  return { type: 'FeatureCollection', features };
}
