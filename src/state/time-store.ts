import { create } from 'zustand';
import type { CaseWindow } from '../domain/cases/case-cells';
import type { CaseHexData } from '../domain/hexes/hex-data';
import { COARSE_RESOLUTION, FINE_RESOLUTION } from '../domain/cases/case-cells';
import { CASE_KINDS, FOUND_IN } from '../domain/cases/case-record';
import type { EpiCurve } from '../domain/cases/epi-curve';
import type { PlanClocks } from '../domain/cases/zone-clock';
import type { WindowCaseCounts } from '../domain/cases/case-window';

export type WindowMode = 'all' | '7' | '14' | 'custom';
export const WINDOW_MODES: readonly WindowMode[] = ['all', '7', '14', 'custom'];
export const SPEEDS = [1, 2, 4, 8] as const;

/** What the time bar and the case layers show: the date, the window, the filters and the layers' options. */
export interface TimeState {
  /** The epidemic curve of the active cases (its days are the slider's range). */
  curve?: EpiCurve;
  /** The slider's date: the window ends on it and the zone clocks are read on it. */
  asOfDay?: number;
  mode: WindowMode;
  /** The first day of a custom window. */
  customFromDay?: number;
  playing: boolean;
  /** Days a second during playback. */
  speed: (typeof SPEEDS)[number];
  /** Indexes into FOUND_IN and CASE_KINDS that are shown. */
  foundIn: number[];
  kinds: number[];
  hexes: boolean;
  extruded: boolean;
  /** 'auto' follows the zoom. */
  resolution: 'auto' | number;
  /** While the cases are first indexed for the hexagons: how far (0–1). */
  indexing?: number;
  /** What the map shows now. */
  hexData?: CaseHexData;
  clocks?: PlanClocks;
  /** The window's cases per tier and zone, for the figures count they came from. */
  windowCases?: WindowCaseCounts;
  set: (changes: Partial<Omit<TimeState, 'set' | 'setCurve'>>) => void;
  /** New data: the curve, with the date moved to its last day when it falls outside. */
  setCurve: (curve: EpiCurve | undefined) => void;
}

export const useTimeStore = create<TimeState>()((set) => ({
  mode: 'all',
  playing: false,
  speed: 2,
  foundIn: FOUND_IN.map((_, i) => i),
  kinds: CASE_KINDS.map((_, i) => i),
  hexes: true,
  extruded: false,
  resolution: 'auto',
  set: (changes) => set(changes),
  setCurve: (curve) =>
    set((state) => {
      if (!curve) return { curve, asOfDay: undefined, playing: false };
      const inRange = state.asOfDay !== undefined && state.asOfDay >= curve.firstDay && state.asOfDay <= curve.lastDay;
      return { curve, asOfDay: inRange ? state.asOfDay : curve.lastDay };
    }),
}));

/** The window of report days the state shows, with its filters; none before the data is there. */
export function caseWindow(
  state: Pick<TimeState, 'curve' | 'asOfDay' | 'mode' | 'customFromDay' | 'foundIn' | 'kinds'>,
): CaseWindow | undefined {
  if (!state.curve || state.asOfDay === undefined) return undefined;
  const toDay = state.asOfDay;
  const fromDay =
    state.mode === '7'
      ? toDay - 6
      : state.mode === '14'
        ? toDay - 13
        : state.mode === 'custom'
          ? Math.min(state.customFromDay ?? state.curve.firstDay, toDay)
          : state.curve.firstDay;
  return {
    fromDay,
    toDay,
    ...(state.foundIn.length < FOUND_IN.length ? { foundIn: [...state.foundIn].sort() } : {}),
    ...(state.kinds.length < CASE_KINDS.length ? { kinds: [...state.kinds].sort() } : {}),
  };
}

/** The H3 resolution for a zoom: 6 at city view to 10 at street view. */
export function resolutionForZoom(zoom: number): number {
  return Math.max(COARSE_RESOLUTION, Math.min(FINE_RESOLUTION, Math.round(zoom) - 4));
}
