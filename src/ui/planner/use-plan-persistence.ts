import { useEffect } from 'react';
import { demoPlan } from '../../io/demo-data/demo-datasets';
import { takeZoneDraft } from '../../state/persistence/zone-draft';
import { updateZoneProperties, type ZoneProperties } from '../../state/commands/update-zone-properties';
import { runCommand } from '../../state/run-command';
import { parseProjectFile, serializePlan } from '../../io/project-file/project-file';
import { Autosaver, type SaveStatus } from '../../state/persistence/autosave';
import { indexedDbPlanStorage, type PlanStorage } from '../../state/persistence/plan-storage';
import { claimWriter } from '../../state/persistence/writer-lock';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';

const LOCK = 'cordon-plan-writer';
const CHANNEL = 'cordon-plan';

/** The save status, for the status bar. */
export type { SaveStatus };

/**
 * Keeps the plan in IndexedDB: loads it at start, saves every edit within a second, lets one tab
 * write while others follow read-only, and never reloads or drops edits when storage fails.
 */
export function usePlanPersistence(onStatus: (status: SaveStatus) => void): void {
  useEffect(() => {
    const storage: PlanStorage = indexedDbPlanStorage();
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
    let disposed = false;
    let unsubscribe: (() => void) | undefined;
    let persistRequested = false;
    const notices = () => usePlannerStore.getState();

    const autosaver = new Autosaver({
      save: async (text) => {
        await storage.save(text);
        channel?.postMessage({ type: 'saved' });
        if (!persistRequested) {
          persistRequested = true;
          void navigator.storage?.persist?.().catch(() => undefined);
        }
      },
      onStatus: (status) => {
        onStatus(status);
        if (status.kind === 'failed') {
          notices().notify({
            kind: 'error',
            key: 'storageFailed',
            values: { detail: status.detail },
            action: 'downloadPlan',
            tag: 'storage',
          });
        } else if (status.kind === 'saved') notices().dismissTag('storage');
      },
    });

    const loadStored = async (): Promise<void> => {
      const text = await storage.load().catch(() => undefined);
      if (disposed) return;
      const result = text ? parseProjectFile(text) : undefined;
      const store = usePlanStore.getState();
      if (result?.ok) {
        store.replacePlan(result.plan);
        if (result.readOnly) store.setReadOnly('newer-version');
      } else if (!text) store.replacePlan(demoPlan('嘉兴'));
      else {
        // A stored plan that cannot be read is set aside, never overwritten; work goes on in a new plan.
        const kept = await storage.setAside(text).catch(() => undefined);
        store.replacePlan(demoPlan('嘉兴'));
        const problem = result && !result.ok ? result.problem : undefined;
        notices().notify({
          kind: 'error',
          key: 'storedPlanDamaged',
          values: { detail: problem ? String(problem.values.detail ?? problem.key) : '', kept: kept ?? '-' },
          tag: 'damaged',
        });
      }
    };

    const startWriting = () => {
      const store = usePlanStore.getState();
      if (store.readOnly === 'newer-version') return;
      store.setReadOnly(undefined);
      let last = store.history.present;
      unsubscribe = usePlanStore.subscribe((state) => {
        if (state.history.present !== last && !state.readOnly) {
          last = state.history.present;
          autosaver.schedule(serializePlan(last));
        }
      });
    };

    void (async () => {
      const writer = await claimWriter(LOCK, () => {
        if (disposed) return;
        void loadStored().then(() => {
          startWriting();
          notices().notify({ kind: 'info', key: 'nowWriter', tag: 'writer' });
        });
      });
      await loadStored();
      if (disposed) return;
      if (writer) {
        startWriting();
        applyLeftDraft();
      } else {
        usePlanStore.getState().setReadOnly('other-tab');
        channel?.addEventListener('message', () => {
          if (usePlanStore.getState().readOnly === 'other-tab') void loadStored();
        });
      }
    })();

    /** Text typed into a zone's name or notes just before the last reload or crash: applied now, one undo step. */
    function applyLeftDraft(): void {
      const draft = takeZoneDraft();
      const zone = draft && usePlanStore.getState().history.present.zones.find((z) => z.id === draft.zoneId);
      if (!draft || !zone) return;
      const changes: ZoneProperties = {};
      if (draft.name !== undefined && draft.name.trim() && draft.name !== zone.name) changes.name = draft.name;
      if (draft.notes !== undefined && draft.notes !== zone.notes) changes.notes = draft.notes;
      if (Object.keys(changes).length) runCommand(updateZoneProperties, { id: zone.id, changes });
    }

    const beforeUnload = () => void autosaver.flush();
    window.addEventListener('pagehide', beforeUnload);
    return () => {
      disposed = true;
      unsubscribe?.();
      window.removeEventListener('pagehide', beforeUnload);
      autosaver.dispose();
      channel?.close();
    };
  }, [onStatus]);
}
