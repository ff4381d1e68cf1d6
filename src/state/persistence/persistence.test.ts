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
