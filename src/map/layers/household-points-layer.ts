import { ScatterplotLayer } from '@deck.gl/layers';
import type { HouseholdPoints } from '../../workers/analysis-api';
import { LAYER_IDS } from '../styles/offline-style';

/** Zoom from which individual buildings are drawn; below it the density layer tells the story. */
export const HOUSEHOLD_POINTS_MIN_ZOOM = 13;

/** Radius in metres per building: grows with the square root of its households (1 → 4 m, 100 → 22 m). */
export function householdRadii(households: Uint32Array): Float32Array {
  const radii = new Float32Array(households.length);
  for (let i = 0; i < households.length; i++) radii[i] = 2 + 2 * Math.sqrt(households[i]);
  return radii;
}

/**
 * The household buildings as a deck.gl layer fed straight from typed arrays (no per-point
 * objects), drawn under the case points.
 */
export function householdPointsLayer(points: HouseholdPoints, radii: Float32Array, visible: boolean) {
  return new ScatterplotLayer({
    id: 'household-points',
    beforeId: LAYER_IDS.cases,
    data: {
      length: points.length,
      attributes: {
        getPosition: { value: points.positions, size: 2 },
        getRadius: { value: radii, size: 1 },
      },
    },
    visible,
    pickable: true,
    radiusUnits: 'meters',
    radiusMinPixels: 1.5,
    getFillColor: [60, 84, 120, 170],
    stroked: false,
  });
}
