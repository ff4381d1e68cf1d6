import { metersPerDegreeAt } from '../geo/ellipsoid';
import { geodesicMeters } from '../geo/geodesic';
import type { GridIndex } from '../households/grid-index';

/**
 * Which household records lie within a walking distance of a site, measured geodesically on
 * WGS-84, a point exactly at the distance included (docs/architecture.md, Sites). Only the grid
 * cells around the site are visited: a cell wholly inside the circle is taken whole, a cell wholly
 * outside is passed by, and only the records of the cells the circle's edge crosses are measured.
 * Records are named by their position k in the grid's order.
 */
export function forEachRecordInReach(
  index: GridIndex,
  site: { lng: number; lat: number },
  walkingMeters: number,
  visit: (k: number, cell: number) => void,
): void {
  if (index.order.length === 0 || !(walkingMeters >= 0)) return;
  const scale = metersPerDegreeAt(site.lat);
  // The planar measure at the site is within 1e-4 of the geodesic one at city distances: the
  // margin keeps every cell it settles on the right side, the rest are measured.
  const margin = 1 + walkingMeters * 1e-3;
  const reachLng = (walkingMeters + margin) / scale.lng;
  const reachLat = (walkingMeters + margin) / scale.lat;
  const c0 = index.column(site.lng - reachLng);
  const c1 = index.column(site.lng + reachLng);
  const r0 = index.row(site.lat - reachLat);
  const r1 = index.row(site.lat + reachLat);
  const from: [number, number] = [site.lng, site.lat];
  const to: [number, number] = [0, 0];
  for (let r = r0; r <= r1; r++) {
    const south = index.south + r * index.cellLat;
    const north = south + index.cellLat;
    const nearLat = Math.max(south - site.lat, 0, site.lat - north) * scale.lat;
    const farLat = Math.max(Math.abs(site.lat - south), Math.abs(site.lat - north)) * scale.lat;
    for (let c = c0; c <= c1; c++) {
      const cell = r * index.columns + c;
      const start = index.start[cell];
      const end = index.start[cell + 1];
      if (start === end) continue;
      const west = index.west + c * index.cellLng;
      const east = west + index.cellLng;
      const nearLng = Math.max(west - site.lng, 0, site.lng - east) * scale.lng;
      if (Math.hypot(nearLng, nearLat) > walkingMeters + margin) continue;
      const farLng = Math.max(Math.abs(site.lng - west), Math.abs(site.lng - east)) * scale.lng;
      if (Math.hypot(farLng, farLat) < walkingMeters - margin) {
        for (let k = start; k < end; k++) visit(k, cell);
        continue;
      }
      for (let k = start; k < end; k++) {
        to[0] = index.orderedLng[k];
        to[1] = index.orderedLat[k];
        if (geodesicMeters(from, to) <= walkingMeters) visit(k, cell);
      }
    }
  }
}
