import { buffer } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { mulberry32 } from '../data/random';
import { meters } from '../src/domain/geo/types';
import { effectiveTiers } from '../src/domain/zones/effective-tiers';
import type { PolygonEngine } from '../src/domain/zones/polygon-engine';
import { areaSquareMeters } from '../src/domain/zones/zone-geometry';
import type { Comparison } from './harness';
import { realisticZones } from './realistic-zones';

/** A jagged zone of `vertices` vertices, 150–400 m from its centre from one vertex to the next: far spikier than a traced compound. */
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

const SETTINGS = { controlledBufferMeters: meters(500), precautionBufferMeters: meters(2000) };

/** A square of `side` metres around Jiaxing's centre, and the exact area of its offset by d: s² + 4sd + πd². */
function squareCheck(engine: PolygonEngine): string {
  const side = 400;
  const half = side / 2;
  const [dx, dy] = [half / 95_600, half / 110_900];
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [120.75 - dx, 30.75 - dy],
        [120.75 + dx, 30.75 - dy],
        [120.75 + dx, 30.75 + dy],
        [120.75 - dx, 30.75 + dy],
        [120.75 - dx, 30.75 - dy],
      ],
    ],
  };
  const tiers = effectiveTiers(engine, [{ tier: 'sealed', geometry: square }], SETTINGS);
  const drawn = areaSquareMeters(square);
  const offset = (d: number) => drawn + 4 * Math.sqrt(drawn) * d + Math.PI * d * d;
  const error = (ours: number, exact: number) => `${(((ours - exact) / exact) * 100).toFixed(3)} %`;
  return `Against the exact figure (a 400 m square sealed zone, geodesic area s² + 4sd + πd²): controlled ${error(areaSquareMeters(tiers.controlled!), offset(500) - drawn)}, precaution ${error(areaSquareMeters(tiers.precaution!), offset(2000) - offset(500))}.`;
}

/**
 * Rings around sealed zones. turf.buffer (JSTS) against Cordon's Clipper2 offsets in a local plane
 * (WebAssembly): on 100 zones as drawn (20–200 vertices, some with holes; the goal is at most
 * 100 ms for Cordon's whole derivation), and on one jagged 500-vertex zone at 2 km, which takes
 * turf seconds.
 */
export function ringComparisons(engine: PolygonEngine): Comparison[] {
  const random = mulberry32(7);
  const jagged = Array.from({ length: 100 }, () => jaggedZone(random, 500));
  const drawn = realisticZones(100);
  const tiersOf = (list: Polygon[]) =>
    effectiveTiers(
      engine,
      list.map((geometry) => ({ tier: 'sealed' as const, geometry })),
      SETTINGS,
    );
  return [
    {
      title: 'Rings (500 m and 2 km) around 100 sealed zones as drawn (20–200 vertices, one in five with a hole)',
      minRounds: 3,
      baseline: {
        name: 'turf.buffer of each zone at 500 m and at 2 km (no union or difference yet)',
        run: () =>
          drawn.map((zone) => [buffer(zone, 0.5, { units: 'kilometers' }), buffer(zone, 2, { units: 'kilometers' })]),
      },
      candidates: [
        {
          name: 'Cordon: effectiveTiers (both rings, merged, and the tiers with the higher ones taken out)',
          run: () => tiersOf(drawn),
        },
      ],
      notes: () => [squareCheck(engine)],
    },
    {
      title: 'A 2 km ring around one jagged 500-vertex sealed zone',
      baseline: { name: 'turf.buffer (JSTS), 2 km', run: () => buffer(jagged[0], 2, { units: 'kilometers' }) },
      candidates: [
        {
          name: 'Cordon: effectiveTiers (the 500 m and 2 km rings and the tier differences)',
          run: () => tiersOf(jagged.slice(0, 1)),
        },
      ],
      notes: () => {
        const t0 = performance.now();
        tiersOf(jagged);
        const hundred = performance.now() - t0;
        const ours = areaSquareMeters(tiersOf(jagged.slice(0, 1)).precautionRing!);
        const theirs = areaSquareMeters(buffer(jagged[0], 2, { units: 'kilometers' })!.geometry as Polygon);
        return [
          `Cordon on 100 such jagged zones: ${hundred.toFixed(0)} ms.`,
          `2 km ring of the jagged zone: ${(ours / 1e6).toFixed(3)} km² (Cordon) against ${(theirs / 1e6).toFixed(3)} km² (turf), ${(((ours - theirs) / theirs) * 100).toFixed(2)} %.`,
        ];
      },
    },
  ];
}
