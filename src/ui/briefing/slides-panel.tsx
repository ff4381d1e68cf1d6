import { useState } from 'react';
import type { Slide } from '../../domain/plan/slide';
import type { MapController } from '../../map/map-controller';
import { runCommand } from '../../state/run-command';
import { usePlanStore } from '../../state/plan-store';
import { addSlide, deleteSlide, moveSlide, renameSlide } from '../../state/commands/slides';
import { useT } from '../shared/use-t';
import { captureSlide, showSlide } from './slide-view';
import { useKeyFigures } from './use-key-figures';
import { useBriefingStore } from '../../state/briefing-store';
import './briefing.css';

/** A slide's title field: the rename is one undoable step, made when the field is left or Enter pressed. */
function TitleField({ slide, number }: { slide: Slide; number: number }) {
  const t = useT();
  const [text, setText] = useState(slide.title);
  const [shown, setShown] = useState(slide.title);
  if (shown !== slide.title) {
    // Renamed elsewhere (undo): follow it.
    setShown(slide.title);
    setText(slide.title);
  }
  const commit = () => {
    if (text.trim() !== slide.title) runCommand(renameSlide, { id: slide.id, title: text });
  };
  return (
    <input
      type="text"
      value={text}
      maxLength={120}
      aria-label={t('slideTitle', { number })}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

/**
 * The briefing's slides in the planner: add the view as it is now, show, rename, reorder and
 * delete them; each change is an undoable step saved with the plan.
 */
export function SlidesPanel({ controller }: { controller?: MapController }) {
  const t = useT();
  const slides = usePlanStore((state) => state.history.present.slides);
  const readOnly = usePlanStore((state) => !!state.readOnly);
  const figures = useKeyFigures();
  const add = () => {
    if (!controller || !figures) return;
    const slide = captureSlide(controller, figures, t('slideDefaultTitle', { number: slides.length + 1 }));
    if (slide) runCommand(addSlide, { slide });
  };
  return (
    <section aria-labelledby="slides-heading" className="slides-panel">
      <h2 id="slides-heading">{t('slides')}</h2>
      <p className="muted small">{t('slidesHelp')}</p>
      {slides.length === 0 ? (
        <p className="muted">{t('slidesNone')}</p>
      ) : (
        <ol className="slide-list">
          {slides.map((slide, i) => {
            const number = i + 1;
            return (
              <li key={slide.id} data-testid="slide">
                <TitleField slide={slide} number={number} />
                <span className="muted small">
                  {t('slideSummary', {
                    date: slide.date,
                    window:
                      slide.window.mode === 'custom'
                        ? t('slideWindow_custom', { from: slide.window.from })
                        : t(`slideWindow_${slide.window.mode}`),
                  })}
                </span>
                <span className="slide-actions">
                  <button
                    type="button"
                    aria-label={t('slideShow', { number })}
                    onClick={() => controller && showSlide(controller, slide)}
                  >
                    ▶
                  </button>
                  <button
                    type="button"
                    aria-label={t('slideMoveUp', { number })}
                    disabled={readOnly || i === 0}
                    onClick={() => runCommand(moveSlide, { id: slide.id, by: -1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('slideMoveDown', { number })}
                    disabled={readOnly || i === slides.length - 1}
                    onClick={() => runCommand(moveSlide, { id: slide.id, by: 1 })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('slideDelete', { number })}
                    disabled={readOnly}
                    onClick={() => runCommand(deleteSlide, { id: slide.id })}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" onClick={add} disabled={readOnly || !controller || !figures}>
        {t('addSlide')}
      </button>{' '}
      <button
        type="button"
        onClick={() => useBriefingStore.getState().set({ exportOpen: true })}
        disabled={!controller}
      >
        {t('exportOpen')}
      </button>
    </section>
  );
}
