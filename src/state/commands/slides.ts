import { MAX_SLIDE_TITLE_CHARACTERS, MAX_SLIDES, type Slide } from '../../domain/plan/slide';
import { done, fail, type Command } from './command';

/** Adds a slide (a saved view) at the end of the briefing: one undoable step. */
export const addSlide: Command<{ slide: Omit<Slide, 'id' | 'savedAt'> }> = (plan, { slide }, context) => {
  if (plan.slides.length >= MAX_SLIDES) return fail('errorSlidesFull', { max: MAX_SLIDES });
  const title = slide.title.trim().slice(0, MAX_SLIDE_TITLE_CHARACTERS);
  const added: Slide = { ...slide, title, id: `slide-${context.newId()}`, savedAt: context.now };
  return done(
    { ...plan, slides: [...plan.slides, added] },
    plan.zones,
    { key: 'noteSlideAdded', values: { title } },
    [],
    context,
  );
};

/** Renames a slide. */
export const renameSlide: Command<{ id: string; title: string }> = (plan, { id, title }, context) => {
  const slide = plan.slides.find((candidate) => candidate.id === id);
  if (!slide) return fail('errorSlideMissing');
  const next = title.trim().slice(0, MAX_SLIDE_TITLE_CHARACTERS);
  if (next === slide.title) return fail('errorSlideSame');
  const slides = plan.slides.map((candidate) => (candidate.id === id ? { ...candidate, title: next } : candidate));
  return done({ ...plan, slides }, plan.zones, { key: 'noteSlideRenamed', values: { title: next } }, [], context);
};

/** Moves a slide one place earlier (-1) or later (+1) in the briefing. */
export const moveSlide: Command<{ id: string; by: -1 | 1 }> = (plan, { id, by }, context) => {
  const from = plan.slides.findIndex((candidate) => candidate.id === id);
  if (from < 0) return fail('errorSlideMissing');
  const to = from + by;
  if (to < 0 || to >= plan.slides.length) return fail('errorSlideEnd');
  const slides = [...plan.slides];
  [slides[from], slides[to]] = [slides[to], slides[from]];
  return done(
    { ...plan, slides },
    plan.zones,
    { key: 'noteSlideMoved', values: { title: slides[to].title, position: to + 1 } },
    [],
    context,
  );
};

export const deleteSlide: Command<{ id: string }> = (plan, { id }, context) => {
  const slide = plan.slides.find((candidate) => candidate.id === id);
  if (!slide) return fail('errorSlideMissing');
  const slides = plan.slides.filter((candidate) => candidate.id !== id);
  return done(
    { ...plan, slides },
    plan.zones,
    { key: 'noteSlideDeleted', values: { title: slide.title } },
    [],
    context,
  );
};
