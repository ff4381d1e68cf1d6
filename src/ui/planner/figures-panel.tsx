import { planningNeeds } from '../../domain/figures/planning-needs';
import type { PlanFigures } from '../../domain/figures/plan-figures';
import type { AreaGeometry } from '../../domain/geo/types';
import { isoDateFromDay } from '../../domain/time/day-number';
import { detachRing } from '../../state/commands/detach-ring';
import { TIERS, TIER_COLORS } from '../../domain/zones/tier';
import { formatCount } from '../../i18n/i18n';
import { formatKm2 } from '../../io/report/figures-document';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { exportFigures } from './export-figures';
import { useTimeStore } from '../../state/time-store';
import { PlanSettingsForm } from './plan-settings-form';
import { NoticeTemplateForm } from './notice-template-form';
import { ZoneHouseholdsButton } from './zone-households-button';
import { runCommand } from '../../state/run-command';
import { TableHead } from '../shared/table-head';

/**
 * The cases the figures count: the time bar's window (and its filters) once the worker has counted
 * it for this count, else every case.
 */
export function useFigureCases(figures: PlanFigures & { countId: number }) {
  const windowCases = useTimeStore((state) => state.windowCases);
  return windowCases?.countId === figures.countId ? windowCases : undefined;
}

/** Which cases the case column counts, in words. */
function CasesCounted({ figures }: { figures: PlanFigures & { countId: number } }) {
  const t = useT();
  const counted = useFigureCases(figures);
  if (!counted) return <p className="muted small">{t('figuresCasesAll')}</p>;
  const { fromDay, toDay, foundIn, kinds } = counted.window;
  return (
    <p className="muted small" data-testid="figures-case-window">
      {t(foundIn || kinds ? 'figuresCasesWindowFiltered' : 'figuresCasesWindow', {
        from: isoDateFromDay(fromDay),
        to: isoDateFromDay(toDay),
      })}
    </p>
  );
}

/**
 * Households, residents and cases per tier (each counted once, in its highest tier, rings
 * included), with the change since the last edit: first in the side panel, so they stay in sight
 * while a zone is drawn or edited. The cases follow the time bar's window.
 */
