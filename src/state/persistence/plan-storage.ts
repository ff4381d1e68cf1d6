import { openDB, type IDBPDatabase } from 'idb';

/** Where the working plan lives between sessions. An interface, so tests can use a fake. */
export interface PlanStorage {
  /** The saved project-file text, or undefined when nothing was saved yet. */
  load(): Promise<string | undefined>;
  /** Saves and reads back; rejects (quota, blocked, mismatch) without touching memory state. */
  save(text: string): Promise<void>;
  /** Keeps a copy of text that could not be read, under its own key, and returns that key. */
  setAside(text: string): Promise<string>;
}

const DB_NAME = 'cordon';
const STORE = 'plans';
const KEY = 'current';

/** IndexedDB storage (not localStorage: its 5–10 MB quota fails silently with large plans). */
export function indexedDbPlanStorage(): PlanStorage {
  let db: Promise<IDBPDatabase> | undefined;
  const open = () =>
    (db ??= openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
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
      await database.put(STORE, { text, savedAt: new Date().toISOString() }, KEY);
      const back = (await database.get(STORE, KEY)) as { text: string } | undefined;
      if (back?.text !== text) throw new Error('the saved copy does not match what was written');
    },
    async setAside(text) {
      const key = `damaged-${new Date().toISOString()}`;
      await (await open()).put(STORE, { text, savedAt: new Date().toISOString() }, key);
      return key;
    },
  };
}
