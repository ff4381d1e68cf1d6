import { describe, expect, it } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, formatHex, parse, type Color } from 'culori';
import { HEX_COLORS } from '../../domain/hexes/hex-scale';
import { TIER_COLORS, TIERS } from '../../domain/zones/tier';
import { BASEMAP_COLORS, FOUND_IN_COLORS } from './palette';
import { INVALID_LINE_COLOR, ZONE_FILL_OPACITY } from './zone-layers';

const deltaE = differenceCiede2000();
const deuteranopia = filterDeficiencyDeuter(1);
/** The hexagons' fill opacity (case-hex-layer.ts: 170 of 255 when flat). */
const HEX_OPACITY = 170 / 255;

function rgb(hex: string): Color {
  const colour = parse(hex);
  if (!colour) throw new Error(`not a colour: ${hex}`);
  return colour;
}

/** A colour drawn at an opacity over the district fill, as the map shows it. */
function over(hex: string, opacity: number): string {
  const top = rgb(hex) as { r: number; g: number; b: number };
  const base = rgb(BASEMAP_COLORS.districtFill) as { r: number; g: number; b: number };
  const mix = (a: number, b: number) => a * opacity + b * (1 - opacity);
  return formatHex({ mode: 'rgb', r: mix(top.r, base.r), g: mix(top.g, base.g), b: mix(top.b, base.b) });
}

const toHex = ([r, g, b]: readonly number[]) => formatHex({ mode: 'rgb', r: r / 255, g: g / 255, b: b / 255 });

/** Every colour a zone shows: each tier's outline and its fills (plain, selected, derived ring), and the invalid outline. */
const zoneColours = [
  ...TIERS.flatMap((tier) => [
    { what: `${tier} outline`, hex: TIER_COLORS[tier] },
    ...(['plain', 'selected', 'derived'] as const).map((kind) => ({
      what: `${tier} ${kind} fill`,
      hex: over(TIER_COLORS[tier], ZONE_FILL_OPACITY[kind]),
    })),
  ]),
  { what: 'invalid outline', hex: INVALID_LINE_COLOR },
];

function smallestDifference(colours: { what: string; hex: string }[]) {
  let smallest = { delta: Infinity, pair: '' };
  for (const vision of ['normal', 'deuteranopia'] as const) {
    const seen = (hex: string) => (vision === 'normal' ? rgb(hex) : deuteranopia(rgb(hex)));
    for (const a of colours)
      for (const zone of zoneColours) {
        const delta = deltaE(seen(a.hex), seen(zone.hex));
        if (delta < smallest.delta) smallest = { delta, pair: `${a.what} ~ ${zone.what} (${vision})` };
      }
  }
  return smallest;
}

describe('case colours never read as zones', () => {
  it('holds every hexagon class at ΔE2000 ≥ 20 from every tier fill and outline, also for deuteranopes', () => {
    const hexes = HEX_COLORS.flatMap((colour, k) => [
      { what: `hexagon class ${k + 1}`, hex: toHex(colour) },
      { what: `hexagon class ${k + 1} as drawn`, hex: over(toHex(colour), HEX_OPACITY) },
    ]);
    const smallest = smallestDifference(hexes);
    expect(smallest.delta, smallest.pair).toBeGreaterThanOrEqual(20);
  });

  it('keeps neighbouring hexagon classes apart from each other', () => {
    for (let k = 1; k < HEX_COLORS.length; k++)
      expect(deltaE(rgb(toHex(HEX_COLORS[k - 1])), rgb(toHex(HEX_COLORS[k])))).toBeGreaterThanOrEqual(10);
  });

  it('gives case points no tier hue', () => {
    const points = Object.entries(FOUND_IN_COLORS).map(([found, hex]) => ({ what: `${found} case`, hex }));
    const smallest = smallestDifference(points);
    expect(smallest.delta, smallest.pair).toBeGreaterThanOrEqual(15);
  });
});
