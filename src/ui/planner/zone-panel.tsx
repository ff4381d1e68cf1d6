import { formatCount, translate } from '../../i18n/i18n';
import { TIER_COLORS, TIERS } from '../../domain/zones/tier';
import type { Zone } from '../../domain/zones/zone';
import { areaSquareMeters } from '../../domain/zones/zone-geometry';
import { issueValues } from '../../io/zones/zone-geojson-import';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { zoneIssues } from '../../state/zone-issues';
import { useT } from '../shared/use-t';
import { ZoneEditor } from './zone-editor';
import { zoneIssueKey } from '../../i18n/reason-keys';

/** Area in m² below 0.1 km², in km² above. */
export function formatArea(language: 'zh-CN' | 'en', squareMeters: number): string {
  return squareMeters < 100_000
    ? `${formatCount(language, Math.round(squareMeters))} m²`
    : `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(squareMeters / 1e6)} km²`;
}

/** The zones of the plan grouped by tier; selecting here selects on the map and the other way round. */
export function ZonePanel({ onZoomTo, onDraftNotice }: { onZoomTo: (zone: Zone) => void; onDraftNotice: () => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const zones = usePlanStore((state) => state.history.present.zones);
  const selection = usePlanStore((state) => state.selection);
  const select = usePlanStore((state) => state.select);
  const selected = selection.kind === 'zone' ? zones.find((zone) => zone.id === selection.id) : undefined;

  return (
    <section aria-labelledby="zones-heading" className="zone-panel">
      <h2 id="zones-heading">{t('zonesHeading')}</h2>
      {zones.length === 0 && <p className="muted small">{t('noZones')}</p>}
      {TIERS.map((tier) => {
        const ofTier = zones.filter((zone) => zone.tier === tier);
        if (ofTier.length === 0) return null;
        return (
          <div key={tier} className="zone-group">
            <h3>
              <span className="tier-swatch" style={{ background: TIER_COLORS[tier] }} aria-hidden="true" />{' '}
              {t(`tier_${tier}`)} · {ofTier.length}
            </h3>
            <ul className="zone-list">
              {ofTier.map((zone) => {
                const issues = zoneIssues(zone);
                const status = issues.length > 0 ? 'invalid' : zone.liftedOn ? 'lifted' : 'valid';
                return (
                  <li key={zone.id}>
                    <button
                      type="button"
                      className={`zone-row ${status}`}
                      aria-pressed={zone.id === selected?.id}
                      onClick={() => select({ kind: 'zone', id: zone.id })}
                      onDoubleClick={() => onZoomTo(zone)}
                    >
                      <span className="zone-name">{zone.name}</span>
                      <span className="zone-area" data-testid="zone-area">
                        {formatArea(language, areaSquareMeters(zone.geometry))}
                      </span>
                      <span className="zone-meta">
                        {t('declaredOn')} {zone.declaredOn}
                        {zone.liftedOn ? ` · ${t('liftedOn')} ${zone.liftedOn}` : ''}
                      </span>
                      <span className={`zone-status ${status}`}>
                        {status === 'invalid'
                          ? `${t('statusInvalid')} — ${translate(language, zoneIssueKey(issues[0].code), issueValues(issues[0]))}`
                          : t(status === 'lifted' ? 'statusLifted' : 'statusValid')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {selected && <ZoneEditor zone={selected} onZoomTo={onZoomTo} onDraftNotice={onDraftNotice} />}
    </section>
  );
}
