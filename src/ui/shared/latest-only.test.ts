import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latest-only';

const later = <T>(value: T) => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, done: () => resolve(value) };
};

describe('latest-only requests', () => {
  it('runs one at a time, keeps only the newest waiting request, applies answers in order, and skips a repeat', async () => {
    const requests = new LatestOnly();
    const asked: string[] = [];
    const applied: string[] = [];
    const pending = new Map<string, () => void>();
    const ask = (key: string) =>
      requests.ask(
        key,
        () => {
          asked.push(key);
          const { promise, done } = later(key);
          pending.set(key, done);
          return promise;
        },
        (value) => applied.push(value),
        () => undefined,
      );
    ask('a');
    ask('b');
    ask('c');
    ask('c');
    expect(asked).toEqual(['a']);
    pending.get('a')!();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['a', 'c']);
    pending.get('c')!();
    await new Promise((r) => setTimeout(r, 0));
    expect(applied).toEqual(['a', 'c']);
    requests.close();
    ask('d');
    expect(asked).toEqual(['a', 'c']);
  });

  it('hands a failure to its handler, does not ask the failed key again by itself, and asks it again after forget()', async () => {
    const requests = new LatestOnly();
    const failures: unknown[] = [];
    const applied: number[] = [];
    let attempts = 0;
    const ask = () =>
      requests.ask(
        'k',
        () => (++attempts === 1 ? Promise.reject(new Error('worker threw')) : Promise.resolve(attempts)),
        (value) => applied.push(value),
        (error) => failures.push(error),
      );
    ask();
    await new Promise((r) => setTimeout(r, 0));
    expect(failures).toHaveLength(1);
    expect((failures[0] as Error).message).toBe('worker threw');
    ask();
    await new Promise((r) => setTimeout(r, 0));
    expect(attempts).toBe(1);
    requests.forget();
    ask();
    await new Promise((r) => setTimeout(r, 0));
    expect(applied).toEqual([2]);
  });
});
