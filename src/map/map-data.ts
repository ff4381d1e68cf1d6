import type { FeatureCollection, MultiPoint, Position } from 'geojson';
import type { HouseholdDensity } from '../types/analysis-data';

/** A household count to two significant figures (exact below 100): closer than the heatmap can show. */
export function twoFigures(households: number): number {
  if (households < 100) return households;
  const step = 10 ** (Math.floor(Math.log10(households)) - 1);
  return Math.round(households / step) * step;
}

/**
 * Density cells for the heatmap layer, as one MultiPoint per household count (`twoFigures`), each
 * point a cell. maplibre walks what it is given, object by object, on the page to send it to its
 * worker: 16 000 cells as 16 000 Features took about 200 ms there on the test machines, a task
 * over the main thread's 100 ms (docs/architecture.md, Main thread); as a few hundred MultiPoints
 * they walk in a fraction of that, and the heatmap draws the same points with the same weights.
 */
export function densityToGeoJson(density: HouseholdDensity): FeatureCollection<MultiPoint, { households: number }> {
  const byCount = new Map<number, Position[]>();
  for (let i = 0; i < density.length; i++) {
    const households = twoFigures(density.households[i]);
    let points = byCount.get(households);
    if (!points) byCount.set(households, (points = []));
    points.push([density.lng[i], density.lat[i]]);
  }
  return {
    type: 'FeatureCollection',
    features: [...byCount].map(([households, coordinates]) => ({
      type: 'Feature',
      properties: { households },
      geometry: { type: 'MultiPoint', coordinates },
    })),
  };
}
