import type { Position } from 'geojson';
import type { AreaGeometry, Meters } from '../geo/types';
import type { Tier } from './tier';
import { areaFromPolygons, polygonsOf } from './zone-geometry';
import { areaCoversPoint } from '../geo/point-in-polygon';
import type { PolygonEngine, Ring } from './polygon-engine';

/** The ring distances a plan sets (0 turns a ring off), and how the precaution area is drawn. */
export interface RingSettings {
  controlledBufferMeters: Meters;
  precautionBufferMeters: Meters;
  /** 'district': the whole district of each sealed zone instead of the precaution ring (default 'ring'). */
  precautionMode?: 'ring' | 'district';
}

/** A district (县、市、区) a precaution area may be drawn as. */
export interface District {
  /** The administrative code, e.g. 330402. */
  id: string;
  /** Its name as shown in either language, e.g. "南湖区 Nanhu". */
  name: string;
  geometry: AreaGeometry;
}

/**
 * The areas each tier covers once rings are added and higher tiers taken out (DESIGN.md §3),
 * computed from the zones, never stored. `undefined` where a tier covers nothing.
 */
export interface EffectiveTiers {
  sealed?: AreaGeometry;
  controlled?: AreaGeometry;
  precaution?: AreaGeometry;
  /** The derived rings alone (around the sealed area, before other zones are joined), for drawing. */
  controlledRing?: AreaGeometry;
  /** In district mode, the districts of the sealed zones joined. */
  precautionRing?: AreaGeometry;
  /** In district mode, the names of the districts the precaution area was drawn from. */
  precautionDistricts?: string[];
}

const EARTH_RADIUS = 6_371_008.8;
/**
 * How far a round corner may stray inside the true arc, as a share of the offset: 1 m on a 2 km
 * ring, which moves its area by about 0.05 %. Never finer than 10 cm.
 */
const ARC_TOLERANCE_SHARE = 0.0005;
const MIN_ARC_TOLERANCE = 0.1;
/**
 * After each offset, vertices that move the outline by less than this are dropped (metres). The
 * offsets keep every vertex they are given, so without this each step would carry all the arc
 * points of the step before; 25 cm per step moves a 2 km ring's area by less than 0.02 %.
 */
const SIMPLIFY_EPSILON = 0.25;
/** The first step of a staged offset, in metres: 25 m, which fills the narrow notches of a hand-traced outline. */
const FIRST_STEP = 25;

/**
 * A local plane around a latitude and longitude, in metres: east and north from the origin, with
 * the east scale of the origin's latitude (equirectangular). Over a city (±0.3°) lengths stay
 * within 0.3 % and areas within 0.5 % of the ellipsoid; rings of 0.5–2 km are far tighter.
 */
export class LocalPlane {
  private readonly kx: number;
  private readonly ky: number;

  constructor(private readonly lng0: number, private readonly lat0: number) {
    this.ky = (Math.PI / 180) * EARTH_RADIUS;
    this.kx = this.ky * Math.cos((lat0 * Math.PI) / 180);
  }

  /** A plane centred on the middle of the given areas' extents. */
  static around(areas: readonly AreaGeometry[]): LocalPlane {
    let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
    for (const area of areas) {
      for (const polygon of polygonsOf(area)) {
        for (const [lng, lat] of polygon[0]) {
          west = Math.min(west, lng);
          east = Math.max(east, lng);
          south = Math.min(south, lat);
          north = Math.max(north, lat);
        }
      }
    }
    return Number.isFinite(west) ? new LocalPlane((west + east) / 2, (south + north) / 2) : new LocalPlane(120.75, 30.75);
  }

  toRings(area: AreaGeometry): Ring[] {
    const rings: Ring[] = [];
    for (const polygon of polygonsOf(area)) {
      for (const positions of polygon) {
        const ring = new Float64Array(3 * (positions.length - 1));
        for (let i = 0; i < positions.length - 1; i++) {
          ring[3 * i] = (positions[i][0] - this.lng0) * this.kx;
          ring[3 * i + 1] = (positions[i][1] - this.lat0) * this.ky;
        }
        rings.push(ring);
      }
    }
    return rings;
  }

  /** Rings back to a Polygon or MultiPolygon: each hole goes with the smallest outer ring around it. */
  toArea(rings: readonly Ring[]): AreaGeometry | undefined {
    const outers: { ring: Ring; positions: Position[]; area: number; holes: Position[][] }[] = [];
    const holes: { ring: Ring; positions: Position[] }[] = [];
    for (const ring of rings) {
      if (ring.length < 9) continue;
      const signed = signedArea(ring);
      const positions: Position[] = [];
      for (let i = 0; i < ring.length; i += 3) positions.push([this.lng0 + ring[i] / this.kx, this.lat0 + ring[i + 1] / this.ky]);
      positions.push([positions[0][0], positions[0][1]]);
      // Counter-clockwise (positive) rings are outer rings, as RFC 7946 wants them.
      if (signed > 0) outers.push({ ring, positions, area: signed, holes: [] });
      else if (signed < 0) holes.push({ ring, positions });
    }
    if (outers.length === 0) return undefined;
    outers.sort((a, b) => a.area - b.area);
    for (const hole of holes) {
      const inside = outers.find((outer) => ringCovers(outer.ring, hole.ring[0], hole.ring[1]));
      (inside ?? outers[outers.length - 1]).holes.push(hole.positions);
    }
    return areaFromPolygons(outers.map((outer) => [outer.positions, ...outer.holes]));
  }
}

