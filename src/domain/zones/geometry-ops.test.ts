import { describe, expect, it } from 'vitest';
import { squareAround, testEngine as engine } from '../../../test/helpers/zone-builders';
import { mergeAreas, splitArea, subtractArea } from './geometry-ops';
import { checkZones } from './zone-checks';
import { snapToAreas } from './snap';
import { validateZoneGeometry } from './validate-zone';
import type { Polygon } from 'geojson';
import { areaSquareMeters, normalizeArea } from './zone-geometry';
import type { Zone } from './zone';

const zone = (id: string, tier: Zone['tier'], geometry: Zone['geometry']): Zone => ({
  id,
  tier,
  name: id,
  geometry,
  declaredOn: '2022-03-27',
  origin: 'drawn',
  notes: '',
  events: [],
});

/** A square whose corners are already in the stored form (7 decimals), so they can be compared as given. */
const stored = (lng: number, lat: number, half: number) => normalizeArea(squareAround(lng, lat, half)) as Polygon;

describe('zone geometry operations', () => {
  const big = stored(120.75, 30.75, 200);

  it('cuts a hole and keeps it valid', () => {
    const result = subtractArea(engine, big, squareAround(120.75, 30.75, 50));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.type).toBe('Polygon');
    expect(result.value.coordinates).toHaveLength(2);
    expect(areaSquareMeters(result.value)).toBeCloseTo(400 * 400 - 100 * 100, -2);
    expect(validateZoneGeometry(result.value)).toEqual([]);
  });

  it('moves no vertex a cut, a merge or a split did not touch (the result keeps the drawn positions)', () => {
    const cut = subtractArea(engine, big, squareAround(120.75, 30.75, 50));
    const outline = (cut.ok ? cut.value.coordinates[0] : []).map((p) => (p as number[]).join());
    for (const corner of big.coordinates[0]) expect(outline).toContain(corner.join());
    const left = stored(120.75, 30.75, 100);
    const right = stored(120.752, 30.75, 100);
    const merged = mergeAreas(engine, left, right);
    const corners = (merged.ok ? merged.value.coordinates[0] : []).map((p) => (p as number[]).join());
    for (const corner of [
      left.coordinates[0][0],
      left.coordinates[0][3],
      right.coordinates[0][1],
      right.coordinates[0][2],
    ])
      expect(corners).toContain(corner.join());
    const split = splitArea(engine, big, [
      [120.75, 30.7],
      [120.75, 30.8],
    ]);
    const kept = (split.ok ? split.value : []).flatMap((part) =>
      part.coordinates.flat(1).map((p) => (p as number[]).join()),
    );
    for (const corner of big.coordinates[0]) expect(kept).toContain(corner.join());
  });

  it('refuses a cut that misses or swallows the zone', () => {
    expect(subtractArea(engine, big, squareAround(121, 30.9, 50))).toEqual({ ok: false, reason: 'no-overlap' });
    expect(subtractArea(engine, big, squareAround(120.75, 30.75, 400))).toEqual({ ok: false, reason: 'nothing-left' });
  });

  it('merges touching zones and refuses islands', () => {
    const left = squareAround(120.75, 30.75, 100);
    const east = left.coordinates[0][1][0];
    const right = squareAround(east + (east - 120.75), 30.75, 100);
    const merged = mergeAreas(engine, left, right);
    expect(merged.ok && merged.value.type).toBe('Polygon');
    expect(mergeAreas(engine, left, squareAround(121, 30.9, 50))).toEqual({ ok: false, reason: 'not-touching' });
  });

  it('splits along a line into parts that add up and share the cut', () => {
    const result = splitArea(engine, big, [
      [120.75, 30.7],
      [120.75, 30.8],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(2);
    const total = result.value.reduce((sum, part) => sum + areaSquareMeters(part), 0);
    expect(total).toBeCloseTo(areaSquareMeters(big), -1);
    expect(
      splitArea(engine, big, [
        [121, 30.7],
        [121, 30.8],
      ]),
    ).toEqual({ ok: false, reason: 'line-does-not-cross' });
  });

  it('lists overlaps between tiers and gaps within a tier', () => {
    const a = zone('a', 'sealed', squareAround(120.75, 30.75, 100));
    const b = zone('b', 'controlled', squareAround(120.751, 30.75, 100));
    const east = a.geometry.coordinates[0][1][0] as number;
    const c = zone('c', 'sealed', squareAround(east + 0.00112, 30.752, 100)); // about 10 m east of a's edge... and overlapping b
    const checks = checkZones(engine, [a, b, c]);
    expect(checks.find((x) => x.kind === 'overlap' && x.zoneIds.join() === 'a,b')).toBeDefined();
    const gap = checks.find((x) => x.kind === 'gap');
    expect(gap?.zoneIds).toEqual(['a', 'c']);
    expect(gap?.kind === 'gap' && gap.distanceMeters).toBeGreaterThan(5);
  });

  it('snaps to a vertex first, then to an edge, within tolerance only', () => {
    const square = squareAround(120.75, 30.75, 100);
    const scale = 100000;
    const project = (lng: number, lat: number) => ({ x: lng * scale, y: -lat * scale });
    const unproject = (x: number, y: number) => [x / scale, -y / scale];
    const corner = square.coordinates[0][0];
    const near = project(corner[0], corner[1]);
    expect(snapToAreas({ x: near.x + 3, y: near.y + 3 }, [square], project, unproject)).toEqual(corner);
    const edgeMid = project((corner[0] + square.coordinates[0][1][0]) / 2, corner[1]);
    const snapped = snapToAreas({ x: edgeMid.x, y: edgeMid.y + 4 }, [square], project, unproject);
    expect(snapped?.[1]).toBeCloseTo(corner[1], 9);
    expect(snapToAreas({ x: near.x + 50, y: near.y + 50 }, [square], project, unproject)).toBeUndefined();
  });
});
