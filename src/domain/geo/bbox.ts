import type { AreaGeometry, BBox } from './types';

/** The bounding box of an area's outer rings, in degrees. */
export function areaBBox(area: AreaGeometry): BBox {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const [lng, lat] of polygon[0]) {
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return [west, south, east, north];
}

/** Whether a box contains a point (edges included). */
export function bboxContains(box: BBox, lng: number, lat: number): boolean {
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}

/** A box grown by `marginDegrees` on every side. */
export function growBBox(box: BBox, marginDegrees: number): BBox {
  return [box[0] - marginDegrees, box[1] - marginDegrees, box[2] + marginDegrees, box[3] + marginDegrees];
}
