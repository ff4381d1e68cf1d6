import { COORDINATE_SYSTEM } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { PointsInView } from './points-in-view';
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
 * deck.gl compares `data` by reference: one data object per cut, so a layer rebuilt after a move
 * that keeps the same cut does not upload its buffers again.
 */
const layerData = new WeakMap<
  PointsInView,
  { length: number; attributes: Record<string, { value: Float32Array; size: number }> }
>();

function dataOf(points: PointsInView) {
  let data = layerData.get(points);
  if (!data) {
    data = {
      length: points.length,
      attributes: { getPosition: { value: points.positions, size: 2 }, getRadius: { value: points.radii, size: 1 } },
    };
    layerData.set(points, data);
  }
  return data;
}

/**
 * The household buildings in view as a deck.gl layer fed straight from typed arrays (no
 * per-point objects), drawn under the case points.
 */
export function householdPointsLayer(points: PointsInView, visible: boolean) {
  return new ScatterplotLayer({
    id: 'household-points',
    beforeId: LAYER_IDS.cases,
    data: dataOf(points),
    visible,
    coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS,
    coordinateOrigin: [points.origin[0], points.origin[1], 0],
    // Hover-picking 300 000 points reads pixels back every frame; in software rendering that
    // froze the page while drawing zones. Nothing needs to hover buildings yet.
    pickable: false,
    radiusUnits: 'meters',
    radiusMinPixels: 1.5,
    getFillColor: [60, 84, 120, 170],
    stroked: false,
  });
}
