import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { TIER_COLORS } from '../../domain/zones/tier';

export const ZONE_SOURCE = 'zones';
export const ZONE_ISSUE_SOURCE = 'zone-issues';
/** A point per zone with its label (tier, name, clock badge): what changes with the date. */
export const ZONE_LABEL_SOURCE = 'zone-labels';
/** The effective tiers (zones joined with the derived rings, higher tiers taken out): computed, never edited. */
export const EFFECTIVE_SOURCE = 'effective-tiers';
export const ZONE_LAYER_IDS = {
  fill: 'zone-fill',
  line: 'zone-line',
  selected: 'zone-selected',
  issues: 'zone-issues',
  labels: 'zone-labels',
  effectiveFill: 'effective-fill',
  effectiveLine: 'effective-line',
} as const;

/** The outline layers, one per tier (`zoneLineLayers`). */
export const ZONE_LINE_LAYER_IDS = ['sealed', 'controlled', 'precaution'].map(
  (tier) => `${ZONE_LAYER_IDS.line}-${tier}`,
);

/** How opaque a zone's fill is (lifted, selected, plain) and a derived ring's: the colour test composes with these. */
export const ZONE_FILL_OPACITY = { lifted: 0.08, selected: 0.38, plain: 0.26, derived: 0.08 } as const;
/** The outline of an invalid zone. */
export const INVALID_LINE_COLOR = '#b3261e';

/** A feature's tier colour (its `tier` property): the planner's zones and the public map's tiers. */
export const tierColor: ExpressionSpecification = [
  'match',
  ['get', 'tier'],
  'sealed',
  TIER_COLORS.sealed,
  'controlled',
  TIER_COLORS.controlled,
  TIER_COLORS.precaution,
];

/** The selected zone, as feature state set by the map controller (filters cannot read feature state, paint can). */
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Zone fills: under the case layers, so a hexagon or a cluster is tinted by the zone it lies in. */
export function zoneFillLayers(): LayerSpecification[] {
  return [
    {
      id: ZONE_LAYER_IDS.fill,
      type: 'fill',
      source: ZONE_SOURCE,
      // An invalid zone's outline also comes as lines (zone-features.ts): the fill takes the areas only.
      filter: ['match', ['geometry-type'], ['LineString', 'MultiLineString'], false, true],
      paint: {
        'fill-color': ['case', ['get', 'invalid'], '#9e9e9e', tierColor],
        'fill-opacity': [
          'case',
          ['get', 'lifted'],
          ZONE_FILL_OPACITY.lifted,
          selected,
          ZONE_FILL_OPACITY.selected,
          ZONE_FILL_OPACITY.plain,
        ],
      },
    },
  ];
}

/**
 * Zone outlines, above every case layer so a zone stays readable over hexagons and clusters.
 * Tiers differ by colour and also by line (sealed solid and thick, controlled dashed, precaution
 * dotted) and by their label, so the map reads in greyscale and for colour-blind viewers. Invalid
 * zones are grey with a red dashed edge.
 */
export function zoneLineLayers(): LayerSpecification[] {
  const line = (tier: string, dash: number[] | undefined, width: number): LayerSpecification => ({
    id: `${ZONE_LAYER_IDS.line}-${tier}`,
    type: 'line',
    source: ZONE_SOURCE,
    filter: ['==', ['get', 'tier'], tier],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': ['case', ['get', 'invalid'], INVALID_LINE_COLOR, tierColor],
      'line-width': width,
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  });
  return [
    line('precaution', [1, 1.5], 2.5),
    line('controlled', [4, 2], 2.5),
    line('sealed', undefined, 3.5),
    {
      id: ZONE_LAYER_IDS.selected,
      type: 'line',
      source: ZONE_SOURCE,
      paint: {
        'line-color': '#1d5fa8',
        'line-width': 2,
        'line-gap-width': 3,
        'line-opacity': ['case', selected, 1, 0],
      },
    },
  ];
}

/**
 * The effective controlled and precaution areas, rings included: a faint fill (under the case
 * layers) and a thin, long-dashed outline (over them), so they read as derived, unlike the zones
 * drawn by hand.
 */
export function effectiveFillLayers(): LayerSpecification[] {
  return [
    {
      id: ZONE_LAYER_IDS.effectiveFill,
      type: 'fill',
      source: EFFECTIVE_SOURCE,
      filter: ['!=', ['get', 'tier'], 'sealed'],
      paint: { 'fill-color': tierColor, 'fill-opacity': ZONE_FILL_OPACITY.derived },
    },
  ];
}

export function effectiveLineLayers(): LayerSpecification[] {
  return [
    {
      id: ZONE_LAYER_IDS.effectiveLine,
      type: 'line',
      source: EFFECTIVE_SOURCE,
      filter: ['!=', ['get', 'tier'], 'sealed'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': tierColor, 'line-width': 1.5, 'line-dasharray': [6, 4] },
    },
  ];
}

export function zoneMarkerLayers(labelFont: string): LayerSpecification[] {
  return [
    {
      id: ZONE_LAYER_IDS.issues,
      type: 'circle',
      source: ZONE_ISSUE_SOURCE,
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#b3261e',
        'circle-stroke-width': 3,
      },
    },
    {
      id: ZONE_LAYER_IDS.labels,
      type: 'symbol',
      source: ZONE_LABEL_SOURCE,
      minzoom: 11,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [labelFont],
        'text-size': 13,
        'symbol-placement': 'point',
      },
      // A zone due to be downgraded or lifted within two days has its label in amber.
      paint: {
        'text-color': ['case', ['==', ['get', 'due'], true], '#8a4b00', '#1f2d3a'],
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
      },
    },
  ];
}
