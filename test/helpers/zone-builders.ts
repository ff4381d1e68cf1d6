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

/** A ring around a box in degrees, [west, south] first. */
export function boxRing(west: number, south: number, east: number, north: number): Position[] {
  return [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
}

/** A U, 3 km across, open to the north: its centroid lies in the notch, outside the zone. */
export function uShape(): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [120.7, 30.7],
        [120.73, 30.7],
        [120.73, 30.73],
        [120.72, 30.73],
        [120.72, 30.71],
        [120.71, 30.71],
        [120.71, 30.73],
        [120.7, 30.73],
        [120.7, 30.7],
      ],
    ],
  };
}

/**
 * The U with a hole whose every vertex lies inside the U while its edges cross the notch (issue
 * 14, item 4): invalid, and easy to miss vertex by vertex.
 */
export function uShapeWithCrossingHole(): Polygon {
  return { type: 'Polygon', coordinates: [uShape().coordinates[0], boxRing(120.705, 30.725, 120.725, 30.728)] };
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
