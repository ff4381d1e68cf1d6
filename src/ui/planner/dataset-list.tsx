import { formatCount } from '../../i18n/i18n';
import { removeDataset } from '../../state/commands/datasets';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { runCommand } from '../../state/run-command';

/** The datasets the plan counts with; removing one is an undoable step. */
export function DatasetList() {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const datasets = usePlanStore((state) => state.history.present.datasets);
  const readOnly = usePlanStore((state) => state.readOnly);
  return (
    <>
      <h3>{t('datasetsHeading')}</h3>
      <ul className="dataset-list" data-testid="dataset-list">
        {datasets.map((dataset) => (
          <li key={dataset.id}>
            <span>
              {dataset.fileName} · {t(dataset.kind === 'cases' ? 'cases' : 'householdRecords')}{' '}
              {formatCount(language, dataset.records)}
              {dataset.source === 'demo' && <span className="muted"> ({t('datasetDemo')})</span>}
            </span>
            <button
              type="button"
              disabled={!!readOnly}
              aria-label={t('importRemoveDataset', { file: dataset.fileName })}
              onClick={() => runCommand(removeDataset, { id: dataset.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
