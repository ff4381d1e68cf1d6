import type { SiteFigures } from '../../domain/sites/site-figures';
import { TIERS, TIER_COLORS } from '../../domain/zones/tier';
import { formatCount } from '../../i18n/i18n';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { TableHead } from '../shared/table-head';
import { useT } from '../shared/use-t';

/**
 * What the sites give the plan (docs/architecture.md, Sites), read at once after the tier figures:
 * residents within walking distance of a testing site per tier and zone, whether each zone's
 * testing round fits the target, isolation rooms left and when they run out, and supply packs
 * against need. Every flag is said in words, not only in colour.
 */
export function SiteFiguresPanel() {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const figures = usePlannerStore((state) => state.figures);
  const plan = usePlanStore((state) => state.history.present);
  const sites = figures?.sites;
  if (!figures || !sites || plan.sites.length === 0) return null;
  const count = (value: number) => formatCount(language, value);
  const hours = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  const { testing } = sites;
  const nameOf = (id: string) => plan.zones.find((zone) => zone.id === id)?.name || id;
  const siteName = (id: string) => plan.sites.find((site) => site.id === id)?.name || id;
  return (
    <section aria-labelledby="site-figures-heading" className="site-figures">
      <h2 id="site-figures-heading">{t('siteFiguresHeading')}</h2>
      <h3>{t('coverageHeading', { meters: count(testing.walkingMeters) })}</h3>
      <table className="figures-table" data-testid="coverage-tiers">
        <TableHead columns={[t('figuresTier'), t('coverageCovered'), t('coverageUncovered')]} />
        <tbody>
          {TIERS.map((tier) => (
            <tr key={tier} data-testid={`coverage-${tier}`}>
              <th scope="row">
                <span className="swatch" style={{ background: TIER_COLORS[tier] }} aria-hidden="true" />
                {t(`tierShort_${tier}`)}
              </th>
              <td>{count(testing.tiers[tier].residentsCovered)}</td>
              <td className={testing.tiers[tier].residentsUncovered > 0 && tier !== 'precaution' ? 'warn' : undefined}>
                {count(testing.tiers[tier].residentsUncovered)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {testing.zones.length > 0 && (
        <>
          <h3>{t('roundHeading', { hours: hours(testing.targetRoundHours) })}</h3>
          <table className="figures-table" data-testid="coverage-zones">
            <TableHead columns={[t('zonesHeading'), t('coverageUncovered'), t('roundHours'), t('roundSites')]} />
            <tbody>
              {testing.zones.map((zone) => (
                <tr key={zone.id}>
                  <th scope="row">{nameOf(zone.id)}</th>
                  <td>{count(zone.residentsUncovered)}</td>
                  <td className={zone.fits === true ? 'ok' : 'warn'}>
                    {zone.roundHours === null
                      ? t('roundNoSite')
                      : t(zone.fits ? 'roundFits' : 'roundOver', { hours: hours(zone.roundHours) })}
                  </td>
                  <td className="small">{zone.siteIds.map(siteName).join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <IsolationLine isolation={sites.isolation} />
      <SupplyLine supply={sites.supply} />
      <p className="muted small">{t('coverageNote')}</p>
    </section>
  );
}

function IsolationLine({ isolation }: { isolation: SiteFigures['isolation'] }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const count = (value: number) => formatCount(language, value);
  if (isolation.sites === 0) return <p data-testid="isolation-status">{t('isolationNone')}</p>;
  const values = {
    free: count(isolation.roomsFree),
    rooms: count(isolation.rooms),
    needed: count(isolation.roomsNeeded),
    cases: count(isolation.casesInWindow),
    contacts: count(isolation.contactsPerCase),
    left: count(Math.abs(isolation.roomsLeft)),
  };
  return (
    <div data-testid="isolation-status">
      <h3>{t('isolationHeading')}</h3>
      <p>{t('isolationRooms', values)}</p>
      <p className={isolation.roomsLeft < 0 || (isolation.daysLeft ?? 99) <= 3 ? 'warn' : undefined}>
        {isolation.roomsLeft < 0
          ? t('isolationShort', values)
          : isolation.runsOutOn
            ? t('isolationRunsOut', {
                ...values,
                date: isolation.runsOutOn,
                days: count(isolation.daysLeft ?? 0),
                trend: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(isolation.casesPerDayNext),
              })
            : t('isolationEnough', values)}
      </p>
    </div>
  );
}

function SupplyLine({ supply }: { supply: SiteFigures['supply'] }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const count = (value: number) => formatCount(language, value);
  if (supply.sites === 0)
    return <p data-testid="supply-status">{t('supplyNone', { needed: count(supply.packsNeeded) })}</p>;
  const values = {
    capacity: count(supply.packsPerDay),
    needed: count(supply.packsNeeded),
    gap: count(Math.abs(supply.balance)),
  };
  return (
    <div data-testid="supply-status">
      <h3>{t('supplyHeading')}</h3>
      <p className={supply.balance < 0 ? 'warn' : undefined}>
        {t(supply.balance < 0 ? 'supplyShort' : 'supplyEnough', values)}
      </p>
    </div>
  );
}
