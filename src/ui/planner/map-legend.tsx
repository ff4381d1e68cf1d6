import { useState } from 'react';
import { TIERS } from '../../domain/zones/tier';
import { TierSwatch } from '../shared/tier-swatch';
import { useTimeStore } from '../../state/time-store';
import { useT } from '../shared/use-t';
import { HexClasses } from './hex-classes';
import { SITE_KINDS } from '../../domain/sites/site';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { SiteSymbol } from '../shared/site-symbol';

/** A window too small to give the legend a third of the map: 1280×720 and phones. */
const SMALL_SCREEN = '(max-height: 760px), (max-width: 760px)';

/**
 * The legend on the map: each tier's colour, line style and name (so it reads without colour too),
 * the symbol of each kind of site the plan has, what no testing site reaches, and the hexagons'
 * case classes while they are shown. It folds to its title with a click.
 */
export function MapLegend() {
  const t = useT();
  // On a small screen the legend starts folded (one line), so that it does not cover the map.
  const [startsOpen] = useState(() => !window.matchMedia?.(SMALL_SCREEN).matches);
  // Each kind of site the plan has, and what no testing site reaches while it is drawn.
  const sites = usePlanStore((state) => state.history.present.sites);
  const kinds = SITE_KINDS.filter((kind) => sites.some((site) => site.kind === kind));
  const uncovered = usePlannerStore((state) => (state.figures?.sites?.uncoveredCells.length ?? 0) > 0);
  const hexes = useTimeStore((state) => (state.hexes && state.hexData?.hexes.length ? state.hexData : undefined));
  return (
    <details className="map-legend" open={startsOpen}>
      <summary>{t('legend')}</summary>
      <ul className="map-legend-list" aria-label={t('legend')}>
        {TIERS.map((tier) => (
          <li key={tier}>
            <TierSwatch tier={tier} fillAlpha="55" />
            {t(`tier_${tier}`)}
          </li>
        ))}
        <li>
          <span className="legend-zone invalid" aria-hidden="true" />
          {t('legendInvalid')}
        </li>
        {kinds.map((kind) => (
          <li key={kind}>
            <SiteSymbol kind={kind} size={16} />
            {t(`siteKind_${kind}`)}
          </li>
        ))}
        {uncovered && (
          <li>
            <span className="legend-uncovered" aria-hidden="true" />
            {t('legendUncovered')}
          </li>
        )}
        {hexes && (
          <li className="legend-hexes">
            <span>{t('hexLegend')}</span>
            <HexClasses data={hexes} />
          </li>
        )}
      </ul>
    </details>
  );
}
