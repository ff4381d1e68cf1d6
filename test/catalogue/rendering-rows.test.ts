/**
 * Catalogue rows G2 and G3 (test/catalogue/catalogue-rows.ts): markup in a map's attribution and
 * script URLs where a link or a tile address is expected. The rest of G (text shown as text,
 * never HTML) is held by the lint rules in test/lint/html-sinks.test.ts and the e2e XSS run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileStyle } from '../../src/map/styles/file-style';
import { rasterStyle } from '../../src/map/styles/online-style';
import { isValidRasterUrl, isValidStyleUrl, parseBasemapSettings } from '../../src/types/basemap-settings';
import { XSS_PAYLOADS } from '../hostile/xss-payloads';

const attributions = (style: { sources: Record<string, unknown> }) =>
  Object.values(style.sources).map((source) => String((source as { attribution?: string }).attribution ?? ''));

describe('hostile text in what the map renders as HTML', () => {
  it('G2: maplibre-gl is 6.4.1 or later, and an attribution typed or read from a map file reaches it escaped', () => {
    const { version } = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')) as {
      version: string;
    };
    const [major, minor, patch] = version.split('.').map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(6_004_001);
    for (const payload of XSS_PAYLOADS) {
      const info = {
        name: payload,
        bytes: 1,
        kind: 'vector' as const,
        schema: 'protomaps' as const,
        tileFormat: 'mvt' as const,
        minZoom: 0,
        maxZoom: 14,
        bounds: [120, 30, 121, 31] as [number, number, number, number],
        attribution: payload,
      };
      for (const text of [
        ...attributions(rasterStyle('http://localhost', 'https://t.example/{z}/{x}/{y}.png', payload)),
        ...attributions(fileStyle('http://localhost', 'cordon-basemap-1', info)),
      ])
        expect(text, payload).not.toMatch(/[<>"]/);
    }
  });

  it('G3: javascript: and data: URLs are never taken as a tile or style address, typed or saved', () => {
    for (const url of [
      'javascript:__xss(1)//{z}/{x}/{y}',
      'JaVaScRiPt:__xss(1)//{z}/{x}/{y}',
      ' javascript:__xss(1)//{z}/{x}/{y}',
      'data:text/html,<script>__xss(1)</script>{z}{x}{y}',
      'vbscript:x{z}{x}{y}',
      'file:///etc/passwd/{z}/{x}/{y}',
    ]) {
      expect(isValidRasterUrl(url), url).toBe(false);
      expect(isValidStyleUrl(url), url).toBe(false);
      const saved = parseBasemapSettings(JSON.stringify({ active: 'raster', rasterUrl: url, styleUrl: url }));
      expect(saved).toMatchObject({ active: 'offline', rasterUrl: '', styleUrl: '' });
    }
  });
});
