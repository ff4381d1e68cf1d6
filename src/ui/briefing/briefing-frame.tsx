import { useEffect, useState } from 'react';
import { TIERS } from '../../domain/zones/tier';
import { TierSwatch } from '../shared/tier-swatch';
import { useBriefingStore } from '../../state/briefing-store';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { KeyFiguresPanel } from './key-figures-panel';
import { keyFiguresDiffer } from '../../domain/briefing/key-figures';
import { NorthArrow } from './north-arrow';
import { useKeyFigures } from './use-key-figures';
import './briefing.css';

/** Hours and minutes now, for the title's "as of": the figures are read at this moment. */
function useClock(language: string): string {
  const format = () =>
    new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date());
  const [time, setTime] = useState(format);
  useEffect(() => {
    setTime(format());
    const timer = window.setInterval(() => setTime(format()), 15_000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);
  return time;
}

/**
 * What briefing mode puts around the map: a title bar (plan, view, as of), the tiers and what each
 * means, a north arrow, the key figures, the sensitive-layers banner and the blank screen. Every
 * text is at least 24 px on a 1920×1080 wall (briefing.css).
 */
export function BriefingFrame() {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const bearing = usePlannerStore((state) => state.view?.bearing ?? 0);
  const planName = usePlanStore((state) => state.history.present.name);
  const sensitive = useBriefingStore((state) => state.sensitive);
  const blank = useBriefingStore((state) => state.blank);
  const figures = useKeyFigures();
  const time = useClock(language);
  const slides = usePlanStore((state) => state.history.present.slides);
  const slideIndex = useBriefingStore((state) => state.slide);
  const slide = slideIndex === undefined ? undefined : slides[slideIndex];
  // The slide's figures against the live ones, once the live ones are as of the slide's date.
  const changed = slide && figures && figures.asOf === slide.date && keyFiguresDiffer(slide.figures, figures);
  return (
    <>
      <header className="briefing-title" data-testid="briefing-title">
        <h1>{planName}</h1>
        <p className="briefing-view-title" data-testid="briefing-view-title">
          {slide ? slide.title : t('briefingLiveView')}
        </p>
        {slide && (
          <p className="briefing-slide-number" data-testid="briefing-slide-number">
            {t('slideNumber', { number: (slideIndex ?? 0) + 1, count: slides.length })}
          </p>
        )}
        <p className="briefing-as-of">{t('briefingAsOf', { date: figures?.asOf ?? '—', time })}</p>
      </header>
      {sensitive && (
        <p className="briefing-sensitive" role="status" data-testid="briefing-sensitive">
          {t('briefingSensitiveShown')}
        </p>
      )}
      <section className="briefing-legend" aria-labelledby="briefing-legend-heading">
        <h2 id="briefing-legend-heading">{t('briefingLegend')}</h2>
        <ul>
          {TIERS.map((tier) => (
            <li key={tier}>
              <TierSwatch tier={tier} fillAlpha="66" />
              <span>
                <strong>{t(`tier_${tier}`)}</strong> {t(`briefingTierMeaning_${tier}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <NorthArrow bearing={bearing} />
      {figures && <KeyFiguresPanel figures={figures} />}
      {changed && (
        <p className="briefing-changed" role="status" data-testid="briefing-changed">
          {t('slideFiguresChanged', { savedAt: slide.savedAt.slice(0, 16).replace('T', ' ') })}
        </p>
      )}
      <p className="briefing-keys">{t('briefingKeys')}</p>
      {blank && (
        <div className="briefing-blank" role="status" aria-label={t('briefingBlank')} data-testid="briefing-blank" />
      )}
    </>
  );
}
