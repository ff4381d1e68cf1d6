import { describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from '../../domain/plan/plan';
import { keyFigures } from '../../domain/briefing/key-figures';
import { dayFromIsoDate } from '../../domain/time/day-number';
import type { Slide } from '../../domain/plan/slide';
import { testContext } from '../../../test/helpers/zone-builders';
import { parseProjectFile, serializePlan } from '../../io/project-file/project-file';
import { addSlide, deleteSlide, moveSlide, renameSlide } from './slides';

const view = (title: string, date: string): Omit<Slide, 'id' | 'savedAt'> => ({
  title,
  camera: { center: [120.73, 30.74], zoom: 14, bearing: 0, pitch: 0 },
  date,
  window: { mode: '7' },
  layers: { districts: true, density: true, compounds: true, hexes: true },
  figures: keyFigures({ asOfDay: dayFromIsoDate(date)!, zones: [] }),
});

const run = (result: ReturnType<typeof addSlide>): Plan => {
  if (!result.ok) throw new Error(result.reason.key);
  return result.plan;
};

describe('slide commands', () => {
  it('adds, renames, reorders and deletes slides, each a step in the log, and the slides survive a save', () => {
    const context = testContext();
    let plan = emptyPlan('briefing');
    plan = run(addSlide(plan, { slide: view('  Overview  ', '2022-04-01') }, context));
    plan = run(addSlide(plan, { slide: view('Development zone', '2022-04-10') }, context));
    plan = run(addSlide(plan, { slide: view('Nanhu', '2022-04-20') }, context));
    expect(plan.slides.map((slide) => slide.title)).toEqual(['Overview', 'Development zone', 'Nanhu']);
    expect(new Set(plan.slides.map((slide) => slide.id)).size).toBe(3);
    const [first, , third] = plan.slides;
    plan = run(moveSlide(plan, { id: third.id, by: -1 }, context));
    expect(plan.slides.map((slide) => slide.title)).toEqual(['Overview', 'Nanhu', 'Development zone']);
    expect(moveSlide(plan, { id: first.id, by: -1 }, context)).toMatchObject({
      ok: false,
      reason: { key: 'errorSlideEnd' },
    });
    plan = run(renameSlide(plan, { id: first.id, title: '全市概况' }, context));
    expect(renameSlide(plan, { id: first.id, title: '全市概况' }, context).ok).toBe(false);
    plan = run(deleteSlide(plan, { id: third.id }, context));
    expect(plan.slides.map((slide) => slide.title)).toEqual(['全市概况', 'Development zone']);
    expect(plan.history.map((entry) => entry.note.key)).toEqual([
      'noteSlideAdded',
      'noteSlideAdded',
      'noteSlideAdded',
      'noteSlideMoved',
      'noteSlideRenamed',
      'noteSlideDeleted',
    ]);
    expect(deleteSlide(plan, { id: third.id }, context)).toMatchObject({
      ok: false,
      reason: { key: 'errorSlideMissing' },
    });
    expect(parseProjectFile(serializePlan(plan))).toEqual({ ok: true, plan });
  });
});
