import type { CellCounts } from '../cases/case-cells';
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
