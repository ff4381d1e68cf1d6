import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BASEMAP,
  isTiandituKey,
  isValidRasterUrl,
  isValidStyleUrl,
  parseBasemapSettings,
  shiftedTileProvider,
  tiandituLabelUrl,
  tiandituRasterUrl,
} from './basemap-settings';

describe('basemap settings', () => {
  it('accepts only http(s) tile templates with {z}, {x} and {y}', () => {
    expect(isValidRasterUrl('https://tile.example.org/{z}/{x}/{y}.png')).toBe(true);
    expect(isValidRasterUrl('https://tile.example.org/{z}/{x}.png')).toBe(false);
    expect(isValidRasterUrl('javascript:alert(1)//{z}{x}{y}')).toBe(false);
    expect(isValidRasterUrl('file:///etc/{z}/{x}/{y}')).toBe(false);
    expect(isValidStyleUrl('https://maps.example.org/style.json')).toBe(true);
    expect(isValidStyleUrl('data:application/json,{}')).toBe(false);
  });

  it('falls back to offline for missing, malformed or incomplete settings', () => {
    expect(parseBasemapSettings(null)).toEqual(DEFAULT_BASEMAP);
    expect(parseBasemapSettings('{not json')).toEqual(DEFAULT_BASEMAP);
    expect(parseBasemapSettings('{"active":"raster","rasterUrl":""}').active).toBe('offline');
    expect(parseBasemapSettings('{"__proto__":{"active":"raster"}}')).toEqual(DEFAULT_BASEMAP);
    const saved = {
      active: 'raster',
      rasterUrl: 'https://t.example.org/{z}/{x}/{y}.png',
      styleUrl: '',
      attribution: '© OSM',
      fileName: '',
    };
    expect(parseBasemapSettings(JSON.stringify(saved))).toEqual(saved);
    // An older saved form, without a map file, reads as before.
    const older = JSON.stringify({ ...saved, fileName: undefined });
    expect(parseBasemapSettings(older)).toEqual(saved);
    // A map file chosen but its name lost falls back to the embedded map.
    expect(parseBasemapSettings('{"active":"file","fileName":""}').active).toBe('offline');
    expect(parseBasemapSettings('{"active":"file","fileName":"jiaxing.pmtiles"}').active).toBe('file');
  });

  it('refuses GCJ-02 and BD-09 tile services, naming them, and takes Tianditu with a key', () => {
    for (const [url, provider] of [
      ['https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8', 'amap'],
      ['https://wprd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}'.replace('{s}', '1'), 'amap'],
      ['https://rt0.map.gtimg.com/tile?z={z}&x={x}&y={y}', 'tencent'],
      ['https://maponline0.bdimg.com/tile/?x={x}&y={y}&z={z}', 'baidu'],
    ] as const) {
      expect(shiftedTileProvider(url)).toBe(provider);
      expect(isValidRasterUrl(url)).toBe(false);
    }
    expect(shiftedTileProvider('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeUndefined();
    expect(shiftedTileProvider('https://notamap.com.example.org/{z}/{x}/{y}.png')).toBeUndefined();
    expect(isTiandituKey('0123456789abcdef0123456789ABCDEF')).toBe(true);
    expect(isTiandituKey('0123456789abcdef')).toBe(false);
    const tianditu = tiandituRasterUrl('0123456789abcdef0123456789abcdef');
    expect(isValidRasterUrl(tianditu)).toBe(true);
    expect(tianditu).toContain('tianditu.gov.cn');
    // Its names come on a layer of their own (cva over vec), with the same key.
    const labels = tiandituLabelUrl(tianditu);
    expect(labels).toContain('/cva_w/wmts?');
    expect(labels).toContain('LAYER=cva&');
    expect(labels).toContain('tk=0123456789abcdef0123456789abcdef');
    expect(tiandituLabelUrl('https://tile.example.org/{z}/{x}/{y}.png')).toBeUndefined();
    expect(
      parseBasemapSettings(JSON.stringify({ active: 'raster', rasterUrl: 'https://rt0.map.gtimg.com/{z}/{x}/{y}' }))
        .active,
    ).toBe('offline');
  });
});
