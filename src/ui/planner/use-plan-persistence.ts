import { useEffect } from 'react';
import { PLAN_SCHEMA_VERSION } from '../../domain/plan/plan';
import { demoPlan } from '../../io/demo-data/demo-datasets';
import { takeZoneDraft } from '../../state/persistence/zone-draft';
import { updateZoneProperties, type ZoneProperties } from '../../state/commands/update-zone-properties';
import { runCommand } from '../../state/run-command';
import { parseProjectFile, serializePlan } from '../../io/project-file/project-file';
import { Autosaver, type SaveStatus } from '../../state/persistence/autosave';
import { browserPlanStorage, NewerPlanStoredError } from '../../state/persistence/plan-storage';
import { closeWriterSession, openWriterSession } from '../../state/persistence/session-marker';
import { claimWriter, type WriterClaim } from '../../state/persistence/writer-lock';
import { usePlanStore, type ReadOnlyReason } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { savedTime, warnWhenStorageNearlyFull } from './storage-use';

const LOCK = 'cordon-plan-writer';

/** Read-only for good (until a reload): the plan is a newer Cordon's, or could not be read. */
const keepsReadOnly = (reason: ReadOnlyReason | undefined) =>
  reason === 'newer-version' || reason === 'newer-tab' || reason === 'unreadable';
const CHANNEL = 'cordon-plan';

/** What tabs tell each other: a save happened, or a tab started (with the plan format it writes). */
type TabMessage = { type: 'saved' } | { type: 'hello'; schemaVersion: number };

/** The save status, for the status bar. */
export type { SaveStatus };

/**
 * Keeps the plan in IndexedDB: loads it at start, saves every edit within a second (and keeps the
 * last 20 saves as versions), lets one tab write while others follow read-only, offers the saved
 * versions after an unclean shutdown, stops writing when a newer Cordon appears, and never reloads
 * or drops edits when storage fails (docs/architecture.md, Saving).
 */
export function usePlanPersistence(onStatus: (status: SaveStatus) => void): void {
  useEffect(() => {
    const storage = browserPlanStorage();
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
    const post = (message: TabMessage) => channel?.postMessage(message);
    let disposed = false;
    let writing = false;
    let unsubscribe: (() => void) | undefined;
    let claim: WriterClaim | undefined;
    let persistRequested = false;
    const notices = () => usePlannerStore.getState();

    const autosaver = new Autosaver({
      save: async (text) => {
        try {
          await storage.save(text);
        } catch (error) {
          if (error instanceof NewerPlanStoredError) stopWriting(true);
          throw error;
        }
        post({ type: 'saved' });
        if (!persistRequested) {
          persistRequested = true;
          void navigator.storage?.persist?.().catch(() => undefined);
          void warnWhenStorageNearlyFull();
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
            retry: () => void autosaver.flush(),
            tag: 'storage',
          });
        } else if (status.kind === 'saved') notices().dismissTag('storage');
      },
    });

    // Loads run one after another, so a slow read never replaces the plan with an older one.
    let loading = Promise.resolve();
    let loadedText: string | undefined;
    const loadStored = (): Promise<void> => (loading = loading.then(readStored));
    const readStored = async (): Promise<void> => {
      let text: string | undefined;
      try {
        text = await storage.load();
      } catch (error) {
        // Never go on with an empty plan that the next save would store over the one that failed to
        // read: this tab stays read-only and says so (a reader that misses a refresh catches up on the next).
        if (!disposed && usePlanStore.getState().readOnly === 'loading') {
          usePlanStore.getState().setReadOnly('unreadable');
          notices().notify({
            kind: 'error',
            key: 'storedPlanUnreadable',
            values: { detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
            tag: 'storage',
          });
        }
        return;
      }
      if (disposed || (text !== undefined && text === loadedText)) return;
      loadedText = text;
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

    const startWriting = async () => {
      const store = usePlanStore.getState();
      if (disposed || keepsReadOnly(store.readOnly)) return;
      writing = true;
      store.setReadOnly(undefined);
      let last = store.history.present;
      unsubscribe = usePlanStore.subscribe((state) => {
        if (state.history.present !== last && !state.readOnly) {
          last = state.history.present;
          autosaver.schedule(serializePlan(last));
        }
      });
      if (openWriterSession().unclean) await offerRecovery();
    };

    /** The last writer was killed or crashed: say what was recovered and where the older versions are. */
    const offerRecovery = async () => {
      const newest = (await storage.versions(1).catch(() => []))[0];
      notices().notify({
        kind: 'info',
        key: 'recoveredAfterCrash',
        values: { time: newest ? savedTime(newest.savedAt) : '—' },
        action: 'savedVersions',
        tag: 'recovery',
      });
    };

    /**
     * A newer Cordon owns the plan now: this tab never writes again and lets the newer one take over.
     * `unsaved`: the last edits could not be written (the newer one had stored the plan already).
     */
    function stopWriting(unsaved: boolean): void {
      const wasWriting = writing;
      writing = false;
      unsubscribe?.();
      unsubscribe = undefined;
      autosaver.stop();
      if (wasWriting) closeWriterSession();
      claim?.release();
      usePlanStore.getState().setReadOnly('newer-tab');
      if (!unsaved) return;
      onStatus({ kind: 'failed', detail: 'NewerPlanStoredError', retryAt: Number.POSITIVE_INFINITY });
      notices().notify({ kind: 'error', key: 'newerCordonStopped', action: 'downloadPlan', tag: 'storage' });
    }

    channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message?.type === 'saved' && usePlanStore.getState().readOnly === 'other-tab') void loadStored();
      if (message?.type === 'hello' && typeof message.schemaVersion === 'number') {
        if (message.schemaVersion > PLAN_SCHEMA_VERSION) {
          // Save what is pending in this (older) format first: the newer tab reads it after taking over.
          if (writing) void autosaver.flush().finally(() => stopWriting(false));
          else stopWriting(false);
        } else if (message.schemaVersion < PLAN_SCHEMA_VERSION)
          post({ type: 'hello', schemaVersion: PLAN_SCHEMA_VERSION });
      }
    });

    void (async () => {
      post({ type: 'hello', schemaVersion: PLAN_SCHEMA_VERSION });
      claim = await claimWriter(LOCK, () => {
        if (disposed) return;
        void loadStored().then(async () => {
          await startWriting();
          if (writing) notices().notify({ kind: 'info', key: 'nowWriter', tag: 'writer' });
        });
      });
      if (disposed) return claim.release();
      await loadStored();
      if (disposed) return;
      if (claim.writer) {
        await startWriting();
        applyLeftDraft();
      } else if (!writing && !keepsReadOnly(usePlanStore.getState().readOnly))
        // (Unless the writer closed meanwhile and this tab took over: then it writes already.)
        usePlanStore.getState().setReadOnly('other-tab');
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

    const pageHidden = () => {
      void autosaver.flush();
      if (writing) closeWriterSession();
    };
    // Back from the back-forward cache: this tab writes again, so an unclean end must be seen again.
    const pageShown = (event: PageTransitionEvent) => {
      if (event.persisted && writing) openWriterSession();
    };
    window.addEventListener('pagehide', pageHidden);
    window.addEventListener('pageshow', pageShown);
    return () => {
      disposed = true;
      unsubscribe?.();
      window.removeEventListener('pagehide', pageHidden);
      window.removeEventListener('pageshow', pageShown);
      autosaver.dispose();
      if (writing) closeWriterSession();
      claim?.release();
      channel?.close();
    };
  }, [onStatus]);
}
