import { buffer } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { mulberry32 } from '../data/random';
import { meters } from '../src/domain/geo/types';
import { effectiveTiers } from '../src/domain/zones/effective-tiers';
import { areaSquareMeters } from '../src/domain/zones/zone-geometry';
import type { Comparison } from './harness';

/** A jagged zone of `vertices` vertices, 150–400 m from its centre, like a hand-traced compound. */
function jaggedZone(random: () => number, vertices: number): Polygon {
  const lng = 120.6 + random() * 0.3;
  const lat = 30.65 + random() * 0.2;
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    const r = 150 + random() * 250;
    ring.push([lng + (r * Math.cos(angle)) / 95_600, lat + (r * Math.sin(angle)) / 110_900]);
  }
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * Rings around sealed zones: turf.buffer (JSTS) against Cordon's Clipper2 offsets in a local plane,
 * on one jagged 500-vertex zone at 2 km (turf takes seconds for it); then Cordon alone on 100 such
 * zones, the goal being at most 100 ms.
 */
export function ringComparisons(): Comparison[] {
  const random = mulberry32(7);
  const zones = Array.from({ length: 100 }, () => jaggedZone(random, 500));
  const one = zones.slice(0, 1);
  const rings = (list: Polygon[]) => effectiveTiers(list.map((geometry) => ({ tier: 'sealed' as const, geometry })), { controlledBufferMeters: meters(500), precautionBufferMeters: meters(2000) });
  let hundredMs = 0;
  let areaCheck = '';
  return [
    {
      title: 'A 2 km ring around one jagged 500-vertex sealed zone',
      baseline: { name: 'turf.buffer (JSTS), 2 km', run: () => buffer(one[0], 2, { units: 'kilometers' }) },
      candidates: [{ name: 'Cordon: effectiveTiers (the 500 m and 2 km rings and the tier differences)', run: () => rings(one) }],
      notes: () => {
        const t0 = performance.now();
        const tiers = rings(zones);
        hundredMs = performance.now() - t0;
        const single = rings(one);
        const turfRing = buffer(zones[0], 2, { units: 'kilometers' })!;
        const ours = areaSquareMeters(single.precautionRing!);
        const theirs = areaSquareMeters(turfRing.geometry as Polygon);
        areaCheck = `2 km ring of zone 1: ${(ours / 1e6).toFixed(3)} km² (Cordon) against ${(theirs / 1e6).toFixed(3)} km² (turf), ${(((ours - theirs) / theirs) * 100).toFixed(2)} %.`;
        return [`Cordon on all 100 zones: ${hundredMs.toFixed(0)} ms (goal: at most 100 ms); sealed area ${(areaSquareMeters(tiers.sealed!) / 1e6).toFixed(2)} km².`, areaCheck];
      },
    },
  ];
}
