import { TIER_COLORS, TIERS } from '../../domain/zones/tier';
import { useT } from '../shared/use-t';

const LINE_STYLE = { sealed: 'solid', controlled: 'dashed', precaution: 'dotted' } as const;

/** The zone legend on the map: colour, line style and name, so it reads without colour too. */
export function MapLegend() {
  const t = useT();
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
    </ul>
  );
}
