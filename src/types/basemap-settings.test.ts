import { describe, expect, it } from 'vitest';
import { DEFAULT_BASEMAP, isValidRasterUrl, isValidStyleUrl, parseBasemapSettings } from './basemap-settings';

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
    };
    expect(parseBasemapSettings(JSON.stringify(saved))).toEqual(saved);
  });
});
