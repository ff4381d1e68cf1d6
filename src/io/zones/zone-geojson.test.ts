import { describe, expect, it } from 'vitest';
import { booleanClockwise } from '@turf/turf';
import { emptyPlan } from '../../domain/plan/plan';
import { createZone } from '../../state/commands/create-zone';
import { bowTie, squareAround, testContext } from '../../../test/helpers/zone-builders';
import { importZonesFromGeoJson } from './zone-geojson-import';
import { zonesToGeoJson } from './zone-geojson-export';
import { parseZoneText } from './zone-text';

const options = () => ({
  fileName: 'zones.geojson',
  today: '2022-03-27',
  newId: testContext().newId,
  jurisdiction: [120.29, 30.26, 121.27, 31.03] as [number, number, number, number],
});
const feature = (geometry: object, properties: object = { tier: 'sealed' }) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (...features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('zone GeoJSON export', () => {
  it('writes RFC 7946: counter-clockwise exteriors, at most 7 decimals, tier names', () => {
    const clockwise = {
      type: 'Polygon' as const,
      coordinates: [[...squareAround(120.123456789, 30.75, 100).coordinates[0]].reverse()],
    };
    const result = createZone(emptyPlan('p'), { tier: 'controlled', geometry: clockwise, name: '城南' }, testContext());
    if (!result.ok) throw new Error('setup');
    const out = zonesToGeoJson(result.plan);
    const ring = out.features[0].geometry.coordinates[0] as number[][];
    expect(booleanClockwise(ring)).toBe(false);
    for (const [lng, lat] of ring) {
      expect(String(lng).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
      expect(String(lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
    }
    expect(out.features[0].properties).toMatchObject({ tier: 'controlled', tierName: '管控区', name: '城南' });
  });

  it('reads back what it writes', () => {
    const result = createZone(
      emptyPlan('p'),
      { tier: 'sealed', geometry: squareAround(120.75, 30.75, 100), name: 'A' },
      testContext(),
    );
    if (!result.ok) throw new Error('setup');
    const back = importZonesFromGeoJson(JSON.stringify(zonesToGeoJson(result.plan)), options());
    expect(back.ok && back.zones[0].geometry).toEqual(result.plan.zones[0].geometry);
  });
});

describe('zone GeoJSON import', () => {
  it('accepts a FeatureCollection, a Feature and a bare geometry, with Chinese tier names', () => {
    const square = squareAround(120.75, 30.75, 100);
    const ok = importZonesFromGeoJson(
      collection(feature(square, { tier: '管控区', name: '一号' }), feature(square, { tier: 'sealed' })),
      options(),
    );
    expect(ok.ok && ok.zones.map((z) => [z.tier, z.name])).toEqual([
      ['controlled', '一号'],
      ['sealed', 'zones.geojson #2'],
    ]);
    expect(ok.report).toMatchObject({ read: 2, accepted: 2, rejected: 0 });
    expect(importZonesFromGeoJson(JSON.stringify(feature(square)), options()).ok).toBe(true);
    expect(importZonesFromGeoJson(JSON.stringify(square), { ...options(), defaultTier: 'precaution' })).toMatchObject({
      ok: true,
      zones: [{ tier: 'precaution' }],
    });
  });

  it('E4: refuses a bow-tie, saying which feature and where it crosses, and imports nothing', () => {
    const result = importZonesFromGeoJson(
      collection(feature(squareAround(120.75, 30.75, 100)), feature(bowTie(120.8, 30.8))),
      options(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        feature: 2,
        key: 'zoneIssue_self-intersects',
        values: expect.objectContaining({ lng: '120.800000', lat: '30.800000' }),
      }),
    ]);
    expect(result.report).toMatchObject({ read: 2, accepted: 0, rejected: 2 });
  });

  it.each([
    ['wrong-case type (C3)', JSON.stringify({ type: 'featurecollection', features: [] }), 'importNotGeoJson'],
    ['empty collection (C6)', collection(), 'importEmpty'],
    ['GeometryCollection (C7)', collection(feature({ type: 'GeometryCollection', geometries: [] })), 'geomNotArea'],
    ['a point', collection(feature({ type: 'Point', coordinates: [120.7, 30.7] })), 'geomNotArea'],
    [
      '4-D positions (C12)',
      collection(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [120.7, 30.7, 0, 1],
              [120.8, 30.7, 0, 1],
              [120.8, 30.8, 0, 1],
              [120.7, 30.7, 0, 1],
            ],
          ],
        }),
      ),
      'geomFourD',
    ],
    [
      'string coordinates (C13)',
      collection(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              ['120.7', '30.7'],
              [120.8, 30.7],
              [120.8, 30.8],
              ['120.7', '30.7'],
            ],
          ],
        }),
      ),
      'geomNotNumber',
    ],
    [
      '1e400 (C14)',
      '{"type":"Polygon","coordinates":[[[1e400,30.7],[120.8,30.7],[120.8,30.8],[1e400,30.7]]]}',
      'geomNotFinite',
    ],
    ['NaN literal (C15)', '{"type":"Polygon","coordinates":[[[NaN,30.7]]]}', 'importNotJson'],
    [
      'unclosed ring (E1)',
      collection(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [120.7, 30.7],
              [120.8, 30.7],
              [120.8, 30.8],
              [120.7, 30.75],
            ],
          ],
        }),
      ),
      'geomRingOpen',
    ],
    ['empty coordinates (E9)', collection(feature({ type: 'Polygon', coordinates: [] })), 'geomEmpty'],
    ['unknown tier', collection(feature(squareAround(120.75, 30.75, 100), { tier: 'red' })), 'importBadTier'],
    ['no tier and no default', collection(feature(squareAround(120.75, 30.75, 100), {})), 'importNoTier'],
    [
      'a polygon across the antimeridian (D14)',
      collection(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [179, 30],
              [-179, 30],
              [-179, 31],
              [179, 31],
              [179, 30],
            ],
          ],
        }),
      ),
      'zoneIssue_far-outside-jurisdiction',
    ],
    [
      'a polygon around the world, over Jiaxing too (D15)',
      collection(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [-180, -60],
              [180, -60],
              [180, 70],
              [-180, 70],
              [-180, -60],
            ],
          ],
        }),
      ),
      'zoneIssue_far-outside-jurisdiction',
    ],
    [
      'zero area (E10): a ring that folds back along itself',
      collection(
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [120.7, 30.7],
              [120.8, 30.7],
              [120.9, 30.7],
              [120.7, 30.7],
            ],
          ],
        }),
      ),
      'zoneIssue_self-intersects',
    ],
  ])('refuses %s with a reason', (_name, text, key) => {
    const result = importZonesFromGeoJson(text, options());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].key).toBe(key);
  });

  it('drops a third coordinate and says so (C12)', () => {
    const ring = squareAround(120.75, 30.75, 100).coordinates[0].map(([x, y]) => [x, y, 5]);
    const result = importZonesFromGeoJson(collection(feature({ type: 'Polygon', coordinates: [ring] })), options());
    expect(result.ok && result.report.transforms).toContainEqual({ key: 'transformDroppedZ', values: { count: 1 } });
  });

  it('reads properties by own key only, so __proto__ sets nothing (C19, G5)', () => {
    const text = `{"type":"Feature","properties":{"__proto__":{"tier":"sealed","name":"evil"}},"geometry":${JSON.stringify(squareAround(120.75, 30.75, 100))}}`;
    expect(importZonesFromGeoJson(text, options())).toMatchObject({ ok: false, problems: [{ key: 'importNoTier' }] });
    expect(({} as { tier?: string }).tier).toBeUndefined();
  });

  it('keeps hostile names as plain text (G1)', () => {
    const name = '<img src=x onerror=alert(1)>';
    const result = importZonesFromGeoJson(
      collection(feature(squareAround(120.75, 30.75, 100), { tier: 'sealed', name })),
      options(),
    );
    expect(result.ok && result.zones[0].name).toBe(name);
  });
});