export function TierFigures() {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const figures = usePlannerStore((state) => state.figures);
  const previous = usePlannerStore((state) => state.previousFigures);
  const counted = useTimeStore((state) => state.windowCases);
  const count = (value: number) => formatCount(language, value);
  if (!figures) return null;
  const windowCases = counted?.countId === figures.countId ? counted : undefined;
  const delta = (now: number, before: number | undefined) => {
    if (before === undefined || now === before) return null;
    const change = now - before;
    return (
      <span className={`delta ${change > 0 ? 'up' : 'down'}`}>
        {change > 0 ? `+${count(change)}` : `−${count(-change)}`}
      </span>
    );
  };
  return (
    <section aria-labelledby="figures-heading" className="tier-figures">
      <h2 id="figures-heading">{t('figuresHeading')}</h2>
      <table className="figures-table tiers">
        <TableHead columns={[t('figuresTier'), t('households'), t('residents'), t('cases'), t('figuresAreaKm2')]} />
        <tbody>
          {TIERS.map((tier) => {
            const now = figures.tiers[tier];
            const before = previous?.tiers[tier];
            return (
              <tr key={tier} data-testid={`figures-${tier}`}>
                <th scope="row">
                  <span className="swatch" style={{ background: TIER_COLORS[tier] }} aria-hidden="true" />
                  {t(`tierShort_${tier}`)}
                </th>
                <td>
                  {count(now.households)}
                  {delta(now.households, before?.households)}
                </td>
                <td>
                  {count(now.residents)}
                  {delta(now.residents, before?.residents)}
                </td>
                <td>{count(windowCases ? windowCases.tiers[tier] : now.cases)}</td>
                <td>{formatKm2(now.areaSquareMeters)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CasesCounted figures={figures} />
    </section>
  );
}

/** Square kilometres with sensible precision: two decimals under 10 km², one under 100, none above. */

/**
 * Per zone (its own shape), what the tiers need by the planning rates, the exports, and the
 * plan's settings (collapsed): what the planner reads after the tier figures.
 */
export function FiguresPanel() {
  const t = useT();
  const figures = usePlannerStore((state) => state.figures);
  const zones = usePlanStore((state) => state.history.present.zones);
  const counted = useTimeStore((state) => state.windowCases);
  const plan = usePlanStore((state) => state.history.present);
  const readOnly = usePlanStore((state) => state.readOnly);
  const language = usePlannerStore((state) => state.language);
  if (!figures) return null;
  const windowCases = counted?.countId === figures.countId ? counted : undefined;
  const rates = plan.settings.planningRates;
  const exportReport = (format: 'csv' | 'md' | 'xlsx') => exportFigures(format, figures, plan, language);
  const nameOf = (id: string) => zones.find((zone) => zone.id === id)?.name || id;
  return (
    <section aria-labelledby="figures-more-heading" className="figures-panel">
      <h2 id="figures-more-heading" className="visually-hidden">
        {t('figuresMoreHeading')}
      </h2>
      {plan.settings.precautionMode === 'district' && (
        <p className="muted small" data-testid="precaution-districts">
          {figures.effective.precautionDistricts
            ? t('precautionDistricts', { names: figures.effective.precautionDistricts.join('、') || '—' })
            : t('figuresDistrictsMissing')}
        </p>
      )}
      {figures.zones.length > 0 && (
        <>
          <h3>{t('figuresPerZone')}</h3>
          <table className="figures-table" data-testid="figures-zones">
            <TableHead
              columns={[t('zonesHeading'), t('households'), t('residents'), t('cases'), t('exportZoneHouseholds')]}
            />
            <tbody>
              {figures.zones.map((zone) => (
                <tr key={zone.id}>
                  <th scope="row">
                    <span className="swatch" style={{ background: TIER_COLORS[zone.tier] }} aria-hidden="true" />{' '}
                    {nameOf(zone.id)}
                  </th>
                  <CountCells
                    values={[
                      zone.households,
                      zone.residents,
                      windowCases ? (windowCases.zones[zone.id] ?? 0) : zone.cases,
                    ]}
                  />
                  <td>
                    <ZoneHouseholdsButton zoneId={zone.id} disabled={zone.records === 0} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('figuresNeeds')}</h3>
      <table className="figures-table">
        <TableHead columns={[t('figuresTier'), t('needSupplyPacks'), t('needSwabs'), t('needStaff')]} />
        <tbody>
          {TIERS.map((tier) => {
            const needs = planningNeeds(figures.tiers[tier], rates);
            return (
              <tr key={tier} data-testid={`needs-${tier}`}>
                <th scope="row">{t(`tierShort_${tier}`)}</th>
                <CountCells values={[needs.supplyPacksPerDay, needs.swabsPerRound, needs.gridStaff]} />
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">
        {t('figuresRatesNote')}{' '}
        {t('figuresRatesNoteRates', {
          packs: rates.supplyPacksPerHousehold,
          swabs: rates.swabsPerResident,
          staff: rates.staffPer100Households,
        })}
      </p>
      <div className="form-row small">
        {(['controlled', 'precaution'] as const).map((tier) => {
          const meters =
            tier === 'controlled' ? plan.settings.controlledBufferMeters : plan.settings.precautionBufferMeters;
          return (
            <button
              key={tier}
              type="button"
              disabled={!!readOnly || !ringBand(figures, tier)}
              onClick={() =>
                runCommand(detachRing, {
                  tier,
                  geometry: ringBand(figures, tier),
                  name: t(`ringZoneName_${tier}`, { meters }),
                })
              }
            >
              {t(`detachRing_${tier}`)}
            </button>
          );
        })}
        <button type="button" onClick={() => void exportReport('csv')}>
          {t('exportReportCsv')}
        </button>
        <button type="button" onClick={() => void exportReport('xlsx')}>
          {t('exportReportXlsx')}
        </button>
        <button type="button" onClick={() => void exportReport('md')}>
          {t('exportReportMd')}
        </button>
      </div>
      <details className="plan-settings">
        <summary>{t('figuresSettings')}</summary>
        <PlanSettingsForm key={JSON.stringify(plan.settings)} settings={plan.settings} />
      </details>
      <details className="plan-settings">
        <summary>{t('noticeTemplates')}</summary>
        <NoticeTemplateForm key={JSON.stringify(plan.settings.notices)} templates={plan.settings.notices} />
      </details>
    </section>
  );
}

/** A derived ring without what a higher tier's ring or the sealed area already covers: the band to detach (computed in the worker). */
function ringBand(figures: PlanFigures, tier: 'controlled' | 'precaution'): AreaGeometry | undefined {
  return tier === 'controlled' ? figures.effective.controlledBand : figures.effective.precautionBand;
}

/** Numbers as table cells, grouped in the reader's convention. */
function CountCells({ values }: { values: number[] }) {
  const language = usePlannerStore((state) => state.language);
  return values.map((value, i) => <td key={i}>{formatCount(language, value)}</td>);
}
