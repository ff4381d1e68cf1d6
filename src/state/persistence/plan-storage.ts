import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { PLAN_SCHEMA_VERSION } from '../../domain/plan/plan';

/** One autosaved version of the plan, kept in the ring of recent versions. */
export interface SavedVersion {
  id: number;
  savedAt: string;
  text: string;
}

/** Where the working plan lives between sessions. An interface, so tests can use a fake. */
export interface PlanStorage {
  /** The saved project-file text, or undefined when nothing was saved yet. */
  load(): Promise<string | undefined>;
  /**
   * Saves, adds the text to the ring of recent versions, and reads back, in one transaction;
   * rejects (quota, blocked, mismatch, a newer Cordon's plan stored) without touching memory state.
   */
  save(text: string): Promise<void>;
  /** Keeps a copy of text that could not be read, under its own key, and returns that key. */
  setAside(text: string): Promise<string>;
  /** The recent autosaved versions, newest first (at most `SAVED_VERSIONS`, or `limit`). */
  versions(limit?: number): Promise<SavedVersion[]>;
}

/** How many autosaved versions the ring keeps (HOSTILE-INPUTS R4). */
export const SAVED_VERSIONS = 20;
/** The ring's size cap in characters: older versions go first; the newest is always kept. */
export const SAVED_VERSIONS_CHARACTERS = 64 * 1024 * 1024;

/** Refused: the stored plan was written by a newer Cordon, which this tab must never overwrite. */
export class NewerPlanStoredError extends Error {
  constructor(readonly storedVersion: number) {
    super(`the stored plan is of format version ${storedVersion}, newer than this Cordon's ${PLAN_SCHEMA_VERSION}`);
    this.name = 'NewerPlanStoredError';
  }
}

const DB_NAME = 'cordon';
const DB_VERSION = 2;
const STORE = 'plans';
const VERSIONS = 'versions';
const KEY = 'current';

/** The format version a stored project-file text declares (it is among its first keys), if any. */
export function declaredSchemaVersion(text: string): number | undefined {
  const match = /"schemaVersion"\s*:\s*(\d+)/.exec(text.slice(0, 400));
  return match ? Number(match[1]) : undefined;
}

/** IndexedDB storage (not localStorage: its 5–10 MB quota fails silently with large plans). */
export function indexedDbPlanStorage(): PlanStorage {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore(STORE);
        if (oldVersion < 2) database.createObjectStore(VERSIONS, { keyPath: 'id', autoIncrement: true });
      },
      blocking(_current, _next, event) {
        // A newer Cordon in another tab wants to upgrade: let it, instead of blocking it.
        (event.target as IDBDatabase).close();
        db = undefined;
      },
    }));
  return {
    async load() {
      const record = (await (await open()).get(STORE, KEY)) as { text: string } | undefined;
      return record?.text;
    },
    async save(text) {
      const database = await open();
      const savedAt = new Date().toISOString();
      const tx = database.transaction([STORE, VERSIONS], 'readwrite');
      /** Undoes everything this save wrote, then refuses with the reason. */
      const abandon = async (reason: Error): Promise<never> => {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw reason;
      };
      const plans = tx.objectStore(STORE);
      const stored = (await plans.get(KEY)) as { text: string } | undefined;
      const storedVersion = stored ? declaredSchemaVersion(stored.text) : undefined;
      if (storedVersion !== undefined && storedVersion > PLAN_SCHEMA_VERSION)
        await abandon(new NewerPlanStoredError(storedVersion));
      await plans.put({ text, savedAt }, KEY);
      await keepVersion(plans, tx.objectStore(VERSIONS), stored?.text, text, savedAt);
      const back = (await plans.get(KEY)) as { text: string } | undefined;
      if (back?.text !== text) await abandon(new Error('the saved copy does not match what was written'));
      await tx.done;
    },
    async setAside(text) {
      const key = `damaged-${new Date().toISOString()}`;
      await (await open()).put(STORE, { text, savedAt: new Date().toISOString() }, key);
      return key;
    },
    async versions(limit = SAVED_VERSIONS) {
      const found: SavedVersion[] = [];
      const store = (await open()).transaction(VERSIONS).store;
      for (
        let cursor = await store.openCursor(null, 'prev');
        cursor && found.length < limit;
        cursor = await cursor.continue()
      )
        found.push(cursor.value as SavedVersion);
      return found;
    },
  };
}

type PlanStore = IDBPObjectStore<unknown, string[], typeof STORE, 'readwrite'>;
type VersionStore = IDBPObjectStore<unknown, string[], typeof VERSIONS, 'readwrite'>;

/** The ring's index, kept beside the plan so a save never reads the versions' texts. */
const RING_KEY = 'versions-index';
interface RingEntry {
  id: number;
  characters: number;
}

/**
 * Adds the text as the newest version unless it equals the plan stored before (which is the newest
 * version); drops the oldest past the ring's caps. Reads and writes only the small index and the
 * version it adds or drops: reading the 20 texts on every save took seconds once a plan had 200
 * zones, and a kill then took edits older than a second.
 */
async function keepVersion(
  plans: PlanStore,
  versions: VersionStore,
  previous: string | undefined,
  text: string,
  savedAt: string,
): Promise<void> {
  const index = (await plans.get(RING_KEY)) as { entries: RingEntry[] } | undefined;
  const entries = index?.entries ?? (await indexOf(versions));
  if (previous === text && entries.length) return;
  const id = (await versions.add({ savedAt, text })) as number;
  entries.push({ id, characters: text.length });
  let characters = entries.reduce((total, entry) => total + entry.characters, 0);
  while (entries.length > 1 && (entries.length > SAVED_VERSIONS || characters > SAVED_VERSIONS_CHARACTERS)) {
    const oldest = entries.shift()!;
    characters -= oldest.characters;
    await versions.delete(oldest.id);
  }
  await plans.put({ entries }, RING_KEY);
}

/** The index of the versions kept without one (once, reading them), oldest first. */
async function indexOf(versions: VersionStore): Promise<RingEntry[]> {
  const entries: RingEntry[] = [];
  for (let cursor = await versions.openCursor(); cursor; cursor = await cursor.continue()) {
    const version = cursor.value as SavedVersion;
    entries.push({ id: version.id, characters: version.text.length });
  }
  return entries;
}

let shared: PlanStorage | undefined;

/** This page's plan storage (the autosaver and the history dialog share one connection). */
export function browserPlanStorage(): PlanStorage {
  return (shared ??= indexedDbPlanStorage());
}
