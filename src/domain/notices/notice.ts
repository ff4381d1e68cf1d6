import type { Protocol } from '../cases/zone-clock';
import type { Measures } from '../publish/snapshot-types';
import type { Tier } from '../zones/tier';
import type { ZoneEvent } from '../zones/zone';
import { buildingRuns, type NoticePlace } from './notice-places';
import { fillTemplate, type NoticeLanguage, type NoticeTemplate } from './notice-template';

/** Declaring zones, moving them to a lower tier, or lifting them. */
export type NoticeKind = 'declare' | 'downgrade' | 'lift';

/** A zone as a notice names it, with the places inside it. */
export interface NoticeZone {
  id: string;
  name: string;
  tier: Tier;
  declaredOn: string;
  liftedOn?: string;
  events: readonly ZoneEvent[];
  places: readonly NoticePlace[];
}

export interface NoticeInput {
  kind: NoticeKind;
  zones: readonly NoticeZone[];
  language: NoticeLanguage;
  template: NoticeTemplate;
  measures: Record<Tier, Measures>;
  protocol: Protocol;
  /** The notice's date (ISO). */
  date: string;
  /** The tiers' names in the notice's language. */
  tierNames: Record<Tier, string>;
}

export interface NoticeSection {
  paragraphs: string[];
  /** The places a zone covers, one line each ("清桥苑：1幢、3幢"). */
  places?: string[];
}

/** A drafted notice: what the text and the .docx are made from. */
export interface Notice {
  title: string;
  basis: string;
  sections: NoticeSection[];
  closing: string;
  issuer: string;
  date: string;
}

/** The tier change a zone's last change of tier recorded ("tier:sealed>controlled"), with its day. */
export function lastTierChange(zone: Pick<NoticeZone, 'events'>): { from: Tier; to: Tier; on: string } | undefined {
  for (let i = zone.events.length - 1; i >= 0; i--) {
    const match = /^tier:(sealed|controlled|precaution)>(sealed|controlled|precaution)$/.exec(
      zone.events[i].note ?? '',
    );
    if (match) return { from: match[1] as Tier, to: match[2] as Tier, on: zone.events[i].on };
  }
  return undefined;
}

/** The notices a zone can have now: declaring it while in force, a change of tier once recorded, lifting once lifted. */
export function noticeKindsFor(zone: Pick<NoticeZone, 'events' | 'liftedOn'>): NoticeKind[] {
  const kinds: NoticeKind[] = zone.liftedOn ? [] : ['declare'];
  const change = lastTierChange(zone);
  if (change && TIER_RANK[change.to] > TIER_RANK[change.from]) kinds.push('downgrade');
  if (zone.liftedOn) kinds.push('lift');
  return kinds;
}

const TIER_RANK: Record<Tier, number> = { sealed: 0, controlled: 1, precaution: 2 };

