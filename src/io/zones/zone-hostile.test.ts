import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { squareAround, testContext } from '../../../test/helpers/zone-builders';
import { importZonesFromGeoJson } from './zone-geojson-import';

/** Issue 14's hostile zone files (items 3, 6, 7 and 14). */
const options = () => ({
  fileName: 'zones.geojson',
  today: '2022-03-27',
  newId: testContext().newId,
  jurisdiction: [120.29, 30.26, 121.27, 31.03] as [number, number, number, number],
});
const square = squareAround(120.75, 30.75, 100);
const zoneFile = (name: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { tier: 'sealed', name }, geometry: square }],
  });
const gbk = (text: string) => new Uint8Array(execFileSync('iconv', ['-f', 'utf-8', '-t', 'gbk'], { input: text }));

describe('zone files in any encoding (item 3)', () => {
  it('reads a GBK zone file as GB18030, names intact, and says so', () => {
    const result = importZonesFromGeoJson(gbk(zoneFile('南湖区封控区')), options());
    if (!result.ok) throw new Error(result.problems[0].key);
    expect(result.zones[0].name).toBe('南湖区封控区');
    expect(result.report.transforms).toContainEqual({ key: 'transformDecoded', values: { encoding: 'GB18030' } });
  });

  it('reads UTF-16 without a BOM', () => {
    const text = zoneFile('南湖区');
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const result = importZonesFromGeoJson(bytes, options());
    expect(result.ok && result.zones[0].name).toBe('南湖区');
  });

  it('refuses a file with bytes no encoding reads, naming the line, instead of storing U+FFFD', () => {
    const bytes = new TextEncoder().encode(
      zoneFile('南湖区').replace('南湖区', '南湖区\n'.repeat(1)).replace('\n', 'X'),
    );
    bytes[bytes.indexOf(0x58)] = 0xff;
    const result = importZonesFromGeoJson(bytes, options());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ feature: 0, key: 'importUndecodable', values: { lines: '1' } });
  });
});

describe('zone files that are built to break the reader', () => {
  it('names the feature of a position nested a million deep, without overflowing the stack (item 14)', () => {
    const deep = '['.repeat(1_000_000) + '1' + ']'.repeat(1_000_000);
    const text = `{"type":"FeatureCollection","features":[${zoneFile('a').slice(40, -2)},{"type":"Feature","properties":{"tier":"sealed"},"geometry":{"type":"Polygon","coordinates":${deep}}}]}`;
    const result = importZonesFromGeoJson(text, options());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ feature: 2, key: 'importTooDeep', values: { line: 1 } });
  });

  it('refuses a tier given twice in one feature, rather than keeping the last (item 7)', () => {
    const text = zoneFile('a').replace('"tier":"sealed"', '"tier":"sealed","tier":"precaution"');
    const result = importZonesFromGeoJson(text, options());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ feature: 1, key: 'importDuplicateKey', values: { key: 'tier' } });
  });

  it('cleans repeated vertices before the check and logs it (item 6)', () => {
    const ring = square.coordinates[0];
    const repeated = {
      type: 'Polygon',
      coordinates: [[ring[0], ring[1], ring[1], ring[2], ring[3], ring[3], ring[4]]],
    };
    const text = JSON.stringify({ type: 'Feature', properties: { tier: 'sealed' }, geometry: repeated });
    const result = importZonesFromGeoJson(text, options());
    if (!result.ok) throw new Error(result.problems[0].key);
    expect(result.zones[0].geometry.coordinates[0]).toHaveLength(5);
    expect(result.report.transforms).toContainEqual({ key: 'transformRepeatedVertices', values: { count: 2 } });
  });
});
