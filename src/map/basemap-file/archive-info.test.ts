import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { writePmtiles } from '../../../test/basemap-fixture/pmtiles-writer';
import { FIXTURE_ATTRIBUTION, FIXTURE_CENTER, FIXTURE_PATH } from '../../../test/basemap-fixture/street-tiles';
import { BasemapFileError, readArchiveInfo } from './archive-info';
import { fileStyle } from '../styles/file-style';

/** An archive read from bytes in memory, as the app reads a File a range at a time. */
const archiveOf = (bytes: Uint8Array, key = 'test') => {
  const source: Source = {
    getKey: () => key,
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
};

const reason = async (bytes: Uint8Array) => {
  try {
    await readArchiveInfo(archiveOf(bytes), 'x.pmtiles', bytes.length);
    return 'read';
  } catch (error) {
    return error instanceof BasemapFileError ? `${error.reason}: ${error.found}` : `other: ${String(error)}`;
  }
};

const oneTile = (tileType: 1 | 2 | 3 | 4 | 6, metadata: Record<string, unknown>, bounds = [120.7, 30.7, 120.8, 30.8]) =>
  writePmtiles([{ z: 12, x: 3421, y: 1681, data: new Uint8Array([1, 2, 3]) }], {
    tileType: tileType as 1,
    tileCompression: 1,
    bounds: bounds as [number, number, number, number],
    center: [120.75, 30.75, 12],
    metadata,
  });

describe('a map file (.pmtiles) read for the basemap', () => {
  it('says what the street fixture holds: OpenMapTiles vector tiles, zooms 12–15, its bounds and attribution', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE_PATH));
    const info = await readArchiveInfo(archiveOf(bytes), 'streets.pmtiles', bytes.length);
    expect(info).toMatchObject({
      name: 'streets.pmtiles',
      kind: 'vector',
      schema: 'openmaptiles',
      tileFormat: 'mvt',
      minZoom: 12,
      maxZoom: 15,
      attribution: FIXTURE_ATTRIBUTION,
    });
    expect(info.bounds[0]).toBeGreaterThan(120.7);
    expect(info.bounds[3]).toBeLessThan(30.8);
    // Its tiles come back through the pmtiles package, decompressed.
    const [lng, lat] = FIXTURE_CENTER;
    const x = Math.floor(((lng + 180) / 360) * 2 ** 15);
    const rad = (lat * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** 15);
    const tile = await archiveOf(bytes).getZxy(15, x, y);
    expect(tile?.data.byteLength).toBeGreaterThan(50);
  });

  it('takes raster tiles and the Protomaps schema', async () => {
    expect(await readArchiveInfo(archiveOf(oneTile(2, {})), 'r.pmtiles', 1)).toMatchObject({
      kind: 'raster',
      tileFormat: 'png',
      schema: undefined,
    });
    const protomaps = oneTile(1, { vector_layers: [{ id: 'earth' }, { id: 'roads' }, { id: 'places' }] });
    expect((await readArchiveInfo(archiveOf(protomaps), 'p.pmtiles', 1)).schema).toBe('protomaps');
  });

  it('refuses, naming the problem, a file that is not PMTiles, tiles it cannot draw, an unknown schema and bounds off the Earth', async () => {
    expect(await reason(new TextEncoder().encode('id,lng,lat\n1,120.7,30.7\n'.repeat(20)))).toMatch(/^notPmtiles: /);
    expect(await reason(oneTile(6, {}))).toBe('tileType: Mlt');
    expect(await reason(oneTile(1, { vector_layers: [{ id: 'streets' }, { id: 'houses' }] }))).toBe(
      'schema: streets, houses',
    );
    expect(await reason(oneTile(2, {}, [120.8, 30.7, 120.7, 30.8]))).toMatch(/^bounds: /);
  });

  it('is styled from this origin only: the bundled font for street names, no glyph server, no remote URL', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE_PATH));
    const info = await readArchiveInfo(archiveOf(bytes), '<img src=x onerror=alert(1)>.pmtiles', bytes.length);
    const style = fileStyle('http://localhost:4173', 'cordon-basemap-1', { ...info, attribution: '<b>x</b>' });
    expect(style.glyphs).toBeUndefined();
    const urls = JSON.stringify(style).match(/[a-z]+:\/\/[^"/]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://localhost:4173', 'pmtiles://cordon-basemap-1']));
    const names = style.layers.find((layer) => layer.id === 'file-road-names');
    expect(names?.type).toBe('symbol');
    expect(JSON.stringify(style.sources['basemap-file'])).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
