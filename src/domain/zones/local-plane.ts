import type { Position } from 'geojson';
import type { AreaGeometry } from '../geo/types';
import { areaBBox } from '../geo/bbox';
import { isometricLatitude, latitudeOfIsometric, primeVerticalRadius } from '../geo/ellipsoid';
import { GRID_PER_METER, type Ring } from './polygon-engine';
import { areaFromPolygons, polygonsOf } from './zone-geometry';

/**
 * The positions of the vertices a result may share with its inputs, by their place in the plane
 * rounded as Clipper2 rounds it (to 1/128 m). A vertex an operation left where it was is given
 * back exactly as it came in, so a tier made of one zone is that zone to the last digit.
 */
export type VertexSnap = Map<number, Position>;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const DEGREES_PER_RADIAN = 180 / Math.PI;

/** 2^25 grid steps (262 km at 1/128 m) each way from the origin: one number (below 2^52) holds both. */
const SNAP_SPAN = 2 ** 25;
const snapKey = (x: number, y: number) =>
  (Math.round(x * GRID_PER_METER) + SNAP_SPAN) * 2 * SNAP_SPAN + Math.round(y * GRID_PER_METER) + SNAP_SPAN;

/**
 * A local plane around a longitude and latitude, in metres: Mercator on the WGS-84 ellipsoid with
 * its true scale at the origin's latitude. It is conformal, so a circle drawn in it is a circle on
 * the ground however far from the origin; its scale drifts with latitude (0.3 % at 0.3° from the
 * origin at 30° N), which `scaleAt` gives, so an offset of d metres is d · scaleAt(lat) in the plane.
 */
export class LocalPlane {
  /** Metres per radian of longitude at the origin's latitude: the plane's unit scale. */
  private readonly k0: number;
  private readonly psi0: number;

  constructor(
    private readonly lng0: number,
    lat0: number,
  ) {
    this.k0 = primeVerticalRadius(lat0) * Math.cos(toRadians(lat0));
    this.psi0 = isometricLatitude(lat0);
  }

  /** A plane centred on the middle of the given areas' extents. */
  static around(areas: readonly AreaGeometry[]): LocalPlane {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [w, s, e, n] of areas.map(areaBBox))
      [west, south, east, north] = [Math.min(west, w), Math.min(south, s), Math.max(east, e), Math.max(north, n)];
    return Number.isFinite(west)
      ? new LocalPlane((west + east) / 2, (south + north) / 2)
      : new LocalPlane(120.75, 30.75);
  }

  private x(lng: number): number {
    return toRadians(lng - this.lng0) * this.k0;
  }

  private y(lat: number): number {
    return (isometricLatitude(lat) - this.psi0) * this.k0;
  }

  /** A position in the plane: metres east and north of the origin (true at the origin's latitude). */
  project(lng: number, lat: number): [number, number] {
    return [this.x(lng), this.y(lat)];
  }

  /** A position in the plane back to longitude and latitude. */
  unproject(x: number, y: number): Position {
    return [this.lng0 + (x / this.k0) * DEGREES_PER_RADIAN, latitudeOfIsometric(this.psi0 + y / this.k0)];
  }

  /** Plane metres per metre on the ground at a latitude: 1 at the origin's, more towards the pole. */
  scaleAt(lat: number): number {
    return this.k0 / (primeVerticalRadius(lat) * Math.cos(toRadians(lat)));
  }

  toRings(area: AreaGeometry): Ring[] {
    const rings: Ring[] = [];
    for (const polygon of polygonsOf(area)) {
      for (const positions of polygon) {
        const ring = new Float64Array(3 * (positions.length - 1));
        for (let i = 0; i < positions.length - 1; i++) {
          ring[3 * i] = this.x(positions[i][0]);
          ring[3 * i + 1] = this.y(positions[i][1]);
        }
        rings.push(ring);
      }
    }
    return rings;
  }

  /** The vertices of `areas`, for `toArea` to give back unchanged. */
  snapOf(areas: readonly AreaGeometry[]): VertexSnap {
    const snap: VertexSnap = new Map();
    for (const area of areas)
      for (const polygon of polygonsOf(area))
        for (const ring of polygon)
          for (const position of ring) {
            const key = snapKey(this.x(position[0]), this.y(position[1]));
            if (!snap.has(key)) snap.set(key, position);
          }
    return snap;
  }

  /**
   * Rings back to a Polygon or MultiPolygon: each hole goes with the smallest outer ring around it.
   * Vertices found in `snap` take the input's own position.
   */
  toArea(rings: readonly Ring[], snap?: VertexSnap): AreaGeometry | undefined {
    const outers: { ring: Ring; positions: Position[]; area: number; holes: Position[][] }[] = [];
    const holes: { ring: Ring; positions: Position[] }[] = [];
    for (const ring of rings) {
      if (ring.length < 9) continue;
      const signed = signedArea(ring);
      const positions: Position[] = [];
      for (let i = 0; i < ring.length; i += 3) {
        const kept = snap?.get(snapKey(ring[i], ring[i + 1]));
        positions.push(kept ? [kept[0], kept[1]] : this.unproject(ring[i], ring[i + 1]));
      }
      positions.push([positions[0][0], positions[0][1]]);
      // Counter-clockwise (positive) rings are outer rings, as RFC 7946 wants them.
      if (signed > 0) outers.push({ ring, positions, area: signed, holes: [] });
      else if (signed < 0) holes.push({ ring, positions });
    }
    if (outers.length === 0) return undefined;
    outers.sort((a, b) => a.area - b.area);
    for (const hole of holes) {
      const inside = outers.find((outer) => ringCovers(outer.ring, hole.ring[0], hole.ring[1]));
      (inside ?? outers[outers.length - 1]).holes.push(hole.positions);
    }
    return areaFromPolygons(outers.map((outer) => [outer.positions, ...outer.holes]));
  }
}

/** Shoelace area of a ring in the plane, positive when counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 3; i < ring.length; j = i, i += 3)
    sum += (ring[j] - ring[i]) * (ring[j + 1] + ring[i + 1]);
  return sum / 2;
}

/** Area in the plane of rings under the non-zero rule as Clipper2 gives them (holes negative). */
export function ringsArea(rings: readonly Ring[]): number {
  let sum = 0;
  for (const ring of rings) sum += signedArea(ring);
  return sum;
}

/** Whether a point is inside a ring or on it (crossing rule; a hole's first vertex may lie on its outer ring). */
function ringCovers(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 3; i < ring.length; j = i, i += 3) {
    const xi = ring[i],
      yi = ring[i + 1],
      xj = ring[j],
      yj = ring[j + 1];
    if (xi === x && yi === y) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