/** Shoelace area of a ring, positive when counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 3; i < ring.length; j = i, i += 3) sum += (ring[j] - ring[i]) * (ring[j + 1] + ring[i + 1]);
  return sum / 2;
}

/** Whether a point is inside a ring or on it (crossing rule; a hole's first vertex may lie on its outer ring). */
function ringCovers(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 3; i < ring.length; j = i, i += 3) {
    const xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
    if (xi === x && yi === y) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const arcTolerance = (delta: number) => Math.max(MIN_ARC_TOLERANCE, delta * ARC_TOLERANCE_SHARE);

/**
 * The areas within each of `distances` (metres) of the zones. An offset by a and then by b is the
 * offset by a + b (Minkowski sums of discs), and the offset of a union is the union of the
 * offsets. So each zone is offset on its own up to the first distance, where it is cheap: 25 m
 * first, which fills the narrow notches of a traced outline, then the rest. The union of those is
 * the first ring, and each further ring is the one before offset by the difference.
 */
function ringsAround(engine: PolygonEngine, zoneRings: readonly Ring[][], distances: readonly number[]): Map<number, Ring[]> {
  const rings = new Map<number, Ring[]>();
  const wanted = [...new Set(distances.filter((d) => d > 0))].sort((a, b) => a - b);
  if (wanted.length === 0 || zoneRings.length === 0) return rings;
  const grow = (from: readonly Ring[], delta: number) => engine.simplify(engine.inflate(from, delta, arcTolerance(delta)), SIMPLIFY_EPSILON);
  const first = wanted[0];
  let current = engine.union(
    zoneRings.flatMap((zone) => {
      const step = Math.min(FIRST_STEP, first);
      const smoothed = grow(zone, step);
      return first > step ? grow(smoothed, first - step) : smoothed;
    }),
  );
  rings.set(first, current);
  let done = first;
  for (const target of wanted.slice(1)) {
    current = grow(current, target - done);
    done = target;
    rings.set(target, current);
  }
  return rings;
}

/**
 * sealed = ∪ sealed zones; controlled = (∪ controlled ∪ ring(sealed, controlled distance)) − sealed;
 * precaution = (∪ precaution ∪ ring(sealed, precaution distance)) − sealed − controlled.
 * Rings are true offsets in metres (round corners within 0.05 % of the distance), computed with
 * Clipper2 in a local plane; zones should be valid ones (invalid zones are not counted, DESIGN.md §3).
 * In district mode the precaution "ring" is every district a sealed zone reaches into, joined; with
 * no districts given, the ring is used.
 */
export function effectiveTiers(
  engine: PolygonEngine,
  zones: readonly { tier: Tier; geometry: AreaGeometry }[],
  settings: RingSettings,
  districts: readonly District[] = [],
): EffectiveTiers {
  const plane = LocalPlane.around(zones.map((zone) => zone.geometry));
  const of = (tier: Tier) => zones.filter((zone) => zone.tier === tier).flatMap((zone) => plane.toRings(zone.geometry));
  const sealedZones = zones.filter((zone) => zone.tier === 'sealed').map((zone) => plane.toRings(zone.geometry));
  const sealed = engine.union(sealedZones.flat());
  const byDistrict = settings.precautionMode === 'district' && districts.length > 0;
  const reached = byDistrict ? districtsReached(zones, districts) : [];
  const rings = ringsAround(engine, sealedZones, [settings.controlledBufferMeters, ...(byDistrict ? [] : [settings.precautionBufferMeters])]);
  const controlledRing = rings.get(settings.controlledBufferMeters) ?? [];
  const precautionRing = byDistrict ? engine.union(reached.flatMap((district) => plane.toRings(district.geometry))) : (rings.get(settings.precautionBufferMeters) ?? []);
  // A ring alone is a union already; hand-drawn zones of the tier are joined to it.
  const joined = (drawn: Ring[], ring: Ring[]) => (drawn.length ? engine.union([...drawn, ...ring]) : ring);
  const controlledAll = joined(of('controlled'), controlledRing);
  const controlled = engine.difference(controlledAll, sealed);
  const precautionAll = joined(of('precaution'), precautionRing);
  // sealed ∪ controlled is sealed ∪ controlledAll; with a controlled ring, that ring already holds the sealed area.
  const higher = controlledRing.length ? controlledAll : engine.union([...sealed, ...controlledAll]);
  const precaution = engine.difference(precautionAll, higher);
  return {
    sealed: plane.toArea(sealed),
    controlled: plane.toArea(controlled),
    precaution: plane.toArea(precaution),
    controlledRing: plane.toArea(controlledRing),
    precautionRing: plane.toArea(precautionRing),
    ...(byDistrict ? { precautionDistricts: reached.map((district) => district.name) } : {}),
  };
}

/** The districts any sealed zone reaches into: one with a vertex of the zone inside it or on its edge. */
function districtsReached(zones: readonly { tier: Tier; geometry: AreaGeometry }[], districts: readonly District[]): District[] {
  const sealed = zones.filter((zone) => zone.tier === 'sealed');
  return districts.filter((district) =>
    sealed.some((zone) => polygonsOf(zone.geometry).some((polygon) => polygon[0].some(([lng, lat]) => areaCoversPoint(district.geometry, lng, lat)))),
  );
}
