import type { LngLat, Meters } from './types';

/** Mean Earth radius (IUGG), in metres. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two WGS-84 positions, in metres (haversine on a sphere).
 * Good to about 0.3 % anywhere, which is ample for city-scale work.
 *
 * @example haversineMeters([120.75, 30.75], [120.76, 30.75]) // ≈ 956.6
 */
export function haversineMeters(a: LngLat, b: LngLat): Meters {
  const dLat = toRadians(b[1] - a[1]);
  const dLng = toRadians(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a[1])) * Math.cos(toRadians(b[1])) * Math.sin(dLng / 2) ** 2;
  return (2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)))) as Meters;
}

/** Metres per degree of longitude at a latitude (spherical), e.g. ≈ 95 600 at Jiaxing (30.75° N). */
export function metersPerDegreeLngAt(latDegrees: number): number {
  return (Math.PI / 180) * EARTH_RADIUS_METERS * Math.cos(toRadians(latDegrees));
}

/** Metres per degree of latitude (spherical): ≈ 111 195. */
export const METERS_PER_DEGREE_LAT = (Math.PI / 180) * EARTH_RADIUS_METERS;
