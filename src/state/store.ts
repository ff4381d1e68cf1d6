import { create } from 'zustand';
import { pickLanguage, type Language } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { parseBasemapSettings, type BasemapSettings } from '../types/basemap-settings';
import { DEFAULT_VISIBILITY, type LayerVisibility } from '../types/layer-visibility';
import type { CountedFigures, DataSummary } from '../types/analysis-data';
import { readSetting, SETTINGS_KEYS, writeSetting } from './persistence/local-settings';

export type LoadState =
  | { status: 'loading'; fraction: number; file: 'households' | 'cases' }
  | { status: 'loaded' }
  | { status: 'cancelled' }
  | { status: 'failed'; detail: string };

/** Where the camera is: zoom, centre and bearing (degrees clockwise from north). */
export interface MapView {
  zoom: number;
  lng: number;
  lat: number;
  bearing: number;
}

/** A message for the user: a string key and its values, so it follows a language switch. */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  key: StringKey;
  values?: Record<string, string | number>;
  /** A button the notice offers. */
  action?: 'downloadPlan' | 'savedVersions';
  /** Tries the failed work again (the notice offers a Retry button). */
  retry?: () => void;
  /** A notice with a tag replaces the previous one with the same tag instead of stacking. */
  tag?: string;
}

export interface PlannerState {
  language: Language;
  basemap: BasemapSettings;
  load: LoadState;
  summary?: DataSummary;
  /** Bumped each time the worker's active data changes, so figures are counted again. */
  dataVersion: number;
  /** The planning figures now, and as they were before the last change (for the deltas). */
  figures?: CountedFigures;
  previousFigures?: CountedFigures;
  visibility: LayerVisibility;
  view?: MapView;
  pointer?: { lng: number; lat: number };
  mapReady: boolean;
  notices: Notice[];
  setLanguage: (language: Language) => void;
  setBasemap: (basemap: BasemapSettings) => void;
  setLoad: (load: LoadState) => void;
  setSummary: (summary: DataSummary) => void;
  setFigures: (figures: CountedFigures | undefined) => void;
  setVisibility: (visibility: LayerVisibility) => void;
  setView: (view: MapView) => void;
  setPointer: (pointer: { lng: number; lat: number } | undefined) => void;
  setMapReady: () => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  dismissTag: (tag: string) => void;
}

let nextNoticeId = 1;

const browserLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

export const usePlannerStore = create<PlannerState>()((set) => ({
  language: pickLanguage(readSetting(SETTINGS_KEYS.language), browserLanguages()),
  basemap: parseBasemapSettings(readSetting(SETTINGS_KEYS.basemap)),
  load: { status: 'loading', fraction: 0, file: 'households' },
  visibility: DEFAULT_VISIBILITY,
  mapReady: false,
  dataVersion: 0,
  notices: [],
  setLanguage: (language) => {
    writeSetting(SETTINGS_KEYS.language, language);
    set({ language });
  },
  setBasemap: (basemap) => {
    writeSetting(SETTINGS_KEYS.basemap, JSON.stringify(basemap));
    set({ basemap });
  },
  setLoad: (load) => set({ load }),
  setSummary: (summary) => set((state) => ({ summary, dataVersion: state.dataVersion + 1 })),
  setFigures: (figures) => set((state) => ({ figures, previousFigures: state.figures })),
  setVisibility: (visibility) => set({ visibility }),
  setView: (view) => set({ view }),
  setPointer: (pointer) => set({ pointer }),
  setMapReady: () => set({ mapReady: true }),
  notify: (notice) =>
    set((state) => ({
      notices: [
        ...state.notices.filter((n) => !notice.tag || n.tag !== notice.tag),
        { ...notice, id: nextNoticeId++ },
      ].slice(-5),
    })),
  dismissTag: (tag) => set((state) => ({ notices: state.notices.filter((n) => n.tag !== tag) })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));
