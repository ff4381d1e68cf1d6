import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { offlineStyle } from './offline-style';

describe('the offline style', () => {
  it("passes MapLibre's own style validation (expressions included), so the map loads", () => {
    expect(validateStyleMin(offlineStyle('http://localhost')).map((error) => error.message)).toEqual([]);
  });

  it('asks for nothing but its own origin: no glyphs, no remote tiles', () => {
    const style = offlineStyle('http://localhost:4173');
    expect(style.glyphs).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:\/\/(?!localhost:4173)/);
  });
});
