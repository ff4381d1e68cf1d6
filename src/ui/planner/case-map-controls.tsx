import { COARSE_RESOLUTION, FINE_RESOLUTION } from '../../domain/cases/case-cells';
import { usePlannerStore } from '../../state/store';
import { useTimeStore } from '../../state/time-store';
import { useT } from '../shared/use-t';
import { hexResolution } from './use-case-layers';
import { HexClasses } from './hex-classes';

const RESOLUTIONS = Array.from({ length: FINE_RESOLUTION - COARSE_RESOLUTION + 1 }, (_, i) => COARSE_RESOLUTION + i);

/** The case map's options: hexagons on or off, their size (by zoom or fixed), 3D columns, and the colour legend. */
export function CaseMapControls() {
  const t = useT();
  const time = useTimeStore();
  const zoom = usePlannerStore((state) => state.view?.zoom);
  const data = time.hexData;
  const breaks = data?.scale.breaks ?? [];
  return (
    <section aria-labelledby="case-map-heading">
      <h2 id="case-map-heading">{t('caseMap')}</h2>
      <label className="check">
        <input type="checkbox" checked={time.hexes} onChange={(event) => time.set({ hexes: event.target.checked })} />
        {t('layerCaseHexes')}
      </label>
      <label className="field">
        <span>{t('hexResolution')}</span>
        <select
          value={String(time.resolution)}
          onChange={(event) =>
            time.set({ resolution: event.target.value === 'auto' ? 'auto' : Number(event.target.value) })
          }
        >
          <option value="auto">
            {t('hexResolutionAuto', { resolution: hexResolution({ resolution: 'auto' }, zoom) })}
          </option>
          {RESOLUTIONS.map((resolution) => (
            <option key={resolution} value={resolution}>
              {t('hexResolutionFixed', { resolution })}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={time.extruded}
          onChange={(event) => time.set({ extruded: event.target.checked })}
        />
        {t('hexExtruded')}
      </label>
      {time.hexes && breaks.length > 0 && data && (
        <figure className="hex-legend" aria-label={t('hexLegend')}>
          <figcaption className="small">{t('hexLegend')}</figcaption>
          <HexClasses data={data} />
          <p className="muted small">{t('hexLegendNote')}</p>
        </figure>
      )}
    </section>
  );
}
