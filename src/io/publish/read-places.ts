import type { PlaceInput } from '../../domain/publish/gazetteer';
import { readAreaGeometry } from '../zones/read-area-geometry';

/** A feature of a places file that could not be used: which one (1-based) and why. */
export interface PlaceProblem {
  feature: number;
  reason: string;
}

const MAX_NAME = 100;

/**
 * Named places for the public gazetteer from a GeoJSON FeatureCollection: each feature's
 * `nameZh` (or `name`) and optional `nameEn`, and a Point, Polygon or MultiPolygon. Features
 * without a name or a usable geometry are reported by number, never dropped silently.
 */
export function readPlaces(json: unknown): { places: PlaceInput[]; problems: PlaceProblem[] } {
  const features = (json as { type?: unknown; features?: unknown } | null)?.features;
  if ((json as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features))
    throw new Error('a places file must be a GeoJSON FeatureCollection');
  const places: PlaceInput[] = [];
  const problems: PlaceProblem[] = [];
  features.forEach((raw: unknown, i) => {
    const feature = raw as { properties?: Record<string, unknown> | null; geometry?: unknown } | null;
    const properties = feature?.properties ?? {};
    const nameZh = [properties.nameZh, properties.name].find((value) => typeof value === 'string' && value.trim());
    const nameEn = typeof properties.nameEn === 'string' ? properties.nameEn.trim() : undefined;
    if (typeof nameZh !== 'string') return problems.push({ feature: i + 1, reason: 'no nameZh or name' });
    if (nameZh.length > MAX_NAME || (nameEn?.length ?? 0) > MAX_NAME)
      return problems.push({ feature: i + 1, reason: `a name longer than ${MAX_NAME} characters` });
    const geometry = feature?.geometry as { type?: unknown; coordinates?: unknown } | undefined;
    if (geometry?.type === 'Point') {
      const [lng, lat] = Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
      if (typeof lng !== 'number' || typeof lat !== 'number' || Math.abs(lng) > 180 || Math.abs(lat) > 90)
        return problems.push({ feature: i + 1, reason: 'a Point without a longitude and latitude' });
      places.push({ nameZh: nameZh.trim(), nameEn, geometry: { type: 'Point', coordinates: [lng, lat] } });
      return;
    }
    const area = readAreaGeometry(geometry);
    if (!area.ok) return problems.push({ feature: i + 1, reason: 'no Point, Polygon or MultiPolygon geometry' });
    places.push({ nameZh: nameZh.trim(), nameEn, geometry: area.geometry });
  });
  return { places, problems };
}
