import type { District } from '../domain/zones/effective-tiers';
import { readAreaGeometry } from './zones/read-area-geometry';

/** The district boundaries shipped with the basemap, relative to the app's base URL. */
export const DISTRICTS_FILE = 'basemap/jiaxing-districts.geojson';

/**
 * The districts of the embedded basemap (a FeatureCollection with `code`, `nameZh` and `nameEn`
 * properties) as the precaution area's district mode uses them. Features without an area
 * geometry or a code are left out; the file is ours, so that would be a build mistake.
 */
export function parseDistricts(json: unknown): District[] {
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return [];
  const districts: District[] = [];
  for (const feature of features as { properties?: Record<string, unknown>; geometry?: unknown }[]) {
    const read = readAreaGeometry(feature?.geometry);
    const code = feature?.properties?.code;
    if (!read.ok || typeof code !== 'string') continue;
    const names = [feature.properties?.nameZh, feature.properties?.nameEn].filter(
      (name) => typeof name === 'string' && name,
    );
    districts.push({ id: code, name: names.join(' ') || code, geometry: read.geometry });
  }
  return districts;
}
