import { useId, useState, type FormEvent } from 'react';
import { isValidRasterUrl, isValidStyleUrl } from '../../types/basemap-settings';
import { usePlannerStore } from '../../state/store';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';

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
  const rasterError = rasterUrl !== '' && !isValidRasterUrl(rasterUrl);
  const styleError = styleUrl !== '' && !isValidStyleUrl(styleUrl);

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
    <form onSubmit={save}>
      <p className="muted">{t('basemapSettingsHelp')}</p>
      {needsUrl && (
        <p className="notice-inline" role="status">
          {t('basemapNeedsUrl')}
        </p>
      )}
      <UrlField
        label={t('rasterUrlLabel')}
        value={rasterUrl}
        onChange={setRasterUrl}
        invalid={rasterError}
        hint={t('rasterUrlHint')}
        error={t('invalidRasterUrl')}
      />
      <UrlField
        label={t('styleUrlLabel')}
        value={styleUrl}
        onChange={setStyleUrl}
        invalid={styleError}
        hint={t('styleUrlHint')}
        error={t('invalidStyleUrl')}
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

/** Online basemap options: a raster tile template and a style URL, saved in this browser. */
export function BasemapDialog({ open, needsUrl, onClose }: { open: boolean; needsUrl: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <ModalDialog open={open} title={t('basemapSettingsTitle')} onClose={onClose}>
      <BasemapForm needsUrl={needsUrl} onClose={onClose} />
    </ModalDialog>
  );
}
