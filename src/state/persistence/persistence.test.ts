import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { Autosaver, type SaveStatus } from './autosave';
import { PLAN_SCHEMA_VERSION } from '../../domain/plan/plan';
import { declaredSchemaVersion, indexedDbPlanStorage, NewerPlanStoredError, SAVED_VERSIONS } from './plan-storage';
import { closeWriterSession, openWriterSession } from './session-marker';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes an edit after a quiet spell at once, and a burst of edits together within a second', async () => {
    const writes: string[] = [];
    const saver = new Autosaver({ save: async (text) => void writes.push(text), onStatus: () => undefined });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['a']); // at once: a failure can show before the map redraws
    for (const text of ['b', 'c', 'd']) {
      await vi.advanceTimersByTimeAsync(50);
      saver.schedule(text);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['a', 'd']);
  });

  it("spaces writes from the last one's start: an edit waits only the rest of the spacing, or for a slow write to end", async () => {
    const writes: { text: string; at: number }[] = [];
    let slow = false;
    const saver = new Autosaver({
      save: async (text) => {
        writes.push({ text, at: Date.now() });
        if (slow) await new Promise((resolve) => setTimeout(resolve, 700));
      },
      onStatus: () => undefined,
    });
    const start = Date.now();
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('b'); // 200 ms after a's write began: written 100 ms later, not 300
    await vi.advanceTimersByTimeAsync(100);
    expect(writes.map((write) => [write.text, write.at - start])).toEqual([
      ['a', 0],
      ['b', 300],
    ]);
    slow = true;
    await vi.advanceTimersByTimeAsync(1000);
    saver.schedule('c'); // written at once, and takes 700 ms
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('d'); // waits for c's write, then is written as it ends (c took longer than the spacing)
    await vi.advanceTimersByTimeAsync(600);
    expect(writes.map((write) => [write.text, write.at - start])).toEqual([
      ['a', 0],
      ['b', 300],
      ['c', 1300],
      ['d', 2000],
    ]);
    saver.dispose();
  });

  it('reports a quota failure, keeps the text, and succeeds on a later retry', async () => {
    const statuses: SaveStatus['kind'][] = [];
    let full = true;
    const writes: string[] = [];
    const saver = new Autosaver({
      save: async (text) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        writes.push(text);
      },
      onStatus: (status) => statuses.push(status.kind),
      retryMs: 10_000,
    });
    saver.schedule('plan');
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toEqual(['pending', 'failed']);
    full = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes).toEqual(['plan']);
    expect(statuses.at(-1)).toBe('saved');
  });
});

describe('IndexedDB plan storage', () => {
  it('saves and loads the text back', async () => {
    const storage = indexedDbPlanStorage();
    expect(await storage.load()).toBeUndefined();
    await storage.save('{"plan":1}');
    expect(await indexedDbPlanStorage().load()).toBe('{"plan":1}');
  });
});

describe('a damaged stored plan', () => {
  it('is set aside under its own key, untouched', async () => {
    const storage = indexedDbPlanStorage();
    const key = await storage.setAside('{not a plan');
    expect(key).toMatch(/^damaged-\d{4}-/);
    const { openDB } = await import('idb');
    const db = await openDB('cordon');
    expect(await db.get('plans', key)).toMatchObject({ text: '{not a plan' });
  });
});

