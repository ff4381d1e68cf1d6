import { useId, useState, type FormEvent } from 'react';
import {
  isTiandituKey,
  isValidRasterUrl,
  isValidStyleUrl,
  shiftedTileProvider,
  TIANDITU_ATTRIBUTION,
  tiandituRasterUrl,
} from '../../types/basemap-settings';
import { usePlannerStore } from '../../state/store';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';
import { BasemapFileSection } from './basemap-file-section';
import { StorageUseSection } from './storage-use-section';

/** A URL input with its hint, which turns into the error when the URL is not acceptable. */
function UrlField({
  label,
  value,
  onChange,
  invalid,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  hint: string;
  error: string;
}) {
  const hintId = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="url"
        value={value}
        onChange={(event) => onChange(event.target.value.trim())}
        aria-invalid={invalid}
        aria-describedby={hintId}
        spellCheck={false}
      />
      <small id={hintId} className={invalid ? 'error-text' : 'muted'}>
        {invalid ? error : hint}
      </small>
    </label>
  );
}

/** The form, mounted fresh each time the dialog opens, so it starts from the saved settings. */
function BasemapForm({ needsUrl, onClose }: { needsUrl: boolean; onClose: () => void }) {
  const t = useT();
  const basemap = usePlannerStore((state) => state.basemap);
  const setBasemap = usePlannerStore((state) => state.setBasemap);
  const [rasterUrl, setRasterUrl] = useState(basemap.rasterUrl);
  const [styleUrl, setStyleUrl] = useState(basemap.styleUrl);
  const [attribution, setAttribution] = useState(basemap.attribution);
  const [tiandituKey, setTiandituKey] = useState('');
  const rasterError = rasterUrl !== '' && !isValidRasterUrl(rasterUrl);
  const styleError = styleUrl !== '' && !isValidStyleUrl(styleUrl);
  const keyError = tiandituKey !== '' && !isTiandituKey(tiandituKey);
  const keyHintId = useId();
  // A GCJ-02 or BD-09 source is named, with why it is refused.
  const shiftedError = (url: string, otherwise: string) => {
    const provider = shiftedTileProvider(url);
    return provider
      ? t('shiftedTiles', { provider: t(`shifted_${provider}`), datum: provider === 'baidu' ? 'BD-09' : 'GCJ-02' })
      : otherwise;
  };
  const chooseTianditu = () => {
    if (!isTiandituKey(tiandituKey)) return;
    setRasterUrl(tiandituRasterUrl(tiandituKey));
    setAttribution(TIANDITU_ATTRIBUTION);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (rasterError || styleError) return;
    let active = basemap.active;
    if (active === 'raster' && !rasterUrl) active = 'offline';
    if (active === 'style' && !styleUrl) active = 'offline';
    setBasemap({
      ...usePlannerStore.getState().basemap,
      active,
      rasterUrl,
      styleUrl,
      attribution: attribution.slice(0, 300),
    });
    onClose();
  };

  return (
    <form onSubmit={save}>
      <p className="muted">{t('basemapSettingsHelp')}</p>
      {needsUrl && (
        <p className="notice-inline" role="status">
          {t('basemapNeedsUrl')}
        </p>
      )}
      <BasemapFileSection onChosen={onClose} />
      <StorageUseSection />
      <h3>{t('basemapOnlineHeading')}</h3>
      <div className="field-row tianditu-row">
        <label className="field">
          <span>{t('tiandituKeyLabel')}</span>
          <input
            type="text"
            value={tiandituKey}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={keyError}
            aria-describedby={keyHintId}
            onChange={(event) => setTiandituKey(event.target.value.trim())}
          />
          <small id={keyHintId} className={keyError ? 'error-text' : 'muted'}>
            {keyError ? t('invalidTiandituKey') : t('tiandituKeyHint')}
          </small>
        </label>
        <button type="button" disabled={!isTiandituKey(tiandituKey)} onClick={chooseTianditu}>
          {t('useTianditu')}
        </button>
      </div>
      <UrlField
        label={t('rasterUrlLabel')}
        value={rasterUrl}
        onChange={setRasterUrl}
        invalid={rasterError}
        hint={t('rasterUrlHint')}
        error={shiftedError(rasterUrl, t('invalidRasterUrl'))}
      />
      <UrlField
        label={t('styleUrlLabel')}
        value={styleUrl}
        onChange={setStyleUrl}
        invalid={styleError}
        hint={t('styleUrlHint')}
        error={shiftedError(styleUrl, t('invalidStyleUrl'))}
      />
      <label className="field">
        <span>{t('attributionLabel')}</span>
        <input
          type="text"
          value={attribution}
          maxLength={300}
          onChange={(event) => setAttribution(event.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="submit" className="primary" disabled={rasterError || styleError}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** Basemap options: a map file kept in this browser, and online ones (a raster tile template, a style URL). */
export function BasemapDialog({ open, needsUrl, onClose }: { open: boolean; needsUrl: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <ModalDialog open={open} title={t('basemapSettingsTitle')} onClose={onClose}>
      <BasemapForm needsUrl={needsUrl} onClose={onClose} />
    </ModalDialog>
  );
}
