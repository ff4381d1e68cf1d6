import type { CaseHexData } from '../../domain/hexes/hex-data';
import { hexColor } from '../../domain/hexes/hex-scale';

/** The hexagon colour classes with their counts ("1–3", "≥ 12"): one list for the map legend and the side panel. */
export function HexClasses({ data }: { data: CaseHexData }) {
  const breaks = data.scale.breaks;
  return (
    <ul className="hex-classes">
      {breaks.map((from, k) => {
        const to = k + 1 < breaks.length ? breaks[k + 1] - 1 : undefined;
        const [r, g, b] = hexColor(data.scale, k);
        return (
          <li key={from}>
            <span className="swatch hex" style={{ background: `rgb(${r},${g},${b})` }} aria-hidden="true" />
            {to === undefined ? `≥ ${from}` : from === to ? `${from}` : `${from}–${to}`}
          </li>
        );
      })}
    </ul>
  );
}
