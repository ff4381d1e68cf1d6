import type { Position } from 'geojson';

/**
 * The WGS-84 ellipsoid: what areas and the local planes are measured on, so that Cordon's square
 * metres are PostGIS's `ST_Area(geography)` (docs/architecture.md, Computation).
 */
export const WGS84_A = 6_378_137;
export const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const E = Math.sqrt(E2);

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** q(φ) of the authalic latitude (Snyder, Map Projections, eq. 3-12). */
function q(sinPhi: number): number {
  return (1 - E2) * (sinPhi / (1 - E2 * sinPhi * sinPhi) - Math.log((1 - E * sinPhi) / (1 + E * sinPhi)) / (2 * E));
}
const Q_POLE = q(1);
/** The radius of the sphere with the ellipsoid's area, on which authalic latitudes keep every area. */
export const AUTHALIC_RADIUS = WGS84_A * Math.sqrt(Q_POLE / 2);

/** sin of the authalic latitude of a geodetic latitude in degrees. */
const sinAuthalic = (latDegrees: number) => q(Math.sin(toRadians(latDegrees))) / Q_POLE;

/**
 * The area a ring encloses on the ellipsoid, in square metres, positive when counter-clockwise:
 * the ring's latitudes are made authalic and its area taken on the authalic sphere, with edges
 * as lines of constant bearing between vertices (Chamberlain and Duquette's sum). For the rings
 * of a city this is within a few parts per million of the geodesic area PostGIS reports.
 */
export function ringAreaSquareMeters(ring: readonly Position[]): number {
  const n = ring.length - 1; // the ring is closed: the last position repeats the first
  if (n < 3) return 0;
  const reference = sinAuthalic(ring[0][1]);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const previous = ring[(i + n - 1) % n];
    const next = ring[(i + 1) % n];
    sum += toRadians(next[0] - previous[0]) * (sinAuthalic(ring[i][1]) - reference);
  }
  return (-sum * AUTHALIC_RADIUS * AUTHALIC_RADIUS) / 2;
}

/** The radius of curvature across the meridian, N(φ), in metres. */
export function primeVerticalRadius(latDegrees: number): number {
  const s = Math.sin(toRadians(latDegrees));
  return WGS84_A / Math.sqrt(1 - E2 * s * s);
}

/** The isometric latitude ψ(φ) in radians: Mercator's northing on the ellipsoid, per unit of scale. */
export function isometricLatitude(latDegrees: number): number {
  const s = Math.sin(toRadians(latDegrees));
  return Math.atanh(s) - E * Math.atanh(E * s);
}

/** The geodetic latitude in degrees of an isometric latitude (Newton steps, to 1e-12 rad). */
export function latitudeOfIsometric(psi: number): number {
  let phi = 2 * Math.atan(Math.exp(psi)) - Math.PI / 2;
  for (let k = 0; k < 8; k++) {
    const s = Math.sin(phi);
    const value = Math.atanh(s) - E * Math.atanh(E * s) - psi;
    // dψ/dφ = (1 − e²) / ((1 − e² sin²φ) cos φ)
    const step = (value * (1 - E2 * s * s) * Math.cos(phi)) / (1 - E2);
    phi -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  return (phi * 180) / Math.PI;
}

/** Metres on the ground per degree of longitude and of latitude at a latitude, on the ellipsoid. */
export function metersPerDegreeAt(latDegrees: number): { lng: number; lat: number } {
  const s = Math.sin(toRadians(latDegrees));
  const w = 1 - E2 * s * s;
  const meridional = (WGS84_A * (1 - E2)) / (w * Math.sqrt(w));
  return {
    lng: (Math.PI / 180) * primeVerticalRadius(latDegrees) * Math.cos(toRadians(latDegrees)),
    lat: (Math.PI / 180) * meridional,
  };
}
