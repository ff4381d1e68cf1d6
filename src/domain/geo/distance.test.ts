import { describe, expect, it } from 'vitest';
import { haversineMeters, metersPerDegreeLngAt, METERS_PER_DEGREE_LAT } from './distance';

describe('distances', () => {
  it('measures a degree of latitude as about 111.2 km', () => {
    expect(haversineMeters([120.75, 30], [120.75, 31])).toBeCloseTo(METERS_PER_DEGREE_LAT, 0);
    expect(METERS_PER_DEGREE_LAT).toBeCloseTo(111_195, 0);
  });

  it('shrinks a degree of longitude with latitude (≈ 95.6 km at Jiaxing)', () => {
    expect(metersPerDegreeLngAt(30.75) / 1000).toBeCloseTo(95.56, 1);
    expect(haversineMeters([120.75, 30.75], [120.76, 30.75])).toBeCloseTo(955.6, 0);
  });

  it('is zero between a point and itself and symmetric', () => {
    expect(haversineMeters([120.7, 30.7], [120.7, 30.7])).toBe(0);
    expect(haversineMeters([120.7, 30.7], [121, 31])).toBeCloseTo(haversineMeters([121, 31], [120.7, 30.7]), 9);
  });
});
