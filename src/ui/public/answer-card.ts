import type { PublicAnswer } from '../../domain/publish/answer';
import type { PublicSnapshot } from '../../domain/publish/snapshot-types';
import { publicText, type PublicLanguage, type PublicStringKey } from '../../i18n/public-strings';
import { h } from './dom';
import { formatIsoDate } from '../shared/format-date';


function distanceText(language: PublicLanguage, meters: number): string {
  return meters < 1000
    ? publicText(language, 'distanceM', { n: Math.max(10, Math.round(meters / 10) * 10) })
    : publicText(language, 'distanceKm', { n: (meters / 1000).toFixed(1) });
}

/** The answer for a district: its zones in force, most severe first, each with its tier and dates. */
export function districtCard(
  language: PublicLanguage,
  snapshot: PublicSnapshot,
  district: { label: string; id: string },
): HTMLElement {
  const t = (key: PublicStringKey, values?: Record<string, string | number>) => publicText(language, key, values);
  const order = { sealed: 0, controlled: 1, precaution: 2 } as const;
  const zones = snapshot.zones
    .filter((zone) => zone.district === district.id)
    .sort((a, b) => order[a.tier] - order[b.tier] || a.name.localeCompare(b.name, 'zh-CN'));
  return h(
    'div',
    { className: 'answer tier-none' },
    h('p', { className: 'answer-place' }, district.label),
    h(
      'p',
      { className: 'answer-tier' },
      zones.length
        ? t('districtZones', { district: district.label, n: zones.length })
        : t('districtNone', { district: district.label }),
    ),
    zones.length > 0 &&
      h(
        'ul',
        { className: 'zone-list' },
        ...zones.map((zone) =>
          h(
            'li',
            { className: `tier-${zone.tier}` },
            t('zoneLine', {
              zone: zone.name,
              tier: t(`tier_${zone.tier}`),
              date: formatIsoDate(language, zone.declaredOn),
            }),
          ),
        ),
      ),
    h('p', { className: 'note' }, t('districtHint')),
  );
}

/**
 * The answer for one place, as text first: the tier in words (the colour bar beside it repeats
 * it), the zone, since when, until when at the earliest and on what condition, and the measures.
 */
export function answerCard(
  language: PublicLanguage,
  snapshot: PublicSnapshot,
  place: string,
  answer: PublicAnswer,
): HTMLElement {
  const t = (key: PublicStringKey, values?: Record<string, string | number>) => publicText(language, key, values);
  const card = h('div', { className: `answer ${answer.inside ? `tier-${answer.tier}` : 'tier-none'}` });
  card.append(h('p', { className: 'answer-place' }, t('answerFor', { place })));
  if (!answer.inside) {
    card.append(h('p', { className: 'answer-tier' }, t('notInZone')));
    card.append(
      h(
        'p',
        {},
        answer.nearest
          ? t('nearest', {
              zone: answer.nearest.zone.name,
              tier: t(`tier_${answer.nearest.zone.tier}`),
              distance: distanceText(language, answer.nearest.meters),
            })
          : t('noZones'),
      ),
    );
    return card;
  }
  const tierName = t(`tier_${answer.tier}`);
  card.append(h('p', { className: 'answer-tier' }, t('youAreIn', { tier: tierName })));
  const zone = answer.zone;
  if (zone) {
    card.append(h('p', {}, t('zoneName', { zone: zone.name })));
    card.append(h('p', {}, t('since', { date: formatIsoDate(language, zone.declaredOn) })));
    if (zone.release) {
      const { release } = zone;
      card.append(
        h(
          'p',
          { className: 'answer-until' },
          t('until', { date: formatIsoDate(language, release.earliestOn), becomes: t(`becomes_${release.becomes}`) }),
        ),
      );
      card.append(
        h(
          'p',
          {},
          release.daysToGo > 0
            ? t('condition', { days: release.caseFreeDaysNeeded, left: release.daysToGo })
            : t('conditionMet', { days: release.caseFreeDaysNeeded }),
        ),
      );
    }
  } else card.append(h('p', {}, t('ringOnly', { tier: tierName })));
  const measures = snapshot.measures[answer.tier];
  card.append(h('h3', {}, t('measures')), h('p', { className: 'answer-measures' }, language === 'en' ? measures.en : measures.zh));
  return card;
}
