import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isValidRasterUrl, isValidStyleUrl } from '../../map/basemap-settings';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';

/** Online basemap options: a raster tile template and a style URL, saved in this browser. */
export function BasemapDialog({ open, needsUrl, onClose }: { open: boolean; needsUrl: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const basemap = usePlannerStore((state) => state.basemap);
  const setBasemap = usePlannerStore((state) => state.setBasemap);
  const [rasterUrl, setRasterUrl] = useState(basemap.rasterUrl);
  const [styleUrl, setStyleUrl] = useState(basemap.styleUrl);
  const [attribution, setAttribution] = useState(basemap.attribution);
  const rasterError = rasterUrl !== '' && !isValidRasterUrl(rasterUrl);
  const styleError = styleUrl !== '' && !isValidStyleUrl(styleUrl);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const current = usePlannerStore.getState().basemap;
      setRasterUrl(current.rasterUrl);
      setStyleUrl(current.styleUrl);
      setAttribution(current.attribution);
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (rasterError || styleError) return;
    let active = basemap.active;
    if (active === 'raster' && !rasterUrl) active = 'offline';
    if (active === 'style' && !styleUrl) active = 'offline';
    setBasemap({ active, rasterUrl, styleUrl, attribution: attribution.slice(0, 300) });
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="basemap-dialog-title" onClose={onClose}>
      <form onSubmit={save}>
        <h2 id="basemap-dialog-title">{t('basemapSettingsTitle')}</h2>
        <p className="muted">{t('basemapSettingsHelp')}</p>
        {needsUrl && (
          <p className="notice-inline" role="status">
            {t('basemapNeedsUrl')}
          </p>
        )}
        <label className="field">
          <span>{t('rasterUrlLabel')}</span>
          <input
            type="url"
            value={rasterUrl}
            onChange={(event) => setRasterUrl(event.target.value.trim())}
            aria-invalid={rasterError}
            aria-describedby="raster-hint"
            spellCheck={false}
          />
          <small id="raster-hint" className={rasterError ? 'error-text' : 'muted'}>
            {rasterError ? t('invalidRasterUrl') : t('rasterUrlHint')}
          </small>
        </label>
        <label className="field">
          <span>{t('styleUrlLabel')}</span>
          <input
            type="url"
            value={styleUrl}
            onChange={(event) => setStyleUrl(event.target.value.trim())}
            aria-invalid={styleError}
            aria-describedby="style-hint"
            spellCheck={false}
          />
          <small id="style-hint" className={styleError ? 'error-text' : 'muted'}>
            {styleError ? t('invalidStyleUrl') : t('styleUrlHint')}
          </small>
        </label>
        <label className="field">
          <span>{t('attributionLabel')}</span>
          <input type="text" value={attribution} maxLength={300} onChange={(event) => setAttribution(event.target.value)} />
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
    </dialog>
  );
}