describe('typed-in zones', () => {
  it('reads lng,lat pairs in any common layout and closes the ring', () => {
    for (const text of [
      '120.70,30.70\n120.71,30.70\n120.71,30.71',
      '120.70 30.70; 120.71 30.70; 120.71 30.71',
      '120.70，30.70；120.71，30.70；120.71，30.71',
    ]) {
      const result = parseZoneText(text);
      expect(result.ok && result.geometry.coordinates[0]).toEqual([
        [120.7, 30.7],
        [120.71, 30.7],
        [120.71, 30.71],
        [120.7, 30.7],
      ]);
    }
  });

  it('reads WKT polygons with holes and multipolygons', () => {
    const polygon = parseZoneText(
      'POLYGON ((120.7 30.7, 120.8 30.7, 120.8 30.8, 120.7 30.7), (120.75 30.72, 120.77 30.72, 120.77 30.74, 120.75 30.72))',
    );
    expect(polygon.ok && polygon.geometry.coordinates).toHaveLength(2);
    const multi = parseZoneText(
      'MULTIPOLYGON (((120.7 30.7, 120.8 30.7, 120.8 30.8, 120.7 30.7)), ((121 30.7, 121.1 30.7, 121.1 30.8, 121 30.7)))',
    );
    expect(multi.ok && multi.geometry.type).toBe('MultiPolygon');
  });

  it('reads GeoJSON', () => {
    expect(parseZoneText(JSON.stringify(squareAround(120.75, 30.75, 100))).ok).toBe(true);
  });

  it('says what is wrong and where', () => {
    expect(parseZoneText('120.7,30.7\n120.8,abc\n120.8,30.8')).toEqual({
      ok: false,
      problem: { key: 'textNotNumber', values: { value: 'abc', index: 4 } },
    });
    expect(parseZoneText('120.7,30.7,120.8')).toMatchObject({ ok: false, problem: { key: 'textOddCount' } });
    expect(parseZoneText('120.7,30.7,120.8,30.8')).toMatchObject({ ok: false, problem: { key: 'textTooFewPoints' } });
    expect(parseZoneText('30.7,120.7,30.8,120.7,30.8,120.8')).toMatchObject({
      ok: false,
      problem: { key: 'textOutOfRange', values: { pair: 1 } },
    });
    expect(parseZoneText('POLYGON ((120.7 30.7, 120.8 30.7 120.8 30.8))')).toMatchObject({
      ok: false,
      problem: { key: 'textBadWktAt' },
    });
    expect(parseZoneText('')).toMatchObject({ ok: false, problem: { key: 'textEmpty' } });
  });
});
