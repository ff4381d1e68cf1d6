import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AUTHALIC_RADIUS,
  isometricLatitude,
  latitudeOfIsometric,
  primeVerticalRadius,
  ringAreaSquareMeters,
} from './ellipsoid';

describe('the WGS-84 ellipsoid', () => {
  it('has the authalic radius of the literature (6 371 007.181 m)', () => {
    expect(AUTHALIC_RADIUS).toBeCloseTo(6_371_007.181, 2);
  });

  it('gives a band of one degree of longitude between two latitudes its closed-form area, counter-clockwise positive', () => {
    const band = [
      [120, 30],
      [121, 30],
      [121, 31],
      [120, 31],
      [120, 30],
    ];
    const area = ringAreaSquareMeters(band);
    expect(area).toBeGreaterThan(0);
    expect(ringAreaSquareMeters([...band].reverse())).toBeCloseTo(-area, 3);
    // 1° × 1° at 30.5° N: about 111.0 km × 95.98 km on the ellipsoid; the PostGIS referee (test/referee) checks areas to 0.05 %.
    expect(area / 1e6).toBeGreaterThan(10_640);
    expect(area / 1e6).toBeLessThan(10_660);
  });

  it('inverts the isometric latitude to 1e-9 degrees', () => {
    fc.assert(
      fc.property(fc.double({ min: -80, max: 80, noNaN: true }), (lat) => {
        expect(latitudeOfIsometric(isometricLatitude(lat))).toBeCloseTo(lat, 9);
      }),
    );
  });

  it('has N(0) = a and N(90°) = a / (1 − f)', () => {
    expect(primeVerticalRadius(0)).toBeCloseTo(6_378_137, 6);
    expect(primeVerticalRadius(90)).toBeCloseTo(6_378_137 / (1 - 1 / 298.257223563), 3);
  });
});
