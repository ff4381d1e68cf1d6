import { describe, expect, it } from 'vitest';
import { storageAmount, usedPercent } from './storage-use';

describe('storage use for people', () => {
  it('writes amounts as kB, MB (as file sizes are written) or GB', () => {
    expect([storageAmount(812e3), storageAmount(2.34e6), storageAmount(9e8), storageAmount(1e9)]).toEqual([
      '812 kB',
      '2.3 MB',
      '900.0 MB',
      '1.0 GB',
    ]);
  });

  it('gives the share used in whole per cent, or nothing when the browser does not say', () => {
    expect(usedPercent({ used: 9e8, quota: 1e9 })).toBe(90);
    expect(usedPercent({ used: 1, quota: 0 })).toBeUndefined();
    expect(usedPercent({})).toBeUndefined();
  });
});
