import { MAX_ZONE_NAME_CHARACTERS } from '../../domain/plan/plan-limits';
import { useCallback } from 'react';
import { parseProjectFile, PROJECT_FILE_SUFFIX, serializePlan } from '../../io/project-file/project-file';
import { zonesToGeoJson } from '../../io/zones/zone-geojson-export';
import { openPlan } from '../../state/commands/open-plan';
import { currentPlan, usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { downloadText, safeFileName, tooLarge } from '../shared/files';
import { runCommand } from '../../state/run-command';

/** Export and import of whole plans and of zones as GeoJSON. */
export function usePlanFiles() {
  const exportPlan = useCallback(() => {
    const plan = currentPlan();
    downloadText(`${safeFileName(plan.name)}${PROJECT_FILE_SUFFIX}`, serializePlan(plan));
  }, []);

  const exportZones = useCallback(() => {
    const plan = currentPlan();
    downloadText(
      `${safeFileName(plan.name)}-zones.geojson`,
      JSON.stringify(zonesToGeoJson(plan), null, 1) + '\n',
      'application/geo+json',
    );
  }, []);

  const importPlan = useCallback(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const notify = usePlannerStore.getState().notify;
      const large = tooLarge(file);
      if (large) {
        notify({ kind: 'error', key: 'fileTooLarge', values: large, tag: 'plan-file' });
        return;
      }
      const result = parseProjectFile(await file.text());
      if (!result.ok) {
        notify({
          kind: 'error',
          key: result.problem.key,
          values: result.problem.values,
          tag: 'plan-file',
        });
        return;
      }
      const store = usePlanStore.getState();
      if (result.readOnly) {
        store.replacePlan(result.plan);
        store.setReadOnly('newer-version');
        notify({ kind: 'info', key: 'planOpenedNewer', tag: 'plan-file' });
        return;
      }
      if (runCommand(openPlan, { plan: result.plan, fileName: file.name })) {
        notify({
          kind: 'info',
          key: result.migratedFrom ? 'planOpenedMigrated' : 'planOpened',
          values: { name: result.plan.name, version: result.migratedFrom ?? '' },
          tag: 'plan-file',
        });
        if (result.namesCut)
          notify({
            kind: 'info',
            key: 'planNamesCut',
            values: { count: result.namesCut, max: MAX_ZONE_NAME_CHARACTERS },
            tag: 'plan-names',
          });
      }
    });
    input.click();
  }, []);

  return { exportPlan, exportZones, importPlan };
}
