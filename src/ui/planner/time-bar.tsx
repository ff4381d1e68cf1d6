import { CASE_KINDS, FOUND_IN } from '../../domain/cases/case-record';
import { dayFromIsoDate, isoDateFromDay } from '../../domain/time/day-number';
import { formatCount } from '../../i18n/i18n';
import { FOUND_IN_COLORS } from '../../map/styles/palette';
import { usePlannerStore } from '../../state/store';
import { caseWindow, SPEEDS, useTimeStore, WINDOW_MODES, type WindowMode } from '../../state/time-store';
import { useT } from '../shared/use-t';
import { EpiCurveChart } from './epi-curve-chart';
import { WorkingDateControls } from './working-date-controls';
import { togglePlayback } from './use-playback';

/** Toggles one index in a list of shown indexes (keeping at least one). */
function toggled(list: readonly number[], index: number): number[] {
  const next = list.includes(index) ? list.filter((i) => i !== index) : [...list, index].sort();
  return next.length ? next : [...list];
}

/**
 * The time bar under the map: the date slider over the report days, the window (all, 7 or 14
 * days, a custom range), playback at a chosen speed (space bar), the epidemic curve, and the
 * filters by place found and kind. Everything here changes what the case layers show.
 */
export function TimeBar({ onSealAround }: { onSealAround: () => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const time = useTimeStore();
  const window = caseWindow(time);
  if (!time.curve || time.asOfDay === undefined || !window) return null;
  const { curve, asOfDay } = time;
  const inWindow = time.hexData?.hexes.reduce((sum, hex) => sum + hex.count, 0);
  return (
    <section className="time-bar" aria-label={t('timeBar')}>
      <div className="time-row">
        <button
          type="button"
          className="play"
          onClick={togglePlayback}
          aria-pressed={time.playing}
          title={t('playHint')}
        >
          {time.playing ? t('pause') : t('play')}
        </button>
        <label className="time-slider">
          <span>{t('reportDate')}</span>
          <input
            type="range"
            min={curve.firstDay}
            max={curve.lastDay}
            step={1}
            value={asOfDay}
            aria-valuetext={isoDateFromDay(asOfDay)}
            onChange={(event) => time.set({ asOfDay: Number(event.target.value), playing: false })}
          />
        </label>
        <output className="time-date" data-testid="as-of-date">
          {isoDateFromDay(asOfDay)}
        </output>
        <label>
          <span>{t('timeWindow')}</span>
          <select
            value={time.mode}
            onChange={(event) =>
              time.set({ mode: event.target.value as WindowMode, customFromDay: time.customFromDay ?? window.fromDay })
            }
          >
            {WINDOW_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`window_${mode}`)}
              </option>
            ))}
          </select>
        </label>
        {time.mode === 'custom' && (
          <label>
            <span>{t('windowFrom')}</span>
            <input
              type="date"
              min={isoDateFromDay(curve.firstDay)}
              max={isoDateFromDay(asOfDay)}
              value={isoDateFromDay(window.fromDay)}
              onChange={(event) => {
                const day = dayFromIsoDate(event.target.value);
                if (day !== undefined) time.set({ customFromDay: day });
              }}
            />
          </label>
        )}
        <label>
          <span>{t('speed')}</span>
          <select
            value={time.speed}
            onChange={(event) => time.set({ speed: Number(event.target.value) as (typeof SPEEDS)[number] })}
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {t('speedDays', { days: speed })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onSealAround}>
          {t('sealAround')}
        </button>
      </div>
      <EpiCurveChart
        curve={curve}
        foundIn={time.foundIn}
        window={window}
        asOfDay={asOfDay}
        onPick={(day) => time.set({ asOfDay: day, playing: false })}
      />
      <div className="time-row filters">
        <fieldset>
          <legend>{t('filterFoundIn')}</legend>
          {FOUND_IN.map((found, f) => (
            <label key={found}>
              <input
                type="checkbox"
                checked={time.foundIn.includes(f)}
                onChange={() => time.set({ foundIn: toggled(time.foundIn, f) })}
              />
              <span className="swatch" style={{ background: FOUND_IN_COLORS[found] }} aria-hidden="true" />
              {t(`foundIn_${found}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('filterKind')}</legend>
          {CASE_KINDS.map((kind, k) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={time.kinds.includes(k)}
                onChange={() => time.set({ kinds: toggled(time.kinds, k) })}
              />
              {t(`kind_${kind}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted small" data-testid="window-cases" aria-live="polite">
          {inWindow !== undefined &&
            t('windowCases', {
              count: formatCount(language, inWindow),
              from: isoDateFromDay(window.fromDay),
              to: isoDateFromDay(window.toDay),
            })}
          {time.indexing !== undefined && ` · ${Math.round(time.indexing * 100)}%`}
        </p>
        <WorkingDateControls sliderDay={asOfDay} />
      </div>
    </section>
  );
}
