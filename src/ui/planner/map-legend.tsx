import { TIER_COLORS, TIERS } from '../../domain/zones/tier';
import { useTimeStore } from '../../state/time-store';
import { useT } from '../shared/use-t';
import { HexClasses } from './hex-classes';

const LINE_STYLE = { sealed: 'solid', controlled: 'dashed', precaution: 'dotted' } as const;

/**
 * The legend on the map: each tier's colour, line style and name (so it reads without colour too),
 * and the hexagons' case classes while they are shown.
 */
export function MapLegend() {
  const t = useT();
  const hexes = useTimeStore((state) => (state.hexes && state.hexData?.hexes.length ? state.hexData : undefined));
  return (
    <ul className="map-legend" aria-label={t('legend')}>
      {TIERS.map((tier) => (
        <li key={tier}>
          <span
            className="legend-zone"
            aria-hidden="true"
            style={{
              background: `${TIER_COLORS[tier]}55`,
              borderColor: TIER_COLORS[tier],
              borderStyle: LINE_STYLE[tier],
            }}
          />
          {t(`tier_${tier}`)}
        </li>
      ))}
      <li>
        <span className="legend-zone invalid" aria-hidden="true" />
        {t('legendInvalid')}
      </li>
      {hexes && (
        <li className="legend-hexes">
          <span>{t('hexLegend')}</span>
          <HexClasses data={hexes} />
        </li>
      )}
    </ul>
  );
}
