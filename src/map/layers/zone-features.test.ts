import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaCoversPoint } from '../../domain/geo/point-in-polygon';
import type { Zone } from '../../domain/zones/zone';
import { labelAnchor, zoneFeatures, zoneLabelPoints } from './zone-features';
import { uShape } from '../../../test/helpers/zone-builders';

const zone = (id: string, geometry: Polygon): Zone => ({
  id,
  tier: 'sealed',
  name: id,
  geometry,
  declaredOn: '2022-04-01',
  origin: 'drawn',
  notes: '',
  events: [],
});
// A U: its centroid lies in the notch, outside the zone.
const u = uShape();

describe('zone features', () => {
  it('gives an invalid zone its rings as lines too, so a bow tie (zero area, which MapLibre drops) stays drawn', () => {
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const features = zoneFeatures([zone('bow', bowTie), zone('u', u)], (z) =>
      z.id === 'bow' ? [{ code: 'self-intersection', at: [0.5, 0.5] } as never] : [],
    ).features;
    expect(features.map((f) => `${f.properties?.id}:${f.geometry.type}`)).toEqual([
      'bow:Polygon',
      'bow:MultiLineString',
      'u:Polygon',
    ]);
    expect(features[1].geometry.coordinates).toEqual(bowTie.coordinates);
  });

  it('puts a label inside the zone, even a U-shaped one, and keeps it per geometry', () => {
    const [lng, lat] = labelAnchor(u);
    expect(areaCoversPoint(u, lng, lat)).toBe(true);
    expect(labelAnchor(u)).toBe(labelAnchor(u));
  });

  it('keeps what changes with the date out of the zone source: labels and badges are points apart', () => {
    const zones = [zone('a', u)];
    const [feature] = zoneFeatures(zones, () => []).features;
    expect(Object.keys(feature.properties ?? {}).sort()).toEqual(['id', 'invalid', 'lifted', 'name', 'tier']);
    const [label] = zoneLabelPoints(
      zones,
      () => 'Sealed zone',
      () => ({ text: '3 d clear', due: true }),
    ).features;
    expect(label.properties).toEqual({ id: 'a', tier: 'sealed', label: 'Sealed zone\na\n3 d clear', due: true });
  });
});
