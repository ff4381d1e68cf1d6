/** Which basemap is shown, and the user's online options (saved in this browser only). */
export type BasemapKind = 'offline' | 'raster' | 'style';

export interface BasemapSettings {
  active: BasemapKind;
  rasterUrl: string;
  styleUrl: string;
  attribution: string;
}

export const DEFAULT_BASEMAP: BasemapSettings = { active: 'offline', rasterUrl: '', styleUrl: '', attribution: '' };

const httpUrl = (text: string): boolean => {
  try {
    const url = new URL(text.replace(/\{[a-z]\}/g, '0'));
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** A raster tile template must be http(s) and hold {z}, {x} and {y}. */
export function isValidRasterUrl(text: string): boolean {
  return httpUrl(text) && ['{z}', '{x}', '{y}'].every((token) => text.includes(token));
}

export function isValidStyleUrl(text: string): boolean {
  return httpUrl(text);
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
      active: record.active === 'raster' || record.active === 'style' ? record.active : 'offline',
      rasterUrl: isValidRasterUrl(text('rasterUrl')) ? text('rasterUrl') : '',
      styleUrl: isValidStyleUrl(text('styleUrl')) ? text('styleUrl') : '',
      attribution: text('attribution').slice(0, 300),
    };
    if (settings.active === 'raster' && !settings.rasterUrl) settings.active = 'offline';
    if (settings.active === 'style' && !settings.styleUrl) settings.active = 'offline';
    return settings;
  } catch {
    return DEFAULT_BASEMAP;
  }
}
