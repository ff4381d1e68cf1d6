import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexClass, hexScale } from './hex-scale';

describe('hex colour scale', () => {
  it('has distinct ascending breaks from 1, and puts every count from 1 to the largest in a class that holds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (max, raw) => {
        const count = Math.min(raw, max);
        const scale = hexScale(max);
        expect(scale.breaks[0]).toBe(1);
        for (let k = 1; k < scale.breaks.length; k++) expect(scale.breaks[k]).toBeGreaterThan(scale.breaks[k - 1]);
        const k = hexClass(scale, count);
        expect(count).toBeGreaterThanOrEqual(scale.breaks[k]);
        if (k + 1 < scale.breaks.length) expect(count).toBeLessThan(scale.breaks[k + 1]);
      }),
    );
    expect(hexScale(100).breaks).toEqual([1, 10, 25, 50, 75]);
    expect(hexScale(2).breaks).toEqual([1, 2]);
  });
});
