/** Where an exported frame puts its parts, in CSS pixels (docs/architecture.md, Briefing exports). Pure: tested in Node. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A wall image (PNG) is laid out as briefing mode lays out the screen; a page (PDF) adds a footer. */
export type FrameKind = 'wall' | 'page';

export interface FrameLayout {
  kind: FrameKind;
  width: number;
  height: number;
  title: Rect;
  map: Rect;
  figures: Rect;
  /** The page's footer (attribution and page number); a wall image puts the attribution on the map. */
  footer?: Rect;
}

/** The wall's CSS size: exports at 3840 × 2160 draw the same frame at twice the pixel ratio. */
export const WALL_SIZE = { width: 1920, height: 1080 } as const;
/** A4 landscape at 300 dpi is 3508 × 2480 pixels: this page size at pixel ratio 2. */
export const PAGE_SIZE = { width: 1754, height: 1240 } as const;
export const PAGE_PIXEL_RATIO = 2;
/** A4 landscape in PDF points (1/72 inch). */
export const A4_LANDSCAPE_POINTS = { width: 841.89, height: 595.28 } as const;

const TITLE_HEIGHT = 96;
const FIGURES_WIDTH = { wall: 600, page: 620 } as const;
const FOOTER_HEIGHT = 56;

/** The parts' places: title bar on top, figures on the right, the map in the rest (as briefing.css does on screen). */
export function frameLayout(kind: FrameKind): FrameLayout {
  const { width, height } = kind === 'wall' ? WALL_SIZE : PAGE_SIZE;
  const footer = kind === 'page' ? FOOTER_HEIGHT : 0;
  const figuresWidth = FIGURES_WIDTH[kind];
  const body = height - TITLE_HEIGHT - footer;
  return {
    kind,
    width,
    height,
    title: { x: 0, y: 0, width, height: TITLE_HEIGHT },
    map: { x: 0, y: TITLE_HEIGHT, width: width - figuresWidth, height: body },
    figures: { x: width - figuresWidth, y: TITLE_HEIGHT, width: figuresWidth, height: body },
    ...(kind === 'page' ? { footer: { x: 0, y: height - footer, width, height: footer } } : {}),
  };
}

/** A scale bar: a round length (1, 2 or 5 × a power of ten metres) no longer than `maxCssPixels`. */
export function scaleBar(
  metersPerCssPixel: number,
  maxCssPixels: number,
): { meters: number; cssPixels: number; label: string } {
  const maxMeters = metersPerCssPixel * maxCssPixels;
  const power = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].find((factor) => factor * power <= maxMeters) ?? 1;
  const meters = step * power;
  return {
    meters,
    cssPixels: meters / metersPerCssPixel,
    label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m`,
  };
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/**
 * Breaks text into lines no wider than `maxWidth` as `measure` measures them: between words, and
 * between any two CJK characters (which have no spaces). A word wider than a line stands alone.
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  // Pieces: a CJK character, or a run of other characters with the spaces after it.
  const pieces =
    text.match(new RegExp(`${CJK.source}|[^\\s\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF]+\\s*|\\s+`, 'g')) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Text cut to fit `maxWidth`, with an ellipsis when cut. */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const characters = [...text];
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${characters.slice(0, middle).join('')}…`) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join('')}…`;
}