describe('the ring of saved versions', () => {
  const plan = (n: number, schemaVersion = PLAN_SCHEMA_VERSION) =>
    `{\n  "format": "cordon-plan",\n  "schemaVersion": ${schemaVersion},\n  "n": ${n}\n}\n`;

  it('keeps the last 20 autosaves, newest first, and skips a save identical to the newest', async () => {
    const storage = indexedDbPlanStorage();
    for (let n = 1; n <= 25; n++) await storage.save(plan(n));
    await storage.save(plan(25));
    const versions = await storage.versions();
    expect(versions).toHaveLength(SAVED_VERSIONS);
    expect(versions.map((version) => JSON.parse(version.text).n)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(await storage.load()).toBe(plan(25));
  });

  it("rebuilds a missing index from the versions kept (an older Cordon's), and numbers on from the newest", async () => {
    const storage = indexedDbPlanStorage();
    const { openDB } = await import('idb');
    const db = await openDB('cordon');
    await db.delete('plans', 'versions-index');
    const before = await storage.versions();
    await storage.save(plan(26));
    const after = await storage.versions();
    expect(after.map((version) => JSON.parse(version.text).n)).toEqual(Array.from({ length: 20 }, (_, i) => 26 - i));
    expect(after[0].id).toBe(before[0].id + 1);
    expect(after.slice(1)).toEqual(before.slice(0, 19));
    db.close();
  });

  it("as the sole writer, reads the ring's index only before its first save, keeps the same ring, and reads again after a failed save", async () => {
    const storage = indexedDbPlanStorage({ soleWriter: true });
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    await storage.save(plan(27));
    expect(gets.mock.calls.map((call) => call[0])).toEqual(['current', 'versions-index']); // together, then the writes
    for (let n = 28; n <= 31; n++) await storage.save(plan(n));
    await storage.save(plan(31));
    // Later saves read only the stored plan, placed with their writes, to check it is still the one they knew.
    expect(gets.mock.calls.slice(2).map((call) => call[0])).toEqual(Array(5).fill('current'));
    const put = IDBObjectStore.prototype.put;
    const refuse = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(storage.save(plan(32))).rejects.toThrow('quota');
    refuse.mockImplementation(put);
    gets.mockClear();
    await storage.save(plan(33));
    expect(gets.mock.calls.map((call) => call[0])).toEqual(['current', 'versions-index']);
    gets.mockRestore();
    refuse.mockRestore();
    expect((await storage.versions()).map((version) => JSON.parse(version.text).n)).toEqual([
      33,
      31,
      30,
      29,
      28,
      27,
      ...Array.from({ length: 14 }, (_, i) => 26 - i),
    ]);
    expect(await storage.load()).toBe(plan(33));
  });

  it('as the sole writer, saves after a load without reading first, and reads first when another wrote the plan meanwhile', async () => {
    const storage = indexedDbPlanStorage({ soleWriter: true });
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await storage.load()).toBe(plan(33));
    gets.mockClear();
    await storage.save(plan(34));
    expect(gets.mock.calls.map((call) => call[0])).toEqual(['current']);
    gets.mockRestore();
    const { openDB } = await import('idb');
    const db = await openDB('cordon');
    // A browser without Web Locks, or a Cordon that ignores them: this page's next save must notice.
    await db.put('plans', { text: plan(35), savedAt: '' }, 'current');
    await storage.save(plan(36));
    expect((await storage.versions(3)).map((version) => JSON.parse(version.text).n)).toEqual([36, 34, 33]);
    await db.put('plans', { text: plan(37, PLAN_SCHEMA_VERSION + 1), savedAt: '' }, 'current');
    const before = await storage.versions();
    await expect(storage.save(plan(38))).rejects.toBeInstanceOf(NewerPlanStoredError);
    expect(await storage.load()).toBe(plan(37, PLAN_SCHEMA_VERSION + 1));
    expect(await storage.versions()).toEqual(before);
    const newer = indexedDbPlanStorage({ soleWriter: true });
    await newer.load();
    await expect(newer.save(plan(39))).rejects.toBeInstanceOf(NewerPlanStoredError);
    await db.put('plans', { text: plan(36), savedAt: '' }, 'current');
    db.close();
  });

  it('never overwrites a plan a newer Cordon stored, and leaves both the plan and the ring as they were', async () => {
    const storage = indexedDbPlanStorage();
    await storage.save(plan(1));
    const { openDB } = await import('idb');
    const db = await openDB('cordon');
    await db.put('plans', { text: plan(2, PLAN_SCHEMA_VERSION + 1), savedAt: '' }, 'current');
    const before = await storage.versions();
    await expect(storage.save(plan(3))).rejects.toBeInstanceOf(NewerPlanStoredError);
    expect(await storage.load()).toBe(plan(2, PLAN_SCHEMA_VERSION + 1));
    expect(await storage.versions()).toEqual(before);
    db.close();
  });

  it('reads the declared format version from the start of a project file only', () => {
    expect(declaredSchemaVersion(plan(1, 12))).toBe(12);
    expect(declaredSchemaVersion('{"format":"cordon-plan"}')).toBeUndefined();
    expect(declaredSchemaVersion(`{"a":"${'x'.repeat(500)}","schemaVersion":99}`)).toBeUndefined();
  });
});

describe('the unclean-shutdown marker', () => {
  const items = new Map<string, string>();
  beforeEach(() => {
    items.clear();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is clean after a closed session and unclean after one that never closed', () => {
    expect(openWriterSession().unclean).toBe(false);
    closeWriterSession();
    expect(openWriterSession().unclean).toBe(false);
    // killed here: no close
    expect(openWriterSession().unclean).toBe(true);
  });

  it('says clean when storage refuses', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(openWriterSession().unclean).toBe(false);
    expect(() => closeWriterSession()).not.toThrow();
  });
});
