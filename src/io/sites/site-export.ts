import type { FeatureCollection } from 'geojson';
import type { Site } from '../../domain/sites/site';
import { safeCsvCell } from '../import/report-csv';

/** The columns a site list is written with: the CLI's and the import's (docs/architecture.md, Sites). */
const COLUMNS = [
  'id',
  'name',
  'kind',
  'lng',
  'lat',
  'capacity',
  'rooms in use',
  'opens',
  'closes',
  'direction',
] as const;

/** The sites as CSV (UTF-8 with BOM for Excel; formula-like cells escaped), read back by Import sites and the CLI. */
export function sitesCsv(sites: readonly Site[]): string {
  const rows = sites.map((site) =>
    [
      site.id,
      site.name,
      site.kind,
      site.lng,
      site.lat,
      site.capacity,
      site.roomsInUse ?? '',
      site.opens ?? '',
      site.closes ?? '',
      site.direction ?? '',
    ].map((value) => safeCsvCell(String(value))),
  );
  return '\ufeff' + [COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
}

/** The sites as GeoJSON points with their fields as properties, read back by Import sites and the CLI. */
export function sitesGeoJson(sites: readonly Site[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: sites.map(({ id, lng, lat, ...fields }) => ({
      type: 'Feature',
      id,
      properties: fields,
      geometry: { type: 'Point', coordinates: [lng, lat] },
    })),
  };
}
