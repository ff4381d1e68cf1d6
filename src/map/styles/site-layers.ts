import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { siteImageId } from '../layers/site-symbols';
import { SITE_KINDS } from '../../domain/sites/site';

export const SITE_SOURCE = 'sites';
/** The selected testing site's walking catchment. */
export const CATCHMENT_SOURCE = 'site-catchment';
/** Where sealed and controlled residents are beyond walking distance of every testing site. */
export const UNCOVERED_SOURCE = 'uncovered';

export const SITE_LAYER_IDS = {
  uncoveredFill: 'uncovered-fill',
  uncoveredLine: 'uncovered-line',
  catchmentFill: 'catchment-fill',
  catchmentLine: 'catchment-line',
  selected: 'site-selected',
  icons: 'site-icons',
} as const;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function siteSources(): Record<string, SourceSpecification> {
  return {
    // Each site's id is its feature id: selection is feature state, not new data.
    [SITE_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    [CATCHMENT_SOURCE]: { type: 'geojson', data: EMPTY },
    [UNCOVERED_SOURCE]: { type: 'geojson', data: EMPTY },
  };
}

/** The purple of what no testing site reaches: apart from the tiers' red, orange and yellow. */
export const UNCOVERED_COLOR = '#7b1fa2';

/** Under the zone outlines: the uncovered cells, then a selected site's catchment. */
export function siteAreaLayers(): LayerSpecification[] {
  return [
    {
      id: SITE_LAYER_IDS.uncoveredFill,
      type: 'fill',
      source: UNCOVERED_SOURCE,
      paint: { 'fill-color': UNCOVERED_COLOR, 'fill-opacity': 0.32 },
    },
    {
      id: SITE_LAYER_IDS.uncoveredLine,
      type: 'line',
      source: UNCOVERED_SOURCE,
      // Cell edges only at street level, where a cell is a block to send a team to.
      minzoom: 16,
      paint: { 'line-color': UNCOVERED_COLOR, 'line-width': 0.8, 'line-opacity': 0.5 },
    },
    {
      id: SITE_LAYER_IDS.catchmentFill,
      type: 'fill',
      source: CATCHMENT_SOURCE,
      paint: { 'fill-color': '#00796b', 'fill-opacity': 0.08 },
    },
    {
      id: SITE_LAYER_IDS.catchmentLine,
      type: 'line',
      source: CATCHMENT_SOURCE,
      paint: { 'line-color': '#00796b', 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const iconByKind = [
  'match',
  ['get', 'kind'],
  ...SITE_KINDS.flatMap((kind) => [kind, siteImageId(kind)]),
  '',
] as unknown as ExpressionSpecification;

/** Over everything else: the sites' symbols (always shown, never hidden by a label) and names from street level. */
export function siteSymbolLayers(labelFont: string): LayerSpecification[] {
  return [
    {
      id: SITE_LAYER_IDS.selected,
      type: 'circle',
      source: SITE_SOURCE,
      paint: {
        'circle-radius': 17,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#1d5fa8',
        'circle-stroke-width': 3,
        'circle-stroke-opacity': ['case', selected, 1, 0],
      },
    },
    {
      id: SITE_LAYER_IDS.icons,
      type: 'symbol',
      source: SITE_SOURCE,
      layout: {
        'icon-image': iconByKind,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.75, 13, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['step', ['zoom'], '', 13, ['get', 'name']],
        'text-font': [labelFont],
        'text-size': 12,
        'text-offset': [0, 1.5],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2d3a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
