import { describe, expect, it } from 'vitest';
import { geodesicMeters } from '../../domain/geo/geodesic';
import type { Site } from '../../domain/sites/site';
import { catchmentFeature, siteFeatures, uncoveredFeatures } from './site-features';

const site: Site = { id: 'T1', name: '采样点', kind: 'testing', lng: 120.75, lat: 30.75, capacity: 100 };

describe('site features', () => {
  it('give each site its id as the feature id, with its kind and name, and no other field', () => {
    expect(siteFeatures([site]).features).toEqual([
      {
        type: 'Feature',
        id: 'T1',
        properties: { id: 'T1', kind: 'testing', name: '采样点' },
        geometry: { type: 'Point', coordinates: [120.75, 30.75] },
      },
    ]);
  });

  it('draw the catchment as a closed ring whose every point is the walking distance away', () => {
    const [circle] = catchmentFeature(site, 500).features;
    const ring = (circle.geometry as GeoJSON.Polygon).coordinates[0];
    expect(ring).toHaveLength(73);
    expect(ring[0]).toEqual(ring[72]);
    for (const point of ring)
      expect(geodesicMeters([site.lng, site.lat], point as [number, number])).toBeCloseTo(500, 6);
  });

  it('turn the worker’s flat cells into squares with their residents', () => {
    const features = uncoveredFeatures([120, 30, 120.001, 30.001, 42, 121, 31, 121.001, 31.001, 7]).features;
    expect(features.map((feature) => feature.properties?.residents)).toEqual([42, 7]);
    expect((features[1].geometry as GeoJSON.Polygon).coordinates[0][2]).toEqual([121.001, 31.001]);
  });
});
