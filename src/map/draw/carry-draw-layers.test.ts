import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { carryDrawLayers } from './carry-draw-layers';

describe('a basemap switch keeps the drawing layers', () => {
  it('carries the drawing sources and layers, with their data, over the new style', () => {
    const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    const previous: StyleSpecification = {
      version: 8,
      sources: { old: { type: 'geojson', data }, 'cordon-draw-polygon': { type: 'geojson', data } },
      layers: [
        { id: 'old-fill', type: 'fill', source: 'old' },
        { id: 'cordon-draw-polygon', type: 'fill', source: 'cordon-draw-polygon' },
      ],
    };
    const next: StyleSpecification = {
      version: 8,
      sources: { fresh: { type: 'geojson', data } },
      layers: [{ id: 'fresh-fill', type: 'fill', source: 'fresh' }],
    };
    const merged = carryDrawLayers(previous, next);
    expect(Object.keys(merged.sources)).toEqual(['fresh', 'cordon-draw-polygon']);
    expect(merged.layers.map((layer) => layer.id)).toEqual(['fresh-fill', 'cordon-draw-polygon']);
    expect(carryDrawLayers(undefined, next)).toBe(next);
  });
});
