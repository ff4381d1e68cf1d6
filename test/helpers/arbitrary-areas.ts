import fc from 'fast-check';
import type { Position } from 'geojson';
import type { AreaGeometry } from '../../src/domain/geo/types';

/** A star-shaped ring around a centre (never self-intersecting), counter-clockwise or not. */
const ring = (cx: number, cy: number, radii: number[], reverse: boolean): Position[] => {
  const points = radii.map((r, i) => {
    const angle = (2 * Math.PI * i) / radii.length;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  const closed = [...points, points[0]];
  return reverse ? closed.reverse() : closed;
};

/**
 * A number spread evenly from min to max (fc.double leans on the ends of its range and on tiny
 * values, which would put most shapes at the origin).
 */
export const between = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => min + ((max - min) * n) / 1_000_000);

/**
 * Areas of up to four polygons, some with holes, and some invalid on purpose: holes that stray
 * across or outside their shell and overlap each other, and polygons that overlap. Coordinates
 * 0–50 by 0–13.
 */
export const arbitraryArea = fc
  .tuple(
    fc.array(
      fc.record({
        cx: between(0, 10),
        cy: between(0, 10),
        radii: fc.array(between(0.5, 2), { minLength: 3, maxLength: 30 }),
        hole: fc.boolean(),
        reverse: fc.boolean(),
        // Where the holes go: inside (a valid area), or anywhere (across or outside the shell, overlapping).
        holeShift: fc.tuple(between(-2, 2), between(-2, 2)),
        strayHoles: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.boolean(),
  )
  .map(([parts, overlapping]): AreaGeometry => ({
    type: 'MultiPolygon',
    // Spread apart so the polygons never overlap (a valid area), or not; holes well inside their
    // shells (a triangle of radius 0.5 has an inradius of 0.25).
    coordinates: parts.map((part, k) => {
      const cx = part.cx + (overlapping ? 1 : 10) * k;
      const rings = [ring(cx, part.cy, part.radii, part.reverse)];
      if (part.hole) rings.push(ring(cx, part.cy, [0.1, 0.12, 0.15, 0.1], !part.reverse));
      if (part.strayHoles) {
        rings.push(ring(cx + part.holeShift[0], part.cy + part.holeShift[1], [0.5, 0.6, 0.4], false));
        rings.push(ring(cx + part.holeShift[0] / 2, part.cy + part.holeShift[1] / 2, [0.5, 0.3, 0.6, 0.2], true));
      }
      return rings;
    }),
  }));
