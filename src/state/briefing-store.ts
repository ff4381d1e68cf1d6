import { create } from 'zustand';
import { usePlanStore } from './plan-store';

export type BriefingTheme = 'light' | 'dark';

/** Briefing mode (docs/architecture.md, Briefing): on the wall, editing locked, sensitive layers off. */
export interface BriefingState {
  active: boolean;
  theme: BriefingTheme;
  /** Case and household points and case details shown (S): a banner says so while they are. */
  sensitive: boolean;
  /** The screen blanked to black (B), as presenters do between topics. */
  blank: boolean;
  /** An export is being drawn: case and household points stay out of it unless S shows them on the wall. */
  exporting: boolean;
  /** The export dialog is open (the slides panel's button, or E on the wall). */
  exportOpen: boolean;
  /** The slide on screen (an index into the plan's slides), or none: the live view. */
  slide?: number;
  enter: () => void;
  leave: () => void;
  set: (
    changes: Partial<Pick<BriefingState, 'theme' | 'sensitive' | 'blank' | 'slide' | 'exporting' | 'exportOpen'>>,
  ) => void;
}

export const useBriefingStore = create<BriefingState>()((set) => ({
  active: false,
  theme: 'light',
  sensitive: false,
  blank: false,
  exporting: false,
  exportOpen: false,
  enter: () => {
    usePlanStore.getState().setBriefingLock(true);
    // Each time: sensitive layers off and the screen lit, whatever the last briefing left.
    set({ active: true, sensitive: false, blank: false, slide: undefined });
  },
  leave: () => {
    usePlanStore.getState().setBriefingLock(false);
    set({ active: false, sensitive: false, blank: false, slide: undefined });
  },
  set: (changes) => set(changes),
}));
