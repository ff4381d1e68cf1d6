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
   * Saves and adds the text to the ring of recent versions, in one transaction; rejects (quota,
   * blocked, a newer Cordon's plan stored) without touching memory state.
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

export interface IndexedDbPlanStorageOptions {
  /**
   * This page writes the plan only while it holds the writer's lock and loads it after taking the
   * lock, so nobody else writes between its loads and saves: it remembers what it loaded or wrote
   * and places a save's writes without reading first.
   */
  soleWriter?: boolean;
}

/**
 * IndexedDB storage (not localStorage: its 5–10 MB quota fails silently with large plans).
 *
 * A save must be in the storage even if the page is killed a moment later. Every round trip to
 * the storage waits for the page's next free moment, which a software-drawn map and busy workers
 * held off for 100–500 ms, so a save of seven round trips once took over two seconds. A sole
 * writer's save is therefore one round trip: it knows the stored plan and the ring's index from
 * its last load or save, places all its writes in the edit's own task behind a read that checks the
 * plan is still the one it knew (never overwriting a newer Cordon's), and then commits at once.
 * Without that knowledge a save reads both first, in one more round trip.
 */
export function indexedDbPlanStorage(options: IndexedDbPlanStorageOptions = {}): PlanStorage {
  let db: Promise<IDBPDatabase> | undefined;
  /** What this page last loaded or saved (sole writer only). */
  let written: Written | undefined;
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
      const { stored, index } = await readPlanAndIndex((await open()).transaction(STORE).store);
      // What a sole writer loads is what it would read before its first save: that save needs no reads.
      if (options.soleWriter && stored && index?.entries && newerFormat(stored.text) === undefined)
        written = { text: stored.text, ring: [...index.entries] };
      return stored?.text;
    },
    async save(text) {
      const known = written;
      written = undefined; // unknown until this save commits
      let ring = await writePlan(await open(), text, known);
      // Somebody else wrote the plan (a newer Cordon, or a browser without Web Locks): read, then write.
      if (ring === 'changed') ring = (await writePlan(await open(), text, undefined)) as RingEntry[];
      if (options.soleWriter) written = { ring, text };
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
interface RingIndex {
  entries: RingEntry[];
}

/**
 * Places the writes that add the text as the newest version, unless it equals the plan stored
 * before (which is the newest version), and drop the oldest past the ring's caps; waits for none
 * of them (the transaction fails whole if one fails). Touches only the small index and the version
 * it adds or drops: reading the 20 texts on every save took seconds once a plan had 200 zones, and
 * a kill then took edits older than a second. A version's id is the newest one's plus one, so the
 * index is written without waiting for the store to hand out a key.
 */
function keepVersion(
  plans: PlanStore,
  versions: VersionStore,
  entries: RingEntry[],
  previous: string | undefined,
  text: string,
  savedAt: string,
): void {
  if (previous === text && entries.length) return;
  const id = (entries.at(-1)?.id ?? 0) + 1;
  placed(versions.put({ id, savedAt, text }));
  entries.push({ id, characters: text.length });
  let characters = entries.reduce((total, entry) => total + entry.characters, 0);
  while (entries.length > 1 && (entries.length > SAVED_VERSIONS || characters > SAVED_VERSIONS_CHARACTERS)) {
    const oldest = entries.shift()!;
    characters -= oldest.characters;
    placed(versions.delete(oldest.id));
  }
  placed(plans.put({ entries }, RING_KEY));
}

/** What a page last loaded or saved: the plan text and the ring's index. */
interface Written {
  text: string;
  ring: RingEntry[];
}

/**
 * One save's transaction; returns the ring's index it wrote. Knowing what is stored (`known`), it
 * places every write at once behind a read of the stored plan, and commits when that read finds
 * the plan it knew, else undoes them and returns `changed`. Not knowing, it reads the stored plan
 * (refusing when a newer Cordon wrote it) and the ring's index first.
 */
async function writePlan(
  database: IDBPDatabase,
  text: string,
  known: Written | undefined,
): Promise<RingEntry[] | 'changed'> {
  const savedAt = new Date().toISOString();
  const tx = database.transaction([STORE, VERSIONS], 'readwrite');
  const plans = tx.objectStore(STORE);
  const versions = tx.objectStore(VERSIONS);
  try {
    let ring: RingEntry[];
    let previous: string | undefined;
    let check: Promise<unknown> | undefined;
    if (known) {
      check = plans.get(KEY);
      placed(check); // awaited below, unless a write throws first and the transaction is undone
      ring = [...known.ring];
      previous = known.text;
    } else {
      const { stored, index } = await readPlanAndIndex(plans);
      const storedVersion = stored && newerFormat(stored.text);
      if (storedVersion !== undefined) throw new NewerPlanStoredError(storedVersion);
      ring = index?.entries ? [...index.entries] : await indexOf(versions);
      previous = stored?.text;
    }
    placed(plans.put({ text, savedAt }, KEY));
    keepVersion(plans, versions, ring, previous, text, savedAt);
    if (check && ((await check) as { text: string } | undefined)?.text !== known?.text) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return 'changed';
    }
    // The browser commits as soon as it has done the writes, whatever the page is busy with.
    tx.commit?.();
    await tx.done;
    return ring;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** The stored plan and the ring's index, read together in one round trip. */
async function readPlanAndIndex(plans: {
  get(key: string): Promise<unknown>;
}): Promise<{ stored?: { text: string }; index?: RingIndex }> {
  const [stored, index] = await Promise.all([plans.get(KEY), plans.get(RING_KEY)]);
  return { stored: stored as { text: string } | undefined, index: index as RingIndex | undefined };
}

/** The format version a stored text declares when it is newer than this Cordon's, which must never overwrite it. */
function newerFormat(text: string): number | undefined {
  const version = declaredSchemaVersion(text);
  return version !== undefined && version > PLAN_SCHEMA_VERSION ? version : undefined;
}

/** A write placed without waiting: its failure fails the transaction, which the save awaits. */
function placed(request: Promise<unknown>): void {
  request.catch(() => undefined);
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

/**
 * This page's plan storage (the autosaver and the history dialog share one connection). With Web
 * Locks, only the lock holder writes (writer-lock.ts), so it is the sole writer.
 */
export function browserPlanStorage(): PlanStorage {
  return (shared ??= indexedDbPlanStorage({ soleWriter: typeof navigator !== 'undefined' && !!navigator.locks }));
}
