import type { Polygon, Position } from 'geojson';
import { metersPerDegreeAt } from '../../src/domain/geo/ellipsoid';
import type { CommandContext } from '../../src/state/commands/command';
import { loadPolygonEngine } from '../../src/domain/zones/polygon-engine';

/** Clipper2, loaded once for every test that runs commands or geometry operations. */
export const testEngine = await loadPolygonEngine();

/** A square of `halfSideMeters` around a point (metres on the WGS-84 ellipsoid), counter-clockwise, as a Polygon. */
export function squareAround(lng: number, lat: number, halfSideMeters: number): Polygon {
  const scale = metersPerDegreeAt(lat);
  const dx = halfSideMeters / scale.lng;
  const dy = halfSideMeters / scale.lat;
  const ring: Position[] = [
    [lng - dx, lat - dy],
    [lng + dx, lat - dy],
    [lng + dx, lat + dy],
    [lng - dx, lat + dy],
    [lng - dx, lat - dy],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/** A bow-tie: its two lobes cancel, so its signed area is 0 m². */
export function bowTie(lng: number, lat: number, d = 0.002): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng - d, lat - d],
        [lng + d, lat + d],
        [lng + d, lat - d],
        [lng - d, lat + d],
        [lng - d, lat - d],
      ],
    ],
  };
}

/** Freezes an object graph, so a function that mutates its input fails the test (placemark). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A deterministic command context: fixed clock and counting ids. */
export function testContext(today = '2022-03-27'): CommandContext {
  let n = 0;
  return { now: `${today}T08:00:00.000Z`, today, newId: () => `zone-${++n}`, engine: testEngine };
}
