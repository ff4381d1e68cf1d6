import { useEffect } from 'react';
import { useTimeStore } from '../../state/time-store';

/** Whether a key press belongs to a control that uses the space bar itself. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName) &&
    !(target instanceof HTMLInputElement && target.type === 'range')
  );
}

/**
 * Playback of the time bar: while playing, the date moves on one day every 1/speed seconds and
 * stops on the last day. The space bar plays and pauses anywhere but in text fields, buttons and
 * lists (which use it themselves) and open dialogs.
 */
export function usePlayback(): void {
  const playing = useTimeStore((state) => state.playing);
  const speed = useTimeStore((state) => state.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { curve, asOfDay, set } = useTimeStore.getState();
      if (!curve || asOfDay === undefined) return set({ playing: false });
      if (asOfDay >= curve.lastDay) return set({ playing: false });
      set({ asOfDay: asOfDay + 1, playing: asOfDay + 1 < curve.lastDay });
    }, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingIn(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      togglePlayback();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** Plays from the date shown (from the first day when it is on the last), or pauses. */
export function togglePlayback(): void {
  const { playing, curve, asOfDay, set } = useTimeStore.getState();
  if (playing || !curve) return set({ playing: false });
  set({ playing: true, asOfDay: asOfDay === undefined || asOfDay >= curve.lastDay ? curve.firstDay : asOfDay });
}
