import { COORDINATE_SYSTEM } from '@deck.gl/core';
import { IconLayer } from '@deck.gl/layers';
import type { PointsInView } from './points-in-view';
import { LAYER_IDS } from '../styles/offline-style';

/** Zoom from which individual buildings are drawn; below it the density layer tells the story. */
export const HOUSEHOLD_POINTS_MIN_ZOOM = 13;

/**
 * A building mark's side in metres: grows with the square root of its households, from a house
 * (1 household: 7.5 m) to a block of flats (100: 21 m), and no larger (24 m from 144 households),
 * so that marks a street apart do not run into each other.
 */
export function householdMarkSizes(households: Uint32Array): Float32Array {
  const sizes = new Float32Array(households.length);
  for (let i = 0; i < households.length; i++) sizes[i] = Math.min(24, 6 + 1.5 * Math.sqrt(households[i]));
  return sizes;
}

/** One white square, tinted by the layer: the building mark (made here, so no image is fetched). */
let squareAtlas: ImageData | undefined;
function square(): ImageData {
  squareAtlas ??= new ImageData(new Uint8ClampedArray(8 * 8 * 4).fill(255), 8, 8);
  return squareAtlas;
}
const ICON_MAPPING = { building: { x: 0, y: 0, width: 8, height: 8, mask: true } };

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
      attributes: { getPosition: { value: points.positions, size: 2 }, getSize: { value: points.sizes, size: 1 } },
    };
    layerData.set(points, data);
  }
  return data;
}

/**
 * The household buildings in view as small square marks lying flat on the map (building
 * footprints, not discs), a deck.gl layer fed straight from typed arrays (no per-point objects),
 * drawn under the case points.
 */
export function householdPointsLayer(points: PointsInView, visible: boolean) {
  return new IconLayer({
    id: 'household-points',
    beforeId: LAYER_IDS.cases,
    data: dataOf(points),
    visible,
    coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS,
    coordinateOrigin: [points.origin[0], points.origin[1], 0],
    // Hover-picking 300 000 points reads pixels back every frame; in software rendering that
    // froze the page while drawing zones. Nothing needs to hover buildings yet.
    pickable: false,
    // deck.gl makes a texture of any image it is given; its types name only URLs and textures.
    iconAtlas: square() as unknown as string,
    iconMapping: ICON_MAPPING,
    getIcon: () => 'building',
    billboard: false,
    sizeUnits: 'meters',
    sizeMinPixels: 2,
    getColor: [60, 84, 120, 190],
  });
}