/** An ISO date as a notice writes it: 2022年4月20日, or 20 April 2022. */
export function noticeDate(iso: string, language: NoticeLanguage): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (language === 'zh-CN') return `${year}年${month}月${day}日`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${day} ${months[month - 1]} ${year}`;
}

/**
 * Drafts the notice (docs/architecture.md, Notices): the title, the legal basis, then per zone
 * what is decided with the places it covers (compounds and buildings, sorted, each once), the
 * measures of each tier named and the rule for downgrading or lifting it, the closing line and
 * the issuer with the date. Only the zones the kind applies to are named.
 */
export function draftNotice(input: NoticeInput): Notice {
  const { template, language, tierNames } = input;
  const list = (items: string[]) => items.join(language === 'zh-CN' ? '、' : ', ');
  const date = (iso: string) => noticeDate(iso, language);
  const zones = input.zones.filter((zone) => noticeKindsFor(zone).includes(input.kind));
  const zoneNames = list(zones.map((zone) => zone.name));
  const tiers = [...new Set(zones.map((zone) => zone.tier))];
  const titleTier = list(tiers.map((tier) => tierNames[tier]));
  const title = fillTemplate(
    input.kind === 'declare'
      ? template.declareTitle
      : input.kind === 'lift'
        ? template.liftTitle
        : template.downgradeTitle,
    { zones: zoneNames, tier: titleTier },
  );
  const sections: NoticeSection[] = zones.map((zone) => {
    const places = zone.places.map((place) =>
      place.buildings.length
        ? `${place.name}${language === 'zh-CN' ? '：' : ': '}${list(buildingRuns(place.buildings, language === 'zh-CN' ? '至' : ' to '))}`
        : place.name,
    );
    if (input.kind === 'declare') {
      const body = fillTemplate(template.declareBody, {
        since: date(zone.declaredOn),
        zone: zone.name,
        tier: tierNames[zone.tier],
      });
      const scope = places.length
        ? fillTemplate(template.scope, { places: list(zone.places.map((place) => place.name)) })
        : template.scopeUnknown;
      return {
        paragraphs: [`${body}${language === 'zh-CN' ? '' : ' '}${scope}`],
        ...(places.length ? { places } : {}),
      };
    }
    if (input.kind === 'lift')
      return {
        paragraphs: [
          fillTemplate(template.liftBody, {
            date: date(zone.liftedOn ?? input.date),
            zone: zone.name,
            tier: tierNames[zone.tier],
          }),
        ],
      };
    const change = lastTierChange(zone) as { from: Tier; to: Tier; on: string };
    return {
      paragraphs: [
        fillTemplate(template.downgradeBody, {
          date: date(change.on),
          zone: zone.name,
          from: tierNames[change.from],
          to: tierNames[change.to],
        }),
      ],
    };
  });
  // The measures and the rule of each tier the zones are in now (after a downgrade, the new tier's).
  if (input.kind !== 'lift')
    for (const tier of [
      ...new Set(
        zones.map((zone) => (input.kind === 'downgrade' ? (lastTierChange(zone)?.to ?? zone.tier) : zone.tier)),
      ),
    ]) {
      const rule = input.protocol.rules.find((candidate) => candidate.from === tier);
      const measures = input.measures[tier][language === 'zh-CN' ? 'zh' : 'en'];
      sections.push({
        paragraphs: [
          `${fillTemplate(template.measuresHeading, { tier: tierNames[tier] })}${language === 'zh-CN' ? '' : ' '}${measures}`,
          rule
            ? fillTemplate(template.liftRule, {
                tier: tierNames[tier],
                days: String(rule.caseFreeDays),
                next: rule.to === 'lifted' ? (language === 'zh-CN' ? '解除' : 'lifted') : tierNames[rule.to],
              })
            : fillTemplate(template.liftRuleNone, { tier: tierNames[tier] }),
        ],
      });
    }
  return {
    title,
    basis: template.basis,
    sections,
    closing: template.closing,
    issuer: template.issuer,
    date: date(input.date),
  };
}

const ZH_NUMBERS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

/** A section's number as the notice's language writes it: 一、 or 1. */
export function sectionNumber(index: number, language: NoticeLanguage): string {
  return language === 'zh-CN' ? `${ZH_NUMBERS[index] ?? String(index + 1)}、` : `${index + 1}. `;
}

/** The notice as plain text: numbered sections, places indented one a line, the issuer and date at the end. */
export function noticeText(notice: Notice, language: NoticeLanguage): string {
  const lines = [notice.title, '', notice.basis, ''];
  notice.sections.forEach((section, i) => {
    const number = sectionNumber(i, language);
    section.paragraphs.forEach((paragraph, p) => lines.push(p === 0 ? `${number}${paragraph}` : `    ${paragraph}`));
    for (const place of section.places ?? []) lines.push(`    ${place}`);
    lines.push('');
  });
  lines.push(notice.closing, '', notice.issuer, notice.date);
  return lines.join('\n') + '\n';
}
