import { H3HexagonLayer } from '@deck.gl/geo-layers';
import type { CaseHex, CaseHexData } from '../../domain/hexes/hex-data';

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
    highlightColor: [20, 20, 20, 90],
    highPrecision: 'auto',
    extruded: options.extruded,
    elevationScale: elevationScale(data),
    getHexagon: (d) => d.hex,
    getFillColor: (d) => [...d.color, options.extruded ? 230 : 170],
    getElevation: (d) => d.count,
    // A thin solid white edge: no dashes and no warm hue, so a hexagon never reads as a zone's outline.
    stroked: !options.extruded,
    getLineColor: [255, 255, 255, 200],
    lineWidthMinPixels: 0.5,
    material: { ambient: 0.6, diffuse: 0.5, shininess: 8 },
    updateTriggers: { getFillColor: [options.extruded] },
  });
}
