import type { KeyFigures } from '../../domain/briefing/key-figures';
import type { Slide, SlideWindow } from '../../domain/plan/slide';
import { dayFromIsoDate, isoDateFromDay } from '../../domain/time/day-number';
import type { MapController } from '../../map/map-controller';
import { usePlannerStore } from '../../state/store';
import { useTimeStore } from '../../state/time-store';

/** A presenter's step: the camera arrives within this, and the next view is on screen within a second. */
export const SLIDE_MOVE_MS = 800;

/** The view as a slide keeps it (without id and save time, which the command gives). */
export function captureSlide(
  controller: MapController,
  figures: KeyFigures,
  title: string,
): Omit<Slide, 'id' | 'savedAt'> | undefined {
  const time = useTimeStore.getState();
  if (time.asOfDay === undefined) return undefined;
  const { visibility } = usePlannerStore.getState();
  const window: SlideWindow =
    time.mode === 'custom'
      ? { mode: 'custom', from: isoDateFromDay(time.customFromDay ?? time.asOfDay) }
      : { mode: time.mode };
  return {
    title,
    camera: controller.camera(),
    date: isoDateFromDay(time.asOfDay),
    window,
    layers: {
      districts: visibility.districts,
      density: visibility.density,
      compounds: visibility.compounds,
      hexes: time.hexes,
    },
    figures,
  };
}

/** Puts a slide's view on screen: camera, the time bar's date and window, and its layers. */
export function showSlide(controller: MapController, slide: Slide): void {
  controller.moveCamera(slide.camera, SLIDE_MOVE_MS);
  applySlideState(slide);
}

/** A slide's time bar and layers, without moving the camera (an export places the camera itself). */
export function applySlideState(slide: Slide): void {
  const planner = usePlannerStore.getState();
  planner.setVisibility({
    ...planner.visibility,
    districts: slide.layers.districts,
    density: slide.layers.density,
    compounds: slide.layers.compounds,
  });
  const day = dayFromIsoDate(slide.date);
  const from = slide.window.mode === 'custom' ? dayFromIsoDate(slide.window.from) : undefined;
  useTimeStore.getState().set({
    playing: false,
    hexes: slide.layers.hexes,
    mode: slide.window.mode,
    ...(day === undefined ? {} : { asOfDay: day }),
    ...(from === undefined ? {} : { customFromDay: from }),
  });
}
