import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';

/** A north arrow turned with the map's bearing (degrees clockwise from north). */
export function NorthArrow({ bearing }: { bearing: number }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  return (
    <div className="briefing-north" role="img" aria-label={t('briefingNorth')}>
      <svg
        viewBox="0 0 40 56"
        width="40"
        height="56"
        style={{ transform: `rotate(${-bearing}deg)` }}
        aria-hidden="true"
      >
        <path d="M20 2 L34 40 L20 32 L6 40 Z" fill="currentColor" />
        <path d="M20 2 L20 32 L6 40 Z" fill="currentColor" opacity="0.55" />
      </svg>
      <span aria-hidden="true">{language === 'en' ? 'N' : '北'}</span>
    </div>
  );
}
