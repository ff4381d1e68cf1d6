import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapFileInfo } from '../../types/basemap-settings';
import { escapeHtml } from '../escape-html';
import { BASEMAP_COLORS } from './palette';
import { COMPOUND_LAYER_IDS } from './compound-layers';
import { cordonSources, fontFaces, LABEL_FONT, offlineBaseLayers, overlayLayers } from './offline-style';

/** The source of a map file's tiles. */
export const FILE_SOURCE = 'basemap-file';

/** The UI language, as map global state: street and place names follow it without a new style. */
export const LANGUAGE_STATE = 'language';

/** A feature's name in the UI language, falling back to its local name. */
const localName: ExpressionSpecification = [
  'case',
  ['==', ['global-state', LANGUAGE_STATE], 'en'],
  ['coalesce', ['get', 'name:en'], ['get', 'name_en'], ['get', 'name']],
  ['coalesce', ['get', 'name:zh'], ['get', 'name_zh'], ['get', 'name']],
];

const FILE_COLORS = {
  water: BASEMAP_COLORS.sea,
  park: '#dfe9d3',
  building: '#e2dbcf',
  majorRoad: '#ffffff',
  majorCasing: '#b9ae9a',
  minorRoad: '#ffffff',
  minorCasing: '#cfc7b8',
  roadName: '#3d3a33',
};

/** One road class: a casing under a fill, wider from zoom 12 to 18. */
function roads(
  id: string,
  sourceLayer: string,
  filter: ExpressionSpecification,
  widths: [number, number],
  major: boolean,
): LayerSpecification[] {
  const width = (scale: number): ExpressionSpecification => [
    'interpolate',
    ['exponential', 1.6],
    ['zoom'],
    12,
    widths[0] * scale,
    18,
    widths[1] * scale,
  ];
  const common = { type: 'line' as const, source: FILE_SOURCE, 'source-layer': sourceLayer, filter };
  return [
    {
      ...common,
      id: `${id}-casing`,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': major ? FILE_COLORS.majorCasing : FILE_COLORS.minorCasing,
        'line-width': width(1.35),
      },
    },
    {
      ...common,
      id,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': major ? FILE_COLORS.majorRoad : FILE_COLORS.minorRoad, 'line-width': width(1) },
    },
  ];
}

function roadNames(sourceLayer: string): LayerSpecification {
  return {
    id: 'file-road-names',
    type: 'symbol',
    source: FILE_SOURCE,
    'source-layer': sourceLayer,
    minzoom: 13,
    filter: ['has', 'name'],
    layout: {
      'symbol-placement': 'line',
      'text-field': localName,
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 13, 11, 18, 15],
      'text-rotation-alignment': 'map',
      'symbol-spacing': 320,
    },
    paint: { 'text-color': FILE_COLORS.roadName, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.6 },
  };
}

function placeNames(sourceLayer: string): LayerSpecification {
  return {
    id: 'file-place-names',
    type: 'symbol',
    source: FILE_SOURCE,
    'source-layer': sourceLayer,
    filter: ['has', 'name'],
    layout: { 'text-field': localName, 'text-font': [LABEL_FONT], 'text-size': 13 },
    paint: { 'text-color': BASEMAP_COLORS.labelText, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.6 },
  };
}

const fill = (id: string, sourceLayer: string, color: string, filter?: ExpressionSpecification, minzoom = 0) =>
  ({
    id,
    type: 'fill',
    source: FILE_SOURCE,
    'source-layer': sourceLayer,
    minzoom,
    ...(filter ? { filter } : {}),
    paint: { 'fill-color': color },
  }) as LayerSpecification;

const classIn = (property: string, values: string[]): ExpressionSpecification => [
  'in',
  ['get', property],
  ['literal', values],
];

/** The bundled style for OpenMapTiles vector tiles (water, parks, buildings, roads by class, names). */
function openMapTilesLayers(): LayerSpecification[] {
  return [
    fill('file-park', 'park', FILE_COLORS.park),
    fill('file-landcover', 'landcover', FILE_COLORS.park, classIn('class', ['grass', 'wood'])),
    fill('file-water', 'water', FILE_COLORS.water),
    fill('file-building', 'building', FILE_COLORS.building, undefined, 14),
    ...roads(
      'file-road-minor',
      'transportation',
      classIn('class', ['minor', 'service', 'tertiary', 'street']),
      [0.6, 10],
      false,
    ),
    ...roads(
      'file-road-major',
      'transportation',
      classIn('class', ['motorway', 'trunk', 'primary', 'secondary']),
      [1, 16],
      true,
    ),
    roadNames('transportation_name'),
    placeNames('place'),
  ];
}

/** The bundled style for Protomaps vector tiles (its v4 basemap layers). */
function protomapsLayers(): LayerSpecification[] {
  return [
    fill('file-earth', 'earth', BASEMAP_COLORS.land),
    fill('file-park', 'landuse', FILE_COLORS.park, classIn('kind', ['park', 'wood', 'forest', 'grass'])),
    fill('file-water', 'water', FILE_COLORS.water),
    fill('file-building', 'buildings', FILE_COLORS.building, undefined, 14),
    ...roads('file-road-minor', 'roads', classIn('kind', ['minor_road', 'other', 'path']), [0.6, 10], false),
    ...roads('file-road-major', 'roads', classIn('kind', ['highway', 'major_road']), [1, 16], true),
    roadNames('roads'),
    placeNames('places'),
  ];
}

/**
 * A map file (.pmtiles) as the basemap, with Cordon's boundaries, data and labels over it.
 * Vector tiles are drawn with the bundled style of their schema and the bundled font, so street
 * names render offline; raster tiles are drawn as they are. Outside the file's bounds the
 * embedded land and sea show through.
 */
export function fileStyle(origin: string, key: string, info: BasemapFileInfo): StyleSpecification {
  const attribution = escapeHtml(info.attribution || info.name);
  const tiles = [`pmtiles://${key}/{z}/{x}/{y}`];
  const range = { minzoom: info.minZoom, maxzoom: info.maxZoom, bounds: info.bounds, attribution };
  const [background, land] = offlineBaseLayers();
  const vector = info.kind === 'vector';
  const layers = vector
    ? info.schema === 'protomaps'
      ? protomapsLayers()
      : openMapTilesLayers()
    : [{ id: 'file-raster', type: 'raster', source: FILE_SOURCE } as LayerSpecification];
  // Street and place names go over the demo's compounds (their fills would hide them), under everything else.
  const names = layers.filter((layer) => layer.type === 'symbol');
  const base = layers.filter((layer) => layer.type !== 'symbol');
  const overlay = overlayLayers();
  const afterCompounds = overlay.findIndex((layer) => layer.id === COMPOUND_LAYER_IDS.line) + 1;
  return {
    version: 8,
    name: `Cordon over ${info.name}`,
    'font-faces': fontFaces(origin),
    state: { [LANGUAGE_STATE]: { default: 'zh-CN' } },
    sources: {
      ...cordonSources(origin),
      [FILE_SOURCE]: vector ? { type: 'vector', tiles, ...range } : { type: 'raster', tiles, tileSize: 256, ...range },
    },
    layers: [
      background,
      land,
      ...base,
      ...overlay.slice(0, afterCompounds),
      ...names,
      ...overlay.slice(afterCompounds),
    ],
  };
}
