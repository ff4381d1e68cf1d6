/**
 * A sequential colour scale for case counts, light blue to deep indigo (5 classes): far from the
 * tiers' red, orange and yellow, so a hexagon never reads as a zone, also for deuteranopes
 * (hex-palette.test.ts holds every class at CIE ΔE2000 ≥ 20 from every tier fill and outline).
 */
export const HEX_COLORS: readonly [number, number, number][] = [
  [127, 176, 230],
  [93, 138, 216],
  [83, 96, 196],
  [74, 58, 168],
  [43, 28, 112],
];

/** The lower bound of each colour class, ascending, distinct, starting at 1. */
export interface HexScale {
  breaks: number[];
}

/**
 * Breaks for counts up to `max`: 1, then about 10 %, 25 %, 50 % and 75 % of the largest count,
 * rounded to whole cases and made distinct (fewer classes when the counts are small).
 */
export function hexScale(max: number): HexScale {
  const breaks = [1];
  for (const share of [0.1, 0.25, 0.5, 0.75]) {
    const value = Math.ceil(max * share);
    if (value > breaks[breaks.length - 1]) breaks.push(value);
  }
  return { breaks };
}

/** The class of a count in a scale (0 for the lowest). */
export function hexClass(scale: HexScale, count: number): number {
  let k = 0;
  while (k + 1 < scale.breaks.length && count >= scale.breaks[k + 1]) k++;
  return k;
}

/** The colour of a class: the classes spread over the palette's ends. */
export function hexColor(scale: HexScale, k: number): [number, number, number] {
  const n = scale.breaks.length;
  return HEX_COLORS[n === 1 ? HEX_COLORS.length - 1 : Math.round((k * (HEX_COLORS.length - 1)) / (n - 1))];
}
