import { useMemo } from 'react';
import type { Position } from 'geojson';
import { translate } from '../../i18n/i18n';
import { zoneIssueKey } from '../../i18n/reason-keys';
import { issueValues } from '../../io/zones/zone-geojson-import';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { zoneIssues } from '../../state/zone-issues';
import { useT } from '../shared/use-t';
import { useZoneChecks } from './use-zone-checks';

/** Invalid zones, overlaps and gaps, each with a button that shows the spot on the map. */
export function CheckPanel({ onShow }: { onShow: (at: Position, zoneId: string) => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const zones = usePlanStore((state) => state.history.present.zones);
  const valid = useMemo(() => zones.filter((zone) => zoneIssues(zone).length === 0), [zones]);
  const checks = useZoneChecks(valid);
  const nameOf = (id: string) => zones.find((zone) => zone.id === id)?.name ?? id;
  const invalid = zones.filter((zone) => zoneIssues(zone).length > 0);
  const rows: { key: string; text: string; at?: Position; zoneId: string }[] = [
    ...invalid.map((zone) => {
      const issue = zoneIssues(zone)[0];
      const reason = translate(language, zoneIssueKey(issue.code), issueValues(issue));
      return {
        key: `invalid-${zone.id}`,
        text: t('checkInvalid', { name: zone.name, reason }),
        at: issue.at,
        zoneId: zone.id,
      };
    }),
    ...checks.map((check) =>
      check.kind === 'overlap'
        ? {
            key: `o-${check.zoneIds.join()}`,
            text: t('checkOverlap', {
              a: nameOf(check.zoneIds[0]),
              b: nameOf(check.zoneIds[1]),
              area: Math.round(check.areaSquareMeters),
            }),
            at: check.at,
            zoneId: check.zoneIds[0],
          }
        : {
            key: `g-${check.zoneIds.join()}`,
            text: t('checkGap', {
              a: nameOf(check.zoneIds[0]),
              b: nameOf(check.zoneIds[1]),
              distance: check.distanceMeters.toFixed(1),
              tier: t(`tier_${zones.find((z) => z.id === check.zoneIds[0])?.tier ?? 'sealed'}`),
            }),
            at: check.at,
            zoneId: check.zoneIds[0],
          },
    ),
  ];
  if (zones.length === 0) return null;
  return (
    <section aria-labelledby="checks-heading" className="check-panel">
      <h2 id="checks-heading">{t('checksHeading')}</h2>
      {rows.length === 0 ? (
        <p className="muted small">{t('checksNone')}</p>
      ) : (
        <ul className="check-list">
          {rows.map((row) => (
            <li key={row.key}>
              <span>{row.text}</span>
              {row.at && (
                <button type="button" onClick={() => row.at && onShow(row.at, row.zoneId)}>
                  {t('showOnMap')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
