import { H3HexagonLayer } from '@deck.gl/geo-layers';
import type { CellCounts } from '../../domain/cases/case-cells';
import { hexClass, hexColor, hexScale, type HexScale } from './hex-scale';

/** One hexagon as the layer draws it. */
export interface CaseHex {
  hex: string;
  count: number;
  color: [number, number, number];
}

/** What the hexagon layer draws: the cells with their counts and colours, and the scale the legend shows. */
export interface CaseHexData {
  resolution: number;
  hexes: CaseHex[];
  /** The largest count (0 when there is none). */
  max: number;
  scale: HexScale;
}

/** Nothing to draw. */
export const NO_HEXES: CaseHexData = { resolution: 6, hexes: [], max: 0, scale: { breaks: [1] } };

/** Cells and counts from the worker, with their colours. */
export function caseHexData(counts: CellCounts): CaseHexData {
  let max = 0;
  for (let i = 0; i < counts.counts.length; i++) max = Math.max(max, counts.counts[i]);
  const scale = hexScale(max);
  const hexes = counts.cells.map((hex, i) => ({
    hex,
    count: counts.counts[i],
    color: hexColor(scale, hexClass(scale, counts.counts[i])),
  }));
  return { resolution: counts.resolution, hexes, max, scale };
}

/** Metres of height per case when the hexagons stand as columns, so a city's worth stays within view. */
function elevationScale(data: CaseHexData): number {
  return 2000 / Math.max(1, data.max);
}

/**
 * Cases per H3 cell as a deck.gl layer (under the zones), optionally extruded. Pickable for the
 * tooltip, which is text only.
 */
export function caseHexLayer(data: CaseHexData, options: { visible: boolean; extruded: boolean; beforeId: string }) {
  return new H3HexagonLayer<CaseHex, { beforeId: string }>({
    id: 'case-hexes',
    beforeId: options.beforeId,
    data: data.hexes,
    visible: options.visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [29, 95, 168, 160],
    highPrecision: 'auto',
    extruded: options.extruded,
    elevationScale: elevationScale(data),
    getHexagon: (d) => d.hex,
    getFillColor: (d) => [...d.color, options.extruded ? 230 : 170],
    getElevation: (d) => d.count,
    stroked: !options.extruded,
    getLineColor: [120, 40, 20, 200],
    lineWidthMinPixels: 0.5,
    material: { ambient: 0.6, diffuse: 0.5, shininess: 8 },
    updateTriggers: { getFillColor: [options.extruded] },
  });
}
