import type { MouseEvent } from 'react';
import { FOUND_IN } from '../../domain/cases/case-record';
import type { EpiCurve } from '../../domain/cases/epi-curve';
import { casesOnDay } from '../../domain/cases/epi-curve';
import { isoDateFromDay } from '../../domain/time/day-number';
import { FOUND_IN_COLORS } from '../../map/styles/palette';
import { useT } from '../shared/use-t';

const BAR = 10;
const HEIGHT = 64;

/**
 * The epidemic curve: new cases a day, stacked by where they were found (only the places the
 * filters show), with the window shaded and the date marked. A click picks a date.
 */
export function EpiCurveChart({
  curve,
  foundIn,
  window,
  asOfDay,
  onPick,
}: {
  curve: EpiCurve;
  foundIn: readonly number[];
  window: { fromDay: number; toDay: number };
  asOfDay: number;
  onPick: (day: number) => void;
}) {
  const t = useT();
  const days = curve.lastDay - curve.firstDay + 1;
  const shown = new Set(foundIn);
  let max = 1;
  for (let d = 0; d < days; d++) {
    let sum = 0;
    for (let f = 0; f < FOUND_IN.length; f++) if (shown.has(f)) sum += curve.counts[d * FOUND_IN.length + f];
    max = Math.max(max, sum);
  }
  const scale = (HEIGHT - 4) / max;
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const day = curve.firstDay + Math.floor(((event.clientX - box.left) / box.width) * days);
    onPick(Math.max(curve.firstDay, Math.min(curve.lastDay, day)));
  };
  return (
    <svg
      className="epi-curve"
      viewBox={`0 0 ${days * BAR} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('epiCurve')}
      onClick={pick}
      data-testid="epi-curve"
    >
      <rect
        className="epi-window"
        x={(window.fromDay - curve.firstDay) * BAR}
        width={(window.toDay - window.fromDay + 1) * BAR}
        y={0}
        height={HEIGHT}
      />
      {Array.from({ length: days }, (_, d) => {
        let y = HEIGHT;
        const day = curve.firstDay + d;
        return (
          <g key={d} opacity={day >= window.fromDay && day <= window.toDay ? 1 : 0.35}>
            <title>{t('epiCurveDay', { date: isoDateFromDay(day), count: casesOnDay(curve, day) })}</title>
            {FOUND_IN.map((found, f) => {
              const count = shown.has(f) ? curve.counts[d * FOUND_IN.length + f] : 0;
              if (!count) return null;
              y -= count * scale;
              return (
                <rect
                  key={found}
                  x={d * BAR + 1}
                  width={BAR - 2}
                  y={y}
                  height={count * scale}
                  fill={FOUND_IN_COLORS[found]}
                />
              );
            })}
          </g>
        );
      })}
      <line
        className="epi-date"
        x1={(asOfDay - curve.firstDay + 0.5) * BAR}
        x2={(asOfDay - curve.firstDay + 0.5) * BAR}
        y1={0}
        y2={HEIGHT}
      />
    </svg>
  );
}
