import { isoDateFromDay } from '../../domain/time/day-number';
import { todayInShanghai, usePlanStore } from '../../state/plan-store';
import { runCommand } from '../../state/run-command';
import { setWorkingDate } from '../../state/commands/set-working-date';
import { updateZoneProperties } from '../../state/commands/update-zone-properties';
import { useT } from '../shared/use-t';

/**
 * The plan's working date, on the time bar: new zones are declared on it. One click makes the
 * slider's date the working date, follows today again, or declares the selected zone on the
 * slider's date, so an outbreak is replayed without typing dates. Each is one undoable step.
 */
export function WorkingDateControls({ sliderDay }: { sliderDay: number }) {
  const t = useT();
  const workingDate = usePlanStore((state) => state.history.present.settings.workingDate);
  const readOnly = usePlanStore((state) => !!state.readOnly);
  const selection = usePlanStore((state) => state.selection);
  const zones = usePlanStore((state) => state.history.present.zones);
  const selected = selection.kind === 'zone' ? zones.find((zone) => zone.id === selection.id) : undefined;
  const sliderDate = isoDateFromDay(sliderDay);
  return (
    <div className="working-date" role="group" aria-label={t('workingDate')}>
      <span title={t('workingDateHelp')}>
        {t('workingDate')}:{' '}
        <strong data-testid="working-date">
          {workingDate ?? t('workingDateFollowsToday', { date: todayInShanghai() })}
        </strong>
      </span>
      {workingDate !== sliderDate && (
        <button type="button" disabled={readOnly} onClick={() => runCommand(setWorkingDate, { date: sliderDate })}>
          {t('workingDateUseSlider', { date: sliderDate })}
        </button>
      )}
      {workingDate !== null && (
        <button type="button" disabled={readOnly} onClick={() => runCommand(setWorkingDate, { date: null })}>
          {t('workingDateUseToday')}
        </button>
      )}
      {selected && selected.declaredOn !== sliderDate && (
        <button
          type="button"
          disabled={readOnly}
          onClick={() => runCommand(updateZoneProperties, { id: selected.id, changes: { declaredOn: sliderDate } })}
        >
          {t('declareOnSlider', { name: selected.name, date: sliderDate })}
        </button>
      )}
    </div>
  );
}
