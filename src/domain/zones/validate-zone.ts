import type { Position } from 'geojson';
import { distinctRing, ringContacts, strictlyInside, vertexNotOn, type ContactKind } from './ring-contacts';
import type { AreaGeometry, BBox } from '../geo/types';
import { areaSquareMeters, polygonsOf } from './zone-geometry';

/** Why a zone geometry cannot be counted on. Exported constants, so messages and tests share them. */
export const ZoneIssueCode = {
  Empty: 'empty',
  NotFinite: 'not-finite',
  TooFewVertices: 'too-few-vertices',
  SelfIntersects: 'self-intersects',
  HoleOutside: 'hole-outside-shell',
  HolesOverlap: 'holes-overlap',
  PartsOverlap: 'parts-overlap',
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

const CONTACT_CODES: Record<ContactKind, ZoneIssueCode> = {
  self: ZoneIssueCode.SelfIntersects,
  'hole-shell': ZoneIssueCode.HoleOutside,
  'hole-hole': ZoneIssueCode.HolesOverlap,
  'part-part': ZoneIssueCode.PartsOverlap,
};

/** Rings against each other once no edges cross: each hole inside its shell and in no other hole, no part inside another. */
function nestingIssues(polygons: Position[][][]): ZoneIssue[] {
  const issues: ZoneIssue[] = [];
  polygons.forEach((rings, p) => {
    const [shell, ...holes] = rings;
    holes.forEach((hole, h) => {
      const probe = vertexNotOn(hole, shell);
      if (!probe || !strictlyInside(probe, shell))
        issues.push({ code: ZoneIssueCode.HoleOutside, at: probe ?? hole[0], polygon: p + 1, ring: h + 2 });
      holes.forEach((other, k) => {
        if (k === h) return;
        const inner = vertexNotOn(hole, other);
        if (!inner || strictlyInside(inner, other))
          issues.push({ code: ZoneIssueCode.HolesOverlap, at: inner ?? hole[0], polygon: p + 1, ring: h + 2 });
      });
    });
  });
  // A part inside another part's shell, and not in one of its holes, counts its ground twice.
  const boxes = polygons.map(([shell]) => boxOf(shell));
  polygons.forEach(([shell], p) => {
    polygons.forEach((other, q) => {
      if (q === p || !boxInside(boxes[p], boxes[q])) return;
      const probe = vertexNotOn(shell, other[0]);
      const inHole = (point: Position) =>
        other.slice(1).some((hole) => strictlyInside(point, hole) || !vertexNotOn(shell, hole));
      if (!probe || (strictlyInside(probe, other[0]) && !inHole(probe)))
        issues.push({ code: ZoneIssueCode.PartsOverlap, at: probe ?? shell[0], polygon: p + 1, ring: 1 });
    });
  });
  return issues.slice(0, 1);
}

type Box = [number, number, number, number];
function boxOf(ring: Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}
const boxInside = (inner: Box, outer: Box) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

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

  // Consecutive repeated vertices are not a crossing (a double click); they are cleaned on import.
  const distinct = polygons.map((rings) => rings.map(distinctRing));
  for (const contact of ringContacts(distinct))
    issues.push({ code: CONTACT_CODES[contact.kind], at: contact.at, polygon: contact.polygon, ring: contact.ring });
  if (issues.length === 0) issues.push(...nestingIssues(distinct));
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
