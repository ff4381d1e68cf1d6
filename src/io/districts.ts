import type { District } from '../domain/zones/effective-tiers';
import { readAreaGeometry } from './zones/read-area-geometry';
import type { DistrictArea } from '../domain/publish/case-aggregates';

/** The district boundaries shipped with the basemap, relative to the app's base URL. */
export const DISTRICTS_FILE = 'basemap/jiaxing-districts.geojson';

/**
 * The districts of the embedded basemap (a FeatureCollection with `code`, `nameZh` and `nameEn`
 * properties) with their names in both languages, as a publication gives them. Features without
 * an area geometry or a code are left out; the file is ours, so that would be a build mistake.
 */
export function readDistrictAreas(json: unknown): DistrictArea[] {
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return [];
  return features.flatMap((raw: { properties?: Record<string, unknown>; geometry?: unknown }): DistrictArea[] => {
    const area = readAreaGeometry(raw?.geometry);
    const { code, nameZh, nameEn } = raw?.properties ?? {};
    if (!area.ok || typeof code !== 'string') return [];
    const zh = typeof nameZh === 'string' && nameZh ? nameZh : code;
    return [
      { id: code, nameZh: zh, nameEn: typeof nameEn === 'string' && nameEn ? nameEn : zh, geometry: area.geometry },
    ];
  });
}

/** A district as the precaution area's district mode uses it: one name, "南湖区 Nanhu". */
export function planDistrict(district: DistrictArea): District {
  return {
    id: district.id,
    name: district.nameEn === district.nameZh ? district.nameZh : `${district.nameZh} ${district.nameEn}`,
    geometry: district.geometry,
  };
}

/** The districts of the embedded basemap as the precaution area's district mode uses them. */
export function parseDistricts(json: unknown): District[] {
  return readDistrictAreas(json).map(planDistrict);
}
