import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Tier } from '../../domain/zones/tier';
import { TierSelect } from '../shared/tier-select';
import type { Zone } from '../../domain/zones/zone';
import { isSimplePolygon } from '../../domain/zones/zone-geometry';
import { updateZoneProperties, type ZoneProperties } from '../../state/commands/update-zone-properties';
import { usePlanStore } from '../../state/plan-store';
import { useT } from '../shared/use-t';
import { tierKey } from '../../i18n/reason-keys';
import { isTier } from '../../domain/zones/tier';
import { runCommand } from '../../state/run-command';

/** A readable detail for an event's machine note (tier change, merge, split). */
function eventDetail(note: string | undefined, t: ReturnType<typeof useT>): string {
  if (!note) return '';
  const tier = /^tier:(\w+)>(\w+)$/.exec(note);
  if (tier && isTier(tier[1]) && isTier(tier[2])) return ` · ${t(tierKey(tier[1]))} → ${t(tierKey(tier[2]))}`;
  if (note.startsWith('merged:')) return ` · ${t('eventMerged', { name: note.slice(7) })}`;
  if (note === 'split') return ` · ${t('eventSplit')}`;
  return '';
}

/** Edits the selected zone's name, tier, dates and notes; one Apply is one undo step. */
export function ZoneEditor({ zone, onZoomTo }: { zone: Zone; onZoomTo: (zone: Zone) => void }) {
  const t = useT();
  const id = useId();
  const readOnly = usePlanStore((state) => state.readOnly);
  const [name, setName] = useState(zone.name);
  const [tier, setTier] = useState<Tier>(zone.tier);
  const [declaredOn, setDeclaredOn] = useState(zone.declaredOn);
  const [liftedOn, setLiftedOn] = useState(zone.liftedOn ?? '');
  const [notes, setNotes] = useState(zone.notes);

  useEffect(() => {
    setName(zone.name);
    setTier(zone.tier);
    setDeclaredOn(zone.declaredOn);
    setLiftedOn(zone.liftedOn ?? '');
    setNotes(zone.notes);
  }, [zone]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const changes: ZoneProperties = {};
    if (name !== zone.name) changes.name = name;
    if (tier !== zone.tier) changes.tier = tier;
    if (declaredOn !== zone.declaredOn) changes.declaredOn = declaredOn;
    if (liftedOn !== (zone.liftedOn ?? '')) changes.liftedOn = liftedOn || null;
    if (notes !== zone.notes) changes.notes = notes;
    runCommand(updateZoneProperties, { id: zone.id, changes });
  };

  const simple = isSimplePolygon(zone.geometry);
  return (
    <form className="zone-editor" onSubmit={apply} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('editZoneHeading')}</h3>
      <label className="field">
        <span>{t('zoneName')}</span>
        <input
          type="text"
          value={name}
          maxLength={120}
          disabled={!!readOnly}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('zoneTier')}</span>
        <TierSelect value={tier} disabled={!!readOnly} onChange={(value) => value && setTier(value)} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('declaredOn')}</span>
          <input
            type="date"
            value={declaredOn}
            disabled={!!readOnly}
            onChange={(event) => setDeclaredOn(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('liftedOn')}</span>
          <input
            type="date"
            value={liftedOn}
            disabled={!!readOnly}
            onChange={(event) => setLiftedOn(event.target.value)}
          />
        </label>
      </div>
      <label className="field">
        <span>{t('zoneNotes')}</span>
        <textarea
          value={notes}
          rows={2}
          maxLength={4000}
          disabled={!!readOnly}
          onChange={(event) => setNotes(event.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => onZoomTo(zone)}>
          {t('zoomToZone')}
        </button>
        <button type="submit" className="primary" disabled={!!readOnly}>
          {t('applyChanges')}
        </button>
      </div>
      <p className="muted small">{simple ? t('vertexHelp') : t('multiPartHelp')}</p>
      <h4 className="zone-events-heading">{t('zoneEvents')}</h4>
      <ol className="zone-events">
        {zone.events.map((event, index) => (
          <li key={index}>
            <span className="event-date">{event.on}</span> {t(`event_${event.kind}`)}
            {eventDetail(event.note, t)}
          </li>
        ))}
      </ol>
    </form>
  );
}
