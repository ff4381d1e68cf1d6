/**
 * Which basemap is shown, and the user's options (saved in this browser only): the embedded map,
 * online raster tiles or style, or a map file (.pmtiles) kept in the browser's private file system.
 */
export type BasemapKind = 'offline' | 'raster' | 'style' | 'file';

export interface BasemapSettings {
  active: BasemapKind;
  rasterUrl: string;
  styleUrl: string;
  attribution: string;
  /** The name of the kept map file, as the user chose it ('' when none is kept). */
  fileName: string;
}

export const DEFAULT_BASEMAP: BasemapSettings = {
  active: 'offline',
  rasterUrl: '',
  styleUrl: '',
  attribution: '',
  fileName: '',
};

/** What a map file holds, read from its header and metadata when it is opened. */
export interface BasemapFileInfo {
  name: string;
  bytes: number;
  kind: 'vector' | 'raster';
  /** The vector schema Cordon's bundled style draws; undefined for raster tiles. */
  schema?: 'openmaptiles' | 'protomaps';
  tileFormat: 'mvt' | 'png' | 'jpeg' | 'webp';
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north. */
  bounds: [number, number, number, number];
  attribution: string;
}

const httpUrl = (text: string): boolean => {
  try {
    const url = new URL(text.replace(/\{[a-z]\}/g, '0'));
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * Tile services whose maps are not in WGS-84: Amap and Tencent draw GCJ-02, Baidu BD-09 (and its
 * own tiling). Cordon's zones are WGS-84; drawn on these tiles they would sit several hundred
 * metres off the streets they follow, so such a source is refused with the reason, never shown.
 */
const SHIFTED_TILE_HOSTS: readonly [RegExp, ShiftedProvider][] = [
  [/(^|\.)(autonavi|amap)\.com$/i, 'amap'],
  [/(^|\.)(map\.qq|gtimg|tencent-cloud|tencentmap)\.com$|(^|\.)qq\.com$/i, 'tencent'],
  [/(^|\.)(baidu|bdimg|bdstatic)\.com$/i, 'baidu'],
];
export type ShiftedProvider = 'amap' | 'tencent' | 'baidu';

/** The provider of a tile or style URL whose map is shifted from WGS-84 (GCJ-02 or BD-09), if it is one. */
export function shiftedTileProvider(text: string): ShiftedProvider | undefined {
  try {
    const host = new URL(text.replace(/\{[a-z]\}/g, '0')).hostname;
    return SHIFTED_TILE_HOSTS.find(([pattern]) => pattern.test(host))?.[1];
  } catch {
    return undefined;
  }
}

/** A raster tile template must be http(s), hold {z}, {x} and {y}, and not come from a GCJ-02 or BD-09 service. */
export function isValidRasterUrl(text: string): boolean {
  return httpUrl(text) && ['{z}', '{x}', '{y}'].every((token) => text.includes(token)) && !shiftedTileProvider(text);
}

export function isValidStyleUrl(text: string): boolean {
  return httpUrl(text) && !shiftedTileProvider(text);
}

/** A Tianditu (天地图) key: 32 hexadecimal characters, issued by the service to each user. */
export function isTiandituKey(text: string): boolean {
  return /^[0-9a-f]{32}$/i.test(text);
}

/**
 * Tianditu's vector map in Web Mercator tiles (CGCS2000, which is WGS-84 to within centimetres at
 * city scale, so Cordon's zones need no shift on it), as a raster template for the user's key.
 */
export function tiandituRasterUrl(key: string): string {
  return (
    'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default' +
    `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
  );
}

export const TIANDITU_ATTRIBUTION = '© 天地图 Tianditu (CGCS2000)';

/** Tianditu's place and street names (cva_w), drawn over its map, for a raster URL that is Tianditu's vector map. */
export function tiandituLabelUrl(rasterUrl: string): string | undefined {
  if (!/^https:\/\/t\d\.tianditu\.gov\.cn\/vec_w\/wmts\?/.test(rasterUrl)) return undefined;
  return rasterUrl.replace('/vec_w/', '/cva_w/').replace('LAYER=vec&', 'LAYER=cva&');
}

/** Reads saved settings, falling back to the offline default for anything missing or malformed. */
export function parseBasemapSettings(saved: string | null): BasemapSettings {
  if (!saved) return DEFAULT_BASEMAP;
  try {
    const value: unknown = JSON.parse(saved);
    if (typeof value !== 'object' || value === null) return DEFAULT_BASEMAP;
    const record = value as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
    const settings: BasemapSettings = {
      active:
        record.active === 'raster' || record.active === 'style' || record.active === 'file' ? record.active : 'offline',
      rasterUrl: isValidRasterUrl(text('rasterUrl')) ? text('rasterUrl') : '',
      styleUrl: isValidStyleUrl(text('styleUrl')) ? text('styleUrl') : '',
      attribution: text('attribution').slice(0, 300),
      fileName: text('fileName').slice(0, 255),
    };
    if (settings.active === 'raster' && !settings.rasterUrl) settings.active = 'offline';
    if (settings.active === 'style' && !settings.styleUrl) settings.active = 'offline';
    if (settings.active === 'file' && !settings.fileName) settings.active = 'offline';
    return settings;
  } catch {
    return DEFAULT_BASEMAP;
  }
}
