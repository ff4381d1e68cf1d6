import { FOUND_IN } from '../../domain/cases/case-record';
import type { KeyFigures } from '../../domain/briefing/key-figures';
import { TIERS } from '../../domain/zones/tier';
import { formatCount } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';

/** The briefing's figures: new cases that day and over 7 days by where found, per tier, and clocks due soon. */
export function KeyFiguresPanel({ figures }: { figures: KeyFigures }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const n = (value: number) => formatCount(language, value);
  return (
    <section className="briefing-figures" aria-labelledby="briefing-figures-heading" data-testid="briefing-figures">
      <h2 id="briefing-figures-heading">{t('briefingFigures')}</h2>
      <table>
        <caption>{t('briefingNewCases')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('briefingToday')}</th>
            <th scope="col">{t('briefingLast7')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="total">
            <th scope="row">{t('briefingNewCases')}</th>
            <td data-testid="briefing-new-day">{n(figures.newCases.day)}</td>
            <td data-testid="briefing-new-7">{n(figures.newCases.last7Days)}</td>
          </tr>
          {FOUND_IN.map((found) => (
            <tr key={found}>
              <th scope="row">{t(`foundIn_${found}`)}</th>
              <td>{n(figures.newCases.dayByFoundIn[found])}</td>
              <td>{n(figures.newCases.last7DaysByFoundIn[found])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('briefingPerTier')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('briefingZones')}</th>
            <th scope="col">{t('households')}</th>
            <th scope="col">{t('residents')}</th>
          </tr>
        </thead>
        <tbody>
          {TIERS.map((tier) => (
            <tr key={tier} data-testid={`briefing-tier-${tier}`}>
              <th scope="row">{t(`tier_${tier}`)}</th>
              <td>{n(figures.tiers[tier].zones)}</td>
              <td>{n(figures.tiers[tier].households)}</td>
              <td>{n(figures.tiers[tier].residents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="briefing-due">
        {t('briefingDueSoon')}: <strong data-testid="briefing-due">{n(figures.dueSoon)}</strong>
      </p>
    </section>
  );
}
