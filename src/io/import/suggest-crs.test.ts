import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { PointIndex } from '../../domain/geo/point-index';
import { signTestPValue, suggestCrs } from './suggest-crs';

const rows = gunzipSync(readFileSync('public/demo/households.csv.gz')).toString('utf8').trim().split('\n').slice(1);
const lng = new Float64Array(rows.length);
const lat = new Float64Array(rows.length);
rows.forEach((row, i) => {
  const [, x, y] = row.split(',');
  lng[i] = Number(x);
  lat[i] = Number(y);
});
const buildings = new PointIndex(lng, lat);
const cases: [number, number][] = rows
  .filter((_, i) => i % 997 === 0)
  .map((row) => {
    const [, x, y] = row.split(',');
    return [Number(x) + 0.00003, Number(y) - 0.00002]; // a few metres off the building, as a case at an address is
  });

describe('suggestCrs', () => {
  it.each([
    ['wgs84', (p: [number, number]) => p],
    ['gcj02', (p: [number, number]) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as [number, number]],
    ['bd09', (p: [number, number]) => gcoord.transform(p, gcoord.WGS84, gcoord.BD09) as [number, number]],
  ] as const)('D5, D6: recognises %s points by where they land', (crs, shift) => {
    const suggestion = suggestCrs(cases.map(shift), buildings);
    expect(suggestion?.best).toBe(crs);
    expect(suggestion?.medianMeters[crs]).toBeLessThan(10);
    expect(suggestion!.pValue).toBeLessThan(1e-4);
  });

  it('stays silent on a handful of points, whatever they are', () => {
    for (const start of [0, 5, 10, 15]) {
      const five = cases.slice(start, start + 5);
      expect(suggestCrs(five, buildings)?.best).toBeUndefined();
      const asBaidu = five.map((p) => gcoord.transform(p, gcoord.WGS84, gcoord.BD09) as [number, number]);
      expect(suggestCrs(asBaidu, buildings)?.best).toBeUndefined();
    }
  });

  it('stays silent when points are nowhere near the known buildings, and they count for no side', () => {
    const farAway: [number, number][] = Array.from({ length: 100 }, (_, i) => [121.6 + i * 0.0001, 29.9]);
    expect(suggestCrs(farAway, buildings)).toMatchObject({ best: undefined, wins: 0, losses: 0 });
    const asAmap = cases.slice(0, 30).map((p) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as [number, number]);
    const mixed = suggestCrs([...asAmap, [0, 0], [0, 0]], buildings)!;
    expect(mixed.best).toBe('gcj02');
    expect(mixed.wins + mixed.losses).toBeLessThanOrEqual(30);
  });

  it('weighs evidence by a one-sided sign test', () => {
    expect(signTestPValue(10, 10)).toBeCloseTo(1 / 1024, 10);
    expect(signTestPValue(0, 10)).toBe(1);
    expect(signTestPValue(5, 10)).toBeCloseTo(638 / 1024, 10);
    expect(signTestPValue(400, 500)).toBeLessThan(1e-40);
  });

  it('finds nearest points by radius in metres', () => {
    const index = new PointIndex(new Float64Array([120.75, 120.76]), new Float64Array([30.75, 30.75]));
    expect(index.withinMeters(120.75, 30.75, 10)).toEqual([0]);
    expect(index.nearestMeters(120.7501, 30.75)).toBeCloseTo(9.56, 1);
    expect(index.nearestMeters(121.5, 31, 2000)).toBe(Infinity);
    expect(new PointIndex(new Float64Array(), new Float64Array()).nearestMeters(120, 30)).toBe(Infinity);
  });
});
