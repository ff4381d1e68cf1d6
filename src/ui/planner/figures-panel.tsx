import { planningNeeds } from '../../domain/figures/planning-needs';
import type { AreaFigures } from '../../domain/figures/plan-figures';
import { TIERS, TIER_COLORS } from '../../domain/zones/tier';
import { formatCount } from '../../i18n/i18n';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';

/**
 * Households, residents and cases per tier (each counted once, in its highest tier, rings included)
 * and per zone, with the change since the last edit and what the tiers need by the planning rates.
 */
export function FiguresPanel() {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const figures = usePlannerStore((state) => state.figures);
  const previous = usePlannerStore((state) => state.previousFigures);
  const zones = usePlanStore((state) => state.history.present.zones);
  const count = (value: number) => formatCount(language, value);
  if (!figures) return null;
  const delta = (now: number, before: number | undefined) => {
    if (before === undefined || now === before) return null;
    const change = now - before;
    return <span className={`delta ${change > 0 ? 'up' : 'down'}`}>{change > 0 ? `+${count(change)}` : `−${count(-change)}`}</span>;
  };
  const row = (label: string, tier: string, now: AreaFigures, before: AreaFigures | undefined, swatch?: string) => (
    <tr key={tier} data-testid={`figures-${tier}`}>
      <th scope="row">
        {swatch && <span className="swatch" style={{ background: swatch }} aria-hidden="true" />}
        {label}
      </th>
      <td>{count(now.households)}{delta(now.households, before?.households)}</td>
      <td>{count(now.residents)}{delta(now.residents, before?.residents)}</td>
      <td>{count(now.cases)}</td>
      <td>{(now.areaSquareMeters / 1e6).toFixed(2)}</td>
    </tr>
  );
  const nameOf = (id: string) => zones.find((zone) => zone.id === id)?.name || id;
  return (
    <section aria-labelledby="figures-heading" className="figures-panel">
      <h2 id="figures-heading">{t('figuresHeading')}</h2>
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">{t('figuresTier')}</th>
            <th scope="col">{t('households')}</th>
            <th scope="col">{t('residents')}</th>
            <th scope="col">{t('cases')}</th>
            <th scope="col">{t('figuresAreaKm2')}</th>
          </tr>
        </thead>
        <tbody>{TIERS.map((tier) => row(t(`tier_${tier}`), tier, figures.tiers[tier], previous?.tiers[tier], TIER_COLORS[tier]))}</tbody>
      </table>
      <h3>{t('figuresNeeds')}</h3>
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">{t('figuresTier')}</th>
            <th scope="col">{t('needSupplyPacks')}</th>
            <th scope="col">{t('needSwabs')}</th>
            <th scope="col">{t('needStaff')}</th>
          </tr>
        </thead>
        <tbody>
          {TIERS.map((tier) => {
            const needs = planningNeeds(figures.tiers[tier]);
            return (
              <tr key={tier}>
                <th scope="row">{t(`tier_${tier}`)}</th>
                <td>{count(needs.supplyPacksPerDay)}</td>
                <td>{count(needs.swabsPerRound)}</td>
                <td>{count(needs.gridStaff)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('figuresRatesNote')}</p>
      {figures.zones.length > 0 && (
        <>
          <h3>{t('figuresPerZone')}</h3>
          <table className="figures-table" data-testid="figures-zones">
            <thead>
              <tr>
                <th scope="col">{t('zonesHeading')}</th>
                <th scope="col">{t('households')}</th>
                <th scope="col">{t('residents')}</th>
                <th scope="col">{t('cases')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.zones.map((zone) => (
                <tr key={zone.id}>
                  <th scope="row">
                    <span className="swatch" style={{ background: TIER_COLORS[zone.tier] }} aria-hidden="true" /> {nameOf(zone.id)}
                  </th>
                  <td>{count(zone.households)}</td>
                  <td>{count(zone.residents)}</td>
                  <td>{count(zone.cases)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
