import { TIER_COLORS, type Tier } from '../../domain/zones/tier';

/** Each tier's outline style, as the map draws it, so a legend reads without colour too. */
const LINE_STYLE = { sealed: 'solid', controlled: 'dashed', precaution: 'dotted' } as const;

/** A tier's legend swatch: its fill (at `fillAlpha`, two hex digits) and its outline style. */
export function TierSwatch({ tier, fillAlpha }: { tier: Tier; fillAlpha: string }) {
  return (
    <span
      className="legend-zone"
      aria-hidden="true"
      style={{
        background: `${TIER_COLORS[tier]}${fillAlpha}`,
        borderColor: TIER_COLORS[tier],
        borderStyle: LINE_STYLE[tier],
      }}
    />
  );
}
