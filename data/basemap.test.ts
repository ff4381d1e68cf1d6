import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaCoversPoint } from '../src/domain/geo/point-in-polygon';

const districts = JSON.parse(readFileSync('public/basemap/jiaxing-districts.geojson', 'utf8'));
const districtAt = (lng: number, lat: number): string[] =>
  districts.features
    .filter((f: { geometry: never }) => areaCoversPoint(f.geometry, lng, lat))
    .map((f: { properties: { nameZh: string } }) => f.properties.nameZh);

describe('embedded Jiaxing basemap', () => {
  it('has the seven districts with both names', () => {
    expect(districts.features.map((f: { properties: { nameZh: string } }) => f.properties.nameZh).sort()).toEqual(
      ['南湖区', '嘉善县', '平湖市', '桐乡市', '海宁市', '海盐县', '秀洲区'].sort(),
    );
    for (const f of districts.features) expect(f.properties.nameEn).toMatch(/^[A-Z][a-z]+$/);
  });

  // WGS-84 positions of landmarks (Wikipedia): each must fall in its own district.
  it.each([
    ['South Lake (南湖)', 120.756, 30.757, '南湖区'],
    ['Wuzhen', 120.4906, 30.7447, '桐乡市'],
    ['Xitang', 120.8893, 30.9446, '嘉善县'],
    ['Yanguan', 120.5472, 30.4067, '海宁市'],
  ])('puts %s in the right district', (_name, lng, lat, district) => {
    expect(districtAt(lng, lat)).toEqual([district]);
  });

  it('was converted from GCJ-02: vertices are no longer on the source’s 1/1024° grid', () => {
    const [lng, lat] = districts.features[0].geometry.coordinates[0][0];
    expect(Number.isInteger(lng * 1024)).toBe(false);
    expect(Number.isInteger(lat * 1024)).toBe(false);
  });
});
