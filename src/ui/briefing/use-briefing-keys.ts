import { useEffect } from 'react';
import { useBriefingStore } from '../../state/briefing-store';
import { usePlannerStore } from '../../state/store';
import { usePlanStore } from '../../state/plan-store';
import type { MapController } from '../../map/map-controller';
import { showSlide } from './slide-view';

/** Whether a key press belongs to a text field (where letters are typed, not commands). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The controller slides are shown with (set by the planner once its map is there). */
let slideController: MapController | undefined;
export function setSlideController(controller: MapController | undefined): void {
  slideController = controller;
}

/** Shows slide `index` (clamped to the plan's slides) in briefing mode. */
function goToSlide(index: number): void {
  const slides = usePlanStore.getState().history.present.slides;
  if (slides.length === 0 || !slideController) return;
  const slide = Math.max(0, Math.min(slides.length - 1, index));
  useBriefingStore.getState().set({ slide, blank: false });
  showSlide(slideController, slides[slide]);
}

/**
 * Goes full screen where the browser allows it (a presenter's wall; briefing works without it
 * too), and opens on the first slide when the plan has slides.
 */
export function enterBriefing(): void {
  useBriefingStore.getState().enter();
  // Whatever had focus (a button of the planner) must not take the presenter's Space or arrows.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  // After the briefing layout is on screen, so the camera is placed in the map's new size.
  requestAnimationFrame(() => requestAnimationFrame(() => goToSlide(0)));
}

export function leaveBriefing(): void {
  useBriefingStore.getState().leave();
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}

/**
 * The briefing's keys: F5 enters (as in presentation software), Escape leaves; in briefing mode →,
 * PageDown and Space step to the next slide, ←, PageUp back, Home and End to the first and last; S
 * shows or hides the sensitive layers, B (or '.', as clickers send) blanks the screen, T switches
 * the light and dark themes, L the language, E opens the export dialog.
 * Leaving full screen with the browser's own Escape also leaves briefing mode.
 */
export function useBriefingKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const briefing = useBriefingStore.getState();
      if (event.key === 'F5' && !event.ctrlKey && !event.shiftKey) {
        event.preventDefault(); // not a reload
        if (!briefing.active) enterBriefing();
        return;
      }
      if (!briefing.active || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      // An open dialog (the export's) has its own keys: Escape closes it, not briefing mode.
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      // Presenters' clickers send →, PageDown or Space forward and ←, PageUp back.
      const current = briefing.slide ?? -1;
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) goToSlide(current + 1);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) goToSlide(current - 1);
      else if (event.key === 'Home') goToSlide(0);
      else if (event.key === 'End') goToSlide(Number.MAX_SAFE_INTEGER);
      else if (event.key === 'Escape') leaveBriefing();
      else if (key === 's') briefing.set({ sensitive: !briefing.sensitive });
      else if (key === 'b' || event.key === '.') briefing.set({ blank: !briefing.blank });
      else if (key === 'e') briefing.set({ exportOpen: true });
      else if (key === 't') briefing.set({ theme: briefing.theme === 'light' ? 'dark' : 'light' });
      else if (key === 'l') {
        const planner = usePlannerStore.getState();
        planner.setLanguage(planner.language === 'en' ? 'zh-CN' : 'en');
      } else return;
      // The briefing's key alone: not also the planner's (Space would start playback).
      event.preventDefault();
      event.stopPropagation();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement && useBriefingStore.getState().active) useBriefingStore.getState().leave();
    };
    // A button activates on Space's keyup: in briefing mode Space only steps.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && useBriefingStore.getState().active) event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}
