import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/i18n';
import type { BasemapKind } from '../../types/basemap-settings';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { enterBriefing } from '../briefing/use-briefing-keys';

/** The top bar: title, basemap choice and settings, language. Editing tools join it later. */
export function Toolbar({ onOpenBasemapSettings }: { onOpenBasemapSettings: (needsUrl: boolean) => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const setLanguage = usePlannerStore((state) => state.setLanguage);
  const basemap = usePlannerStore((state) => state.basemap);
  const setBasemap = usePlannerStore((state) => state.setBasemap);
  const basemapId = useId();
  const languageId = useId();

  const chooseBasemap = (active: BasemapKind) => {
    const url =
      active === 'raster'
        ? basemap.rasterUrl
        : active === 'style'
          ? basemap.styleUrl
          : active === 'file'
            ? basemap.fileName
            : 'offline';
    if (!url) {
      onOpenBasemapSettings(true);
      return;
    }
    setBasemap({ ...basemap, active });
  };

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
      </div>
      <div className="toolbar-group">
        <span className="field-inline">
          <label htmlFor={basemapId}>{t('basemap')}</label>
          <select
            id={basemapId}
            value={basemap.active}
            onChange={(event) => chooseBasemap(event.target.value as BasemapKind)}
          >
            <option value="offline">{t('basemapOffline')}</option>
            <option value="file">{t('basemapFile')}</option>
            <option value="raster">{t('basemapRaster')}</option>
            <option value="style">{t('basemapStyle')}</option>
          </select>
        </span>
        <button type="button" onClick={() => onOpenBasemapSettings(false)}>
          {t('basemapSettings')}
        </button>
        <button type="button" className="briefing-enter" title={t('briefingModeHint')} onClick={enterBriefing}>
          {t('briefingMode')}
        </button>
        <span className="field-inline">
          <label htmlFor={languageId}>{t('language')}</label>
          <select id={languageId} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </span>
      </div>
    </header>
  );
}
