import type { SiteKind } from '../../domain/sites/site';
import { SITE_SYMBOLS } from '../../map/layers/site-symbols';

/** A kind of site's map symbol, as SVG (the same paths the map draws). Decorative: the text beside it names the kind. */
export function SiteSymbol({ kind, size = 18 }: { kind: SiteKind; size?: number }) {
  const { color, shape, mark } = SITE_SYMBOLS[kind];
  return (
    <svg width={size} height={size} viewBox="-1 -1 26 26" aria-hidden="true" focusable="false" className="site-symbol">
      <path d={shape} fill={color} stroke="#ffffff" strokeWidth={2.2} strokeLinejoin="round" paintOrder="stroke" />
      <path d={mark} fill="#ffffff" />
    </svg>
  );
}
