import type { FeatureCollection, Point } from 'geojson';
import type { CaseRecord } from '../domain/cases/case-record';
import type { HouseholdDensity } from '../workers/analysis-api';

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

/** Cases as GeoJSON points carrying only what the map styles and the planner's popup need. */
export function casesToGeoJson(cases: readonly CaseRecord[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: cases.map((c) => ({
      type: 'Feature',
      properties: { id: c.id, reportedOn: c.reportedOn, kind: c.kind, foundIn: c.foundIn },
      geometry: { type: 'Point', coordinates: [c.lng, c.lat] },
    })),
  };
}
