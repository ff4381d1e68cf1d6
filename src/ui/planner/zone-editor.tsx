import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TierSelect } from '../shared/tier-select';
import type { Zone } from '../../domain/zones/zone';
import { isSimplePolygon } from '../../domain/zones/zone-geometry';
import { updateZoneProperties, type ZoneProperties } from '../../state/commands/update-zone-properties';
import { usePlanStore } from '../../state/plan-store';
import { useT } from '../shared/use-t';
import { tierKey } from '../../i18n/reason-keys';
import { isTier } from '../../domain/zones/tier';
import { runCommand } from '../../state/run-command';
import { clearZoneDraft, saveZoneDraft } from '../../state/persistence/zone-draft';

/** A readable detail for an event's machine note (tier change, merge, split). */
function eventDetail(note: string | undefined, t: ReturnType<typeof useT>): string {
  if (!note) return '';
  const tier = /^tier:(\w+)>(\w+)$/.exec(note);
  if (tier && isTier(tier[1]) && isTier(tier[2])) return ` · ${t(tierKey(tier[1]))} → ${t(tierKey(tier[2]))}`;
  if (note.startsWith('merged:')) return ` · ${t('eventMerged', { name: note.slice(7) })}`;
  if (note === 'split') return ` · ${t('eventSplit')}`;
  return '';
}

/** How long typing may pause before the text is applied (one undo step per field edit). */
const TYPING_PAUSE_MS = 700;

/**
 * Edits the selected zone's name, tier, dates and notes. Nothing typed is lost: the tier and the
 * dates apply when chosen, a name or notes when typing pauses, the field is left or another zone
 * is selected, each as one undo step; meanwhile the text is kept as a draft that survives a reload.
 */
export function ZoneEditor({
  zone,
  onZoomTo,
  onDraftNotice,
}: {
  zone: Zone;
  onZoomTo: (zone: Zone) => void;
  onDraftNotice: () => void;
}) {
  const t = useT();
  const id = useId();
  const readOnly = usePlanStore((state) => state.readOnly);
  const [name, setName] = useState(zone.name);
  const [notes, setNotes] = useState(zone.notes);
  const pending = useRef<{ zoneId: string; name?: string; notes?: string }>({ zoneId: zone.id });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /** Applies what was typed and not yet applied (a name that is empty is refused with the reason, and kept in the field). */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const typed = pending.current;
    pending.current = { zoneId: typed.zoneId };
    clearZoneDraft();
    const current = usePlanStore.getState().history.present.zones.find((z) => z.id === typed.zoneId);
    if (!current) return;
    const changes: ZoneProperties = {};
    if (typed.name !== undefined && typed.name.trim() !== current.name) changes.name = typed.name;
    if (typed.notes !== undefined && typed.notes !== current.notes) changes.notes = typed.notes;
    if (Object.keys(changes).length) runCommand(updateZoneProperties, { id: typed.zoneId, changes });
  }, []);

  // Another zone, or the editor closing: what was typed for this one is applied first.
  useEffect(() => {
    pending.current = { zoneId: zone.id };
    return flush;
  }, [zone.id, flush]);

  // The zone changed (undo, redo, another tab): the fields follow it unless typing is under way.
  useEffect(() => {
    if (pending.current.name === undefined) setName(zone.name);
    if (pending.current.notes === undefined) setNotes(zone.notes);
  }, [zone]);

  const typed = (field: 'name' | 'notes', value: string) => {
    (field === 'name' ? setName : setNotes)(value);
    pending.current = { ...pending.current, [field]: value };
    saveZoneDraft(pending.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, TYPING_PAUSE_MS);
  };
  const change = (changes: ZoneProperties) => runCommand(updateZoneProperties, { id: zone.id, changes });

  const simple = isSimplePolygon(zone.geometry);
  return (
    <form
      className="zone-editor"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        flush();
      }}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{t('editZoneHeading')}</h3>
      <label className="field">
        <span>{t('zoneName')}</span>
        <input
          type="text"
          value={name}
          maxLength={120}
          disabled={!!readOnly}
          onChange={(event) => typed('name', event.target.value)}
          onBlur={flush}
        />
      </label>
      <label className="field">
        <span>{t('zoneTier')}</span>
        <TierSelect
          value={zone.tier}
          disabled={!!readOnly}
          onChange={(value) => value && value !== zone.tier && change({ tier: value })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('declaredOn')}</span>
          <input
            type="date"
            value={zone.declaredOn}
            required
            disabled={!!readOnly}
            onChange={(event) => {
              const value = event.target.value;
              if (value && value !== zone.declaredOn) change({ declaredOn: value });
            }}
          />
        </label>
        <label className="field">
          <span>{t('liftedOn')}</span>
          <input
            type="date"
            value={zone.liftedOn ?? ''}
            disabled={!!readOnly}
            onChange={(event) => {
              const value = event.target.value || null;
              if (value !== (zone.liftedOn ?? null)) change({ liftedOn: value });
            }}
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
          onChange={(event) => typed('notes', event.target.value)}
          onBlur={flush}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => onZoomTo(zone)}>
          {t('zoomToZone')}
        </button>
        <button type="button" onClick={onDraftNotice}>
          {t('draftNotice')}
        </button>
      </div>
      <p className="muted small">{t('zoneEditsApply')}</p>
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
