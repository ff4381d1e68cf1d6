import { useEffect, useState } from 'react';
import { CAPACITY_UNIT, SITE_KINDS, type Site, type SiteKind } from '../../domain/sites/site';
import { formatCount } from '../../i18n/i18n';
import { deleteSite, updateSite } from '../../state/commands/sites';
import { usePlanStore } from '../../state/plan-store';
import { runCommand } from '../../state/run-command';
import { usePlannerStore } from '../../state/store';
import { SiteSymbol } from '../shared/site-symbol';
import { useT } from '../shared/use-t';

type Field = 'name' | 'capacity' | 'roomsInUse' | 'opens' | 'closes' | 'direction' | 'lng' | 'lat';
type Fields = Record<Field, string>;

const fieldsOf = (site: Site): Fields => ({
  name: site.name,
  capacity: String(site.capacity),
  roomsInUse: site.roomsInUse === undefined ? '' : String(site.roomsInUse),
  opens: site.opens ?? '',
  closes: site.closes ?? '',
  direction: site.direction ?? '',
  lng: site.lng.toFixed(6),
  lat: site.lat.toFixed(6),
});

/** The site as the fields say; a field left empty drops an optional value. */
function siteOf(site: Site, fields: Fields): Site {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const next: Site = {
    id: site.id,
    name: fields.name,
    kind: site.kind,
    lng: Number(fields.lng),
    lat: Number(fields.lat),
    capacity: Number(fields.capacity),
  };
  const inUse = optional(fields.roomsInUse);
  if (inUse !== undefined) next.roomsInUse = Number(inUse);
  const opens = optional(fields.opens);
  const closes = optional(fields.closes);
  if (opens) next.opens = opens;
  if (closes) next.closes = closes;
  const direction = optional(fields.direction);
  if (direction) next.direction = direction;
  return next;
}

/**
 * The plan's sites by kind, and the selected one's editor: its name, kind, capacity, the fields
 * of its kind and its position (to move it from the keyboard). A field applies when it is left or
 * Enter is pressed, as one undoable step; a value the plan cannot hold is refused with the reason
 * and the field goes back.
 */
export function SitePanel({ onShow }: { onShow: (site: Site) => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const sites = usePlanStore((state) => state.history.present.sites);
  const selection = usePlanStore((state) => state.selection);
  const select = usePlanStore((state) => state.select);
  const selected = selection.kind === 'site' ? sites.find((site) => site.id === selection.id) : undefined;
  if (sites.length === 0) return null;
  return (
    <section aria-labelledby="sites-heading" className="site-panel">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      {SITE_KINDS.map((kind) => {
        const ofKind = sites.filter((site) => site.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="site-group">
            <h3>
              <SiteSymbol kind={kind} size={16} /> {t(`siteKindPlural_${kind}`)} · {ofKind.length}
            </h3>
            <ul className="zone-list">
              {ofKind.map((site) => (
                <li key={site.id}>
                  <button
                    type="button"
                    className="zone-row"
                    aria-pressed={site.id === selected?.id}
                    onClick={() => select({ kind: 'site', id: site.id })}
                    onDoubleClick={() => onShow(site)}
                  >
                    <span className="zone-name">{site.name}</span>
                    {kind !== 'checkpoint' && (
                      <span className="zone-meta">
                        {t(`capacity_${kind}`)} {formatCount(language, site.capacity)}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {selected && <SiteEditor key={selected.id} site={selected} onShow={onShow} />}
    </section>
  );
}

function SiteEditor({ site, onShow }: { site: Site; onShow: (site: Site) => void }) {
  const t = useT();
  const readOnly = usePlanStore((state) => state.readOnly);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(site));
  // The site changed (undo, a drag, another tab): the fields follow it.
  useEffect(() => setFields(fieldsOf(site)), [site]);
  const apply = (next: Fields) => {
    const changed = siteOf(site, next);
    if (JSON.stringify(changed) === JSON.stringify(siteOf(site, fieldsOf(site)))) return;
    if (!runCommand(updateSite, { site: changed })) setFields(fieldsOf(site));
  };
  const input = (field: Field, label: string, type: 'text' | 'number' | 'time' = 'text', step?: number) => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={fields[field]}
        step={step}
        min={type === 'number' ? (field === 'lng' || field === 'lat' ? undefined : 0) : undefined}
        disabled={!!readOnly}
        onChange={(event) => setFields({ ...fields, [field]: event.target.value })}
        onBlur={() => apply(fields)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(fields);
        }}
      />
    </label>
  );
  const unit = CAPACITY_UNIT[site.kind];
  return (
    <form
      className="zone-editor site-editor"
      aria-label={t('editSiteHeading')}
      onSubmit={(event) => event.preventDefault()}
    >
      <h3>{t('editSiteHeading')}</h3>
      {input('name', t('siteName'))}
      <label className="field">
        <span>{t('siteKind')}</span>
        <select
          value={site.kind}
          disabled={!!readOnly}
          onChange={(event) =>
            runCommand(updateSite, { site: { ...siteOf(site, fields), kind: event.target.value as SiteKind } })
          }
        >
          {SITE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`siteKind_${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {unit !== 'none' && input('capacity', t(`capacity_${site.kind as 'testing'}`), 'number', 1)}
      {site.kind === 'isolation' && input('roomsInUse', t('siteRoomsInUse'), 'number', 1)}
      {site.kind === 'testing' && (
        <div className="field-row">
          {input('opens', t('siteOpens'), 'time')}
          {input('closes', t('siteCloses'), 'time')}
        </div>
      )}
      {site.kind === 'checkpoint' && input('direction', t('siteDirection'))}
      <div className="field-row">
        {input('lng', t('longitude'), 'number', 0.0001)}
        {input('lat', t('latitude'), 'number', 0.0001)}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => onShow(site)}>
          {t('showSite')}
        </button>
        <button type="button" disabled={!!readOnly} onClick={() => runCommand(deleteSite, { id: site.id })}>
          {t('deleteSite')}
        </button>
      </div>
      <p className="muted small">{t('siteEditHelp')}</p>
    </form>
  );
}
