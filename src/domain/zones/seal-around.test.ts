import { describe, expect, it } from 'vitest';
import { areaCoversPoint } from '../geo/point-in-polygon';
import { meters } from '../geo/types';
import { loadPolygonEngine } from './polygon-engine';
import { sealAround } from './seal-around';
import { areaSquareMeters, polygonsOf } from './zone-geometry';

const engine = await loadPolygonEngine();

describe('seal around cases', () => {
  it('draws a disc of the radius around each case, joined where they touch', () => {
    const near = [
      { lng: 120.75, lat: 30.75 },
      { lng: 120.75 + 100 / 95_700, lat: 30.75 },
    ];
    const far = { lng: 120.8, lat: 30.75 };
    const area = sealAround(engine, [...near, far], meters(100))!;
    // The two near cases (100 m apart) share one outline; the far one has its own.
    expect(polygonsOf(area)).toHaveLength(2);
    for (const { lng, lat } of [...near, far]) expect(areaCoversPoint(area, lng, lat)).toBe(true);
    const disc = Math.PI * 100 * 100;
    const single = sealAround(engine, [far], meters(100))!;
    expect(Math.abs(areaSquareMeters(single) / disc - 1)).toBeLessThan(0.005);
    expect(areaCoversPoint(area, 120.75, 30.75 + 120 / 111_000)).toBe(false);
  });

  it('proposes nothing without cases or with a radius of 0', () => {
    expect(sealAround(engine, [], meters(100))).toBeUndefined();
    expect(sealAround(engine, [{ lng: 120.75, lat: 30.75 }], meters(0))).toBeUndefined();
  });
});
