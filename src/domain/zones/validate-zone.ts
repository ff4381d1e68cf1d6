import { booleanPointInPolygon, kinks, polygon as turfPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import type { AreaGeometry, BBox } from '../geo/types';
import { areaSquareMeters, polygonsOf } from './zone-geometry';

/** Why a zone geometry cannot be counted on. Exported constants, so messages and tests share them. */
export const ZoneIssueCode = {
  Empty: 'empty',
  NotFinite: 'not-finite',
  TooFewVertices: 'too-few-vertices',
  SelfIntersects: 'self-intersects',
  HoleOutside: 'hole-outside-shell',
  TooSmall: 'too-small',
  FarOutside: 'far-outside-jurisdiction',
} as const;
export type ZoneIssueCode = (typeof ZoneIssueCode)[keyof typeof ZoneIssueCode];

/** One problem, with the spot to highlight where there is one. */
export interface ZoneIssue {
  code: ZoneIssueCode;
  /** Where the problem is, [lng, lat], for the map to point at. */
  at?: Position;
  /** 1-based polygon and ring numbers, for the message. */
  polygon?: number;
  ring?: number;
  /** Measured value for the message (area in m², distance in km). */
  value?: number;
}

/** Smallest area a zone may have: anything smaller is a slip of the mouse. */
export const MIN_ZONE_AREA_SQUARE_METERS = 10;

export interface ZoneValidationOptions {
  /** The jurisdiction's extent; a zone with any vertex outside it by more than `marginDegrees` is flagged. */
  jurisdiction?: BBox;
  marginDegrees?: number;
}

const distinctCount = (ring: Position[]): number => new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;

/**
 * Checks a zone geometry and returns every problem found (none means valid). Expected failures
 * are values, not exceptions: an invalid zone is kept, marked, and never counted on silently.
 *
 * @example validateZoneGeometry(bowTie) // [{ code: 'self-intersects', at: [120.75, 30.75], polygon: 1, ring: 1 }]
 */
export function validateZoneGeometry(geometry: AreaGeometry, options: ZoneValidationOptions = {}): ZoneIssue[] {
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0 || polygons.every((rings) => rings.length === 0)) return [{ code: ZoneIssueCode.Empty }];
  const issues: ZoneIssue[] = [];
  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const bad = ring.find((position) => !Number.isFinite(position[0]) || !Number.isFinite(position[1]));
      if (bad) issues.push({ code: ZoneIssueCode.NotFinite, polygon: p + 1, ring: r + 1 });
      else if (distinctCount(ring) < 3)
        issues.push({ code: ZoneIssueCode.TooFewVertices, at: ring[0], polygon: p + 1, ring: r + 1 });
    });
  });
  if (issues.length > 0) return issues;

  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const crossings = kinks(turfPolygon([ring])).features;
      if (crossings.length > 0) {
        issues.push({
          code: ZoneIssueCode.SelfIntersects,
          at: crossings[0].geometry.coordinates,
          polygon: p + 1,
          ring: r + 1,
        });
      }
    });
    const shell = turfPolygon([rings[0]]);
    rings.slice(1).forEach((hole, h) => {
      const outside = hole.find((position) => !booleanPointInPolygon(position, shell));
      if (outside) issues.push({ code: ZoneIssueCode.HoleOutside, at: outside, polygon: p + 1, ring: h + 2 });
    });
  });
  if (issues.length > 0) return issues;

  const area = areaSquareMeters(geometry);
  if (area < MIN_ZONE_AREA_SQUARE_METERS) {
    issues.push({ code: ZoneIssueCode.TooSmall, at: polygons[0][0][0], value: Math.round(area * 10) / 10 });
  }
  if (options.jurisdiction) {
    // Any vertex far outside, not only a zone wholly outside: a polygon across the antimeridian or
    // around the world (catalogue row D14, D15) overlaps Jiaxing too, and is no zone of it.
    const margin = options.marginDegrees ?? 0.5;
    const [west, south, east, north] = options.jurisdiction;
    const far = polygons
      .flat(2)
      .find(([lng, lat]) => lng < west - margin || lng > east + margin || lat < south - margin || lat > north + margin);
    if (far) issues.push({ code: ZoneIssueCode.FarOutside, at: far });
  }
  return issues;
}
