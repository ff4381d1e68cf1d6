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
