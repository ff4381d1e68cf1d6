import { FOUND_IN } from '../../../domain/cases/case-record';
import type { KeyFigures } from '../../../domain/briefing/key-figures';
import { TIERS, type Tier } from '../../../domain/zones/tier';
import { formatCount, translate, type Language } from '../../../i18n/i18n';

/** A table of the figures panel, as text. */
export interface FigureTable {
  caption: string;
  head: string[];
  rows: { cells: string[]; total?: boolean }[];
}

/** Every text an exported frame shows, in one language (the drawing decides nothing about words). */
export interface FrameText {
  planName: string;
  viewTitle: string;
  slideNumber?: string;
  asOf: string;
  legendTitle: string;
  tiers: { tier: Tier; name: string; meaning: string }[];
  north: string;
  figuresTitle: string;
  tables: FigureTable[];
  dueSoon: string;
  /** The slide's saved figures differ from the live ones. */
  changedNote?: string;
  attribution: string;
  /** Sensitive layers are in the image: "Internal — contains case locations". */
  internalBanner?: string;
  /** A page's footer: page number and when it was made. */
  footer?: string;
}

export interface FrameTextInput {
  language: Language;
  planName: string;
  viewTitle: string;
  slide?: { number: number; count: number };
  figures: KeyFigures;
  time: string;
  attribution: string;
  sensitive: boolean;
  changedSince?: string;
  footer?: string;
}

/** The frame's texts from the key figures, as the briefing frame on screen words them (key-figures-panel.tsx). */
export function frameText(input: FrameTextInput): FrameText {
  const { language, figures } = input;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);
  const n = (value: number) => formatCount(language, value);
  return {
    planName: input.planName,
    viewTitle: input.viewTitle,
    ...(input.slide ? { slideNumber: t('slideNumber', input.slide) } : {}),
    asOf: t('briefingAsOf', { date: figures.asOf, time: input.time }),
    legendTitle: t('briefingLegend'),
    tiers: TIERS.map((tier) => ({ tier, name: t(`tier_${tier}`), meaning: t(`briefingTierMeaning_${tier}`) })),
    north: language === 'en' ? 'N' : '北',
    figuresTitle: t('briefingFigures'),
    tables: [
      {
        caption: t('briefingNewCases'),
        head: ['', t('briefingToday'), t('briefingLast7')],
        rows: [
          { cells: [t('briefingNewCases'), n(figures.newCases.day), n(figures.newCases.last7Days)], total: true },
          ...FOUND_IN.map((found) => ({
            cells: [
              t(`foundIn_${found}`),
              n(figures.newCases.dayByFoundIn[found]),
              n(figures.newCases.last7DaysByFoundIn[found]),
            ],
          })),
        ],
      },
      {
        caption: t('briefingPerTier'),
        head: ['', t('briefingZones'), t('households'), t('residents')],
        rows: TIERS.map((tier) => ({
          cells: [
            t(`tier_${tier}`),
            n(figures.tiers[tier].zones),
            n(figures.tiers[tier].households),
            n(figures.tiers[tier].residents),
          ],
        })),
      },
    ],
    dueSoon: `${t('briefingDueSoon')}: ${n(figures.dueSoon)}`,
    ...(input.changedSince ? { changedNote: t('slideFiguresChanged', { savedAt: input.changedSince }) } : {}),
    attribution: input.attribution,
    ...(input.sensitive ? { internalBanner: t('exportInternalBanner') } : {}),
    ...(input.footer ? { footer: input.footer } : {}),
  };
}
