import type { ReactNode } from 'react';
import { FOUND_IN } from '../../domain/cases/case-record';
import { formatCount } from '../../i18n/i18n';
import type { LayerVisibility } from '../../types/layer-visibility';
import { FOUND_IN_COLORS } from '../../map/styles/palette';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { DatasetList } from './dataset-list';

const LAYER_LABELS = {
  districts: 'layerDistricts',
  density: 'layerDensity',
  householdPoints: 'layerHouseholdPoints',
  compounds: 'layerCompounds',
  cases: 'layerCases',
} as const;

/** The left panel: what data is loaded, and which layers are shown. Zones and figures join it later. */
export function SidePanel({ children }: { children?: ReactNode }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const summary = usePlannerStore((state) => state.summary);
  const visibility = usePlannerStore((state) => state.visibility);
  const setVisibility = usePlannerStore((state) => state.setVisibility);
  const count = (value: number) => formatCount(language, value);

  return (
    <aside className="side-panel" aria-label={t('sidePanel')}>
      {children}
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <DatasetList />
        {summary ? (
          <>
            <dl className="figures">
              <dt>{t('householdRecords')}</dt>
              <dd data-testid="household-records">{count(summary.households.records)}</dd>
              <dt>{t('households')}</dt>
              <dd>{count(summary.households.households)}</dd>
              <dt>{t('residents')}</dt>
              <dd>{count(summary.households.residents)}</dd>
              <dt>{t('cases')}</dt>
              <dd data-testid="case-count">{count(summary.cases.count)}</dd>
            </dl>
            {summary.cases.firstReportedOn && (
              <p className="muted">
                {t('reportedBetween', {
                  first: summary.cases.firstReportedOn,
                  last: summary.cases.lastReportedOn ?? '',
                })}
              </p>
            )}
            <h3>{t('foundInHeading')}</h3>
            <ul className="legend">
              {FOUND_IN.map((found) => (
                <li key={found}>
                  <span className="swatch" style={{ background: FOUND_IN_COLORS[found] }} aria-hidden="true" />
                  <span>{t(`foundIn_${found}`)}</span>
                  <span className="legend-count">{count(summary.cases.byFoundIn[found])}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </section>
      <section aria-labelledby="layers-heading">
        <h2 id="layers-heading">{t('layersHeading')}</h2>
        <ul className="layer-list">
          {(Object.keys(LAYER_LABELS) as (keyof LayerVisibility)[]).map((layer) => (
            <li key={layer}>
              <label>
                <input
                  type="checkbox"
                  checked={visibility[layer]}
                  onChange={(event) => setVisibility({ ...visibility, [layer]: event.target.checked })}
                />
                {t(LAYER_LABELS[layer])}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted small">{t('demoNote')}</p>
    </aside>
  );
}
