import type { KeyFigures } from '../briefing/key-figures';

/** How many slides a plan may hold, and how long a title may be. */
export const MAX_SLIDES = 100;
export const MAX_SLIDE_TITLE_CHARACTERS = 120;

/** The time bar's window as a slide keeps it: all days up to the date, the last 7 or 14, or from a day. */
export type SlideWindow = { mode: 'all' | '7' | '14' } | { mode: 'custom'; from: string };

/**
 * A saved view for the briefing (docs/architecture.md, Briefing): the camera, the layers shown,
 * the time bar's date and window, a title, and the key figures as they were when it was saved.
 */
export interface Slide {
  id: string;
  title: string;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  /** ISO date of the time bar. */
  date: string;
  window: SlideWindow;
  layers: { districts: boolean; density: boolean; compounds: boolean; hexes: boolean };
  figures: KeyFigures;
  /** ISO timestamp. */
  savedAt: string;
}
