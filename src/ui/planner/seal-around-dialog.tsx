import { useState, type FormEvent } from 'react';
import { FOUND_IN } from '../../domain/cases/case-record';
import { meters } from '../../domain/geo/types';
import { isoDateFromDay } from '../../domain/time/day-number';
import type { Zone } from '../../domain/zones/zone';
import { createZone } from '../../state/commands/create-zone';
import { usePlanStore } from '../../state/plan-store';
import { caseWindow, useTimeStore } from '../../state/time-store';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';
import { analysisClient } from '../../workers/analysis-client';
import { runCommand } from '../../state/run-command';

const COMMUNITY = FOUND_IN.indexOf('community');

/**
 * "Seal around cases": a sealed zone proposed around the cases of the time window (a disc
 * around each, joined), added as one undoable step for the planner to edit. Only community
 * cases are taken unless other places found are chosen; quarantine cases stay out by default.
 */
export function SealAroundDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (zone: Zone) => void;
}) {
  const t = useT();
  const [radius, setRadius] = useState('100');
  const [foundIn, setFoundIn] = useState<number[]>([COMMUNITY]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const time = useTimeStore();
  const window = caseWindow({ ...time, foundIn });
  let count = 0;
  if (time.curve && window) {
    for (let day = window.fromDay; day <= window.toDay; day++) {
      for (const f of foundIn) count += time.curve.counts[(day - time.curve.firstDay) * FOUND_IN.length + f] ?? 0;
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(radius);
    if (!Number.isFinite(value) || value < 10 || value > 2000) return setError(t('errorSealRadius'));
    if (!window || count === 0) return setError(t('errorSealNoCases'));
    setBusy(true);
    try {
      const proposal = await analysisClient().sealAround({ ...window, foundIn }, meters(value));
      if (!proposal.geometry) return setError(t('errorSealNoCases'));
      const before = new Set(usePlanStore.getState().history.present.zones.map((zone) => zone.id));
      if (
        runCommand(createZone, {
          tier: 'sealed',
          geometry: proposal.geometry,
          name: t('sealAroundName', { count: proposal.cases }),
          origin: 'derived',
        })
      ) {
        const created = usePlanStore.getState().history.present.zones.find((zone) => !before.has(zone.id));
        if (created) {
          usePlanStore.getState().select({ kind: 'zone', id: created.id });
          onCreated(created);
        }
        setError(undefined);
        onClose();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog open={open} title={t('sealAroundTitle')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <p className="muted small">{t('sealAroundHelp')}</p>
        <label className="field">
          <span>{t('sealAroundRadius')}</span>
          <input
            type="number"
            value={radius}
            aria-invalid={!!error}
            onChange={(event) => setRadius(event.target.value)}
          />
        </label>
        <fieldset>
          <legend>{t('filterFoundIn')}</legend>
          {FOUND_IN.map((found, f) => (
            <label key={found} className="check">
              <input
                type="checkbox"
                checked={foundIn.includes(f)}
                onChange={() =>
                  setFoundIn(foundIn.includes(f) ? foundIn.filter((i) => i !== f) : [...foundIn, f].sort())
                }
              />
              {t(`foundIn_${found}`)}
            </label>
          ))}
        </fieldset>
        {window && (
          <p data-testid="seal-around-count">
            {t('sealAroundCount', { count, from: isoDateFromDay(window.fromDay), to: isoDateFromDay(window.toDay) })}
          </p>
        )}
        <p className="error-text" role="alert">
          {error}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('sealAroundPropose')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
