import { dueIn, type ZoneClock } from '../../domain/cases/zone-clock';
import { isoDateFromDay } from '../../domain/time/day-number';
import { TIERS } from '../../domain/zones/tier';
import { usePlanStore } from '../../state/plan-store';
import { useTimeStore } from '../../state/time-store';
import { useT } from '../shared/use-t';

/**
 * The zone clock as of the slider's date: for each tier (exclusive, as households are counted)
 * and each zone (its own shape), the cases inside, the last case, the days clear and when the
 * protocol lets it be downgraded or lifted. Zones due within two days are highlighted.
 */
export function ZoneClockPanel() {
  const t = useT();
  const clocks = useTimeStore((state) => state.clocks);
  const zones = usePlanStore((state) => state.history.present.zones);
  if (!clocks) return null;
  const row = (key: string, name: string, clock: ZoneClock, testId: string) => {
    const due = dueIn(clock, clocks.asOfDay);
    return (
      <tr key={key} className={due !== undefined ? 'due' : undefined} data-testid={testId}>
        <th scope="row">{name}</th>
        <td>{clock.cases}</td>
        <td>{clock.lastCaseDay === undefined ? t('clockNone') : isoDateFromDay(clock.lastCaseDay)}</td>
        <td>{clock.caseFreeDays}</td>
        <td>
          {clock.eligibleDay !== undefined && clock.becomes !== undefined
            ? t('clockEligibleOn', {
                tier: clock.becomes === 'lifted' ? t('clockLifted') : t(`tier_${clock.becomes}`),
                date: isoDateFromDay(clock.eligibleDay),
              })
            : '—'}
          {due !== undefined && (
            <strong className="due-badge">{due === 0 ? t('clockDueNow') : t('clockDueSoon', { days: due })}</strong>
          )}
        </td>
      </tr>
    );
  };
  const zoneRows = zones.filter((zone) => clocks.zones[zone.id]);
  // Counted zones declared after the date have no clock yet on that day.
  const later = zones.filter(
    (zone) => !clocks.zones[zone.id] && !zone.liftedOn && zone.declaredOn > isoDateFromDay(clocks.asOfDay),
  );
  return (
    <section aria-labelledby="clock-heading">
      <h2 id="clock-heading">{t('clockHeading')}</h2>
      <p className="muted small">{t('clockAsOf', { date: isoDateFromDay(clocks.asOfDay) })}</p>
      {zoneRows.length === 0 ? (
        <p className="muted">{t('clockNoZones')}</p>
      ) : (
        <table className="figures-table clock-table" aria-labelledby="clock-heading">
          <thead>
            <tr>
              <th scope="col">{t('clockZone')}</th>
              <th scope="col">{t('clockCases')}</th>
              <th scope="col">{t('clockLastCase')}</th>
              <th scope="col">{t('clockCaseFree')}</th>
              <th scope="col">{t('clockEligible')}</th>
            </tr>
          </thead>
          <tbody>
            {TIERS.map(
              (tier) =>
                clocks.tiers[tier] &&
                row(`tier-${tier}`, t(`tierShort_${tier}`), clocks.tiers[tier], `clock-tier-${tier}`),
            )}
            {zoneRows.map((zone) => row(zone.id, zone.name, clocks.zones[zone.id], `clock-zone-${zone.name}`))}
          </tbody>
        </table>
      )}
      {later.length > 0 && (
        <ul className="muted small clock-later">
          {later.map((zone) => (
            <li key={zone.id}>{t('clockDeclaredLater', { name: zone.name, date: zone.declaredOn })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
