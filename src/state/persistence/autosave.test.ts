import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { Autosaver, type SaveStatus } from './autosave';
import { indexedDbPlanStorage } from './plan-storage';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, within a second of the last of several edits', async () => {
    const writes: string[] = [];
    const saver = new Autosaver({ save: async (text) => void writes.push(text), onStatus: () => undefined });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['b']);
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
    const db = await openDB('cordon', 1);
    expect(await db.get('plans', key)).toMatchObject({ text: '{not a plan' });
  });
});
