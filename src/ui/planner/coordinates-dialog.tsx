import { useId, useState, type FormEvent } from 'react';
import type { Tier } from '../../domain/zones/tier';
import { TierSelect } from '../shared/tier-select';
import type { Zone } from '../../domain/zones/zone';
import { validateZoneGeometry } from '../../domain/zones/validate-zone';
import { zoneIssueKey } from '../../i18n/reason-keys';
import { issueValues } from '../../io/zones/zone-geojson-import';
import { parseZoneText } from '../../io/zones/zone-text';
import { createZone } from '../../state/commands/create-zone';
import { usePlanStore } from '../../state/plan-store';
import { JURISDICTION_BBOX } from '../../state/zone-issues';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';
import { runCommand } from '../../state/run-command';

/** The keyboard path for zones: type or paste coordinates, WKT or GeoJSON. */
export function CoordinatesDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (zone: Zone) => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [tier, setTier] = useState<Tier>('sealed');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseZoneText(text);
    if (!parsed.ok) {
      setError(t(parsed.problem.key, parsed.problem.values));
      return;
    }
    const [issue] = validateZoneGeometry(parsed.geometry, { jurisdiction: JURISDICTION_BBOX });
    if (issue) {
      setError(t(zoneIssueKey(issue.code), issueValues(issue)));
      return;
    }
    const before = new Set(usePlanStore.getState().history.present.zones.map((zone) => zone.id));
    if (runCommand(createZone, { tier, geometry: parsed.geometry, name })) {
      const created = usePlanStore.getState().history.present.zones.find((zone) => !before.has(zone.id));
      if (created) {
        usePlanStore.getState().select({ kind: 'zone', id: created.id });
        onCreated(created);
      }
      setText('');
      setName('');
      setError(undefined);
      onClose();
    }
  };

  return (
    <ModalDialog open={open} title={t('coordinatesTitle')} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="muted small">{t('coordinatesHelp')}</p>
        <label className="field">
          <span>{t('coordinatesLabel')}</span>
          <textarea
            rows={7}
            value={text}
            spellCheck={false}
            aria-invalid={!!error}
            aria-describedby={`${id}-error`}
            onChange={(event) => setText(event.target.value)}
            placeholder={'120.7260,30.7400\n120.7290,30.7400\n120.7290,30.7425\n120.7260,30.7425'}
          />
        </label>
        <div className="field-row">
          <label className="field">
            <span>{t('zoneTier')}</span>
            <TierSelect value={tier} onChange={(value) => value && setTier(value)} />
          </label>
          <label className="field">
            <span>{t('zoneName')}</span>
            <input type="text" value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
          </label>
        </div>
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary">
            {t('addZone')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
