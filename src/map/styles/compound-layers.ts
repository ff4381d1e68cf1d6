import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS } from './palette';

/**
 * The synthetic demo's compounds (小区): outlines and names, drawn at street level under the zones.
 * No fill: in software rendering a fill over most of the screen cost 70 ms a frame.
 */
export const COMPOUND_SOURCE = 'demo-compounds';
export const COMPOUND_LAYER_IDS = {
  line: 'demo-compound-line',
  names: 'demo-compound-names',
} as const;

/** From this zoom the compounds are drawn; their names from one step further in. */
export const COMPOUND_MIN_ZOOM = 13.5;

export const COMPOUND_ATTRIBUTION = '示例小区为合成 Demo compounds are synthetic';

/** The compounds' file; the source starts empty and is given it when the map first comes near (MapController). */
export const compoundDataUrl = (origin: string) => `${origin}/demo/compounds.geojson`;

export function compoundSource(): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    attribution: COMPOUND_ATTRIBUTION,
    // Tiles cut up to zoom 14 and drawn larger beyond: a third of the tiles to make at street level.
    maxzoom: 14,
  };
}

export function compoundLayers(): LayerSpecification[] {
  return [
    {
      id: COMPOUND_LAYER_IDS.line,
      type: 'line',
      source: COMPOUND_SOURCE,
      minzoom: COMPOUND_MIN_ZOOM,
      paint: {
        'line-color': BASEMAP_COLORS.compoundLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.8, 17, 2],
      },
    },
  ];
}

/** Names: Chinese over pinyin, placed inside each outline, never over one another. */
export function compoundNameLayer(font: string): LayerSpecification {
  return {
    id: COMPOUND_LAYER_IDS.names,
    type: 'symbol',
    source: COMPOUND_SOURCE,
    minzoom: COMPOUND_MIN_ZOOM + 1.5,
    layout: {
      'text-field': ['format', ['get', 'nameZh'], {}, '\n', {}, ['get', 'nameEn'], { 'font-scale': 0.78 }],
      'text-font': [font],
      'text-size': ['interpolate', ['linear'], ['zoom'], 14.5, 11, 17, 14],
      'text-allow-overlap': false,
      'text-padding': 4,
    },
    paint: {
      'text-color': BASEMAP_COLORS.compoundLabel,
      'text-halo-color': BASEMAP_COLORS.halo,
      'text-halo-width': 1.4,
    },
  };
}
