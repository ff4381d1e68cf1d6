import { describe, expect, it } from 'vitest';
import { ScratchArrays } from './scratch-arrays';

describe('scratch arrays', () => {
  it('gives the same array while it is long enough, and a longer one with the kept values when not', () => {
    const scratch = new ScratchArrays();
    const first = scratch.ints('a', 4);
    first.set([1, 2, 3, 4]);
    expect(scratch.ints('a', 3)).toBe(first);
    const grown = scratch.ints('a', 5, 3);
    expect(grown.length).toBeGreaterThanOrEqual(8);
    expect([...grown.subarray(0, 4)]).toEqual([1, 2, 3, 0]);
    expect(scratch.floats('a', 2)).toBeInstanceOf(Float64Array);
  });
});
