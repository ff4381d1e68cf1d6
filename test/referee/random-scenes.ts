/**
 * Random scenes for the PostGIS referee, from a seed (a failure replays from it): star-shaped
 * zones, zones with a hole, zones in two parts and axis-aligned rectangles of all three tiers,
 * overlapping at random; buildings at random, on every vertex and exactly on edges.
 */
import type { Position } from 'geojson';
import type { AreaGeometry } from '../../src/domain/geo/types';
import { metersPerDegreeAt } from '../../src/domain/geo/ellipsoid';
import { validateZoneGeometry } from '../../src/domain/zones/validate-zone';
import { normalizeArea, polygonsOf } from '../../src/domain/zones/zone-geometry';
import { TIERS } from '../../src/domain/zones/tier';
import type { Scene, SceneBuilding } from './scene';
import { seededRandom as generator } from '../helpers/seeded-random';

type Random = ReturnType<typeof generator>;

const round7 = (value: number) => Math.round(value * 1e7) / 1e7;

/** A star-shaped ring around a centre (metres east and north), closed, counter-clockwise. */
function star(
  random: Random,
  centre: Position,
  radius: number,
  toDegrees: (x: number, y: number) => Position,
): Position[] {
  const n = random.integer(5, 12);
  const ring: Position[] = [];
  for (let k = 0; k < n; k++) {
    // Evenly spaced with a jitter: no gap wider than 1.6 × 2π/n, so the disc of 0.54 × the
    // smallest radius lies inside and a hole within 0.45 × of it never meets the outline.
    const angle = ((k + random.between(-0.3, 0.3)) * 2 * Math.PI) / n;
    const r = radius * random.between(0.6, 1);
    ring.push(toDegrees(centre[0] + r * Math.cos(angle), centre[1] + r * Math.sin(angle)));
  }
  ring.push(ring[0]);
  return ring;
}

/**
 * The middle of an edge when it is a double exactly on the edge (both halves equal, so no
 * rounding): about one edge in four. A rounded middle lies a last bit off the edge, on a side
 * that is rounding's choice, which tests nothing.
 */
function exactMiddle(a: Position, b: Position): Position | undefined {
  const middle = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const exact = (k: number) => middle[k] - a[k] === b[k] - middle[k];
  return exact(0) && exact(1) ? middle : undefined;
}

export function randomScene(seed: number): Scene {
  const random = generator(seed);
  const lng0 = round7(random.between(120.55, 120.95));
  const lat0 = round7(random.between(30.55, 30.95));
  const scale = metersPerDegreeAt(lat0);
  const toDegrees = (x: number, y: number): Position => [round7(lng0 + x / scale.lng), round7(lat0 + y / scale.lat)];
  const zones: Scene['zones'] = [];
  const count = random.integer(2, 6);
  for (let i = 0; zones.length < count && i < 50; i++) {
    const centre = [random.between(-1200, 1200), random.between(-1200, 1200)];
    const radius = random.between(80, 600);
    const kind = random.pick(['star', 'hole', 'two-parts', 'rectangle'] as const);
    let geometry: AreaGeometry;
    if (kind === 'rectangle') {
      const [w, h] = [random.between(60, 900), random.between(60, 900)];
      const [x, y] = centre;
      geometry = {
        type: 'Polygon',
        coordinates: [
          [toDegrees(x, y), toDegrees(x + w, y), toDegrees(x + w, y + h), toDegrees(x, y + h), toDegrees(x, y)],
        ],
      };
    } else if (kind === 'two-parts') {
      const other = [centre[0] + 2.5 * radius, centre[1] + random.between(-radius, radius)];
      geometry = {
        type: 'MultiPolygon',
        coordinates: [[star(random, centre, radius, toDegrees)], [star(random, other, radius, toDegrees)]],
      };
    } else {
      const outer = star(random, centre, radius, toDegrees);
      geometry =
        kind === 'hole'
          ? { type: 'Polygon', coordinates: [outer, star(random, centre, radius * 0.6 * 0.45, toDegrees).reverse()] }
          : { type: 'Polygon', coordinates: [outer] };
    }
    geometry = normalizeArea(geometry);
    // Only valid zones are counted (docs/architecture.md, Domain model); rounding may rarely spoil one.
    if (validateZoneGeometry(geometry).length > 0) continue;
    zones.push({ id: `z${zones.length + 1}`, tier: random.pick(TIERS), geometry });
  }
  const buildings: SceneBuilding[] = [];
  const add = ([lng, lat]: Position) =>
    buildings.push({
      id: `b${buildings.length + 1}`,
      lng,
      lat,
      households: random.integer(1, 300),
      residents: random.integer(1, 900),
    });
  for (let i = 0; i < 200; i++) add(toDegrees(random.between(-3500, 3500), random.between(-3500, 3500)));
  for (const zone of zones)
    for (const polygon of polygonsOf(zone.geometry))
      for (const ring of polygon)
        for (let i = 0; i + 1 < ring.length; i++) {
          add(ring[i]);
          const middle = exactMiddle(ring[i], ring[i + 1]);
          if (middle) add(middle);
        }
  const rings = random.next() < 0.5;
  const controlled = rings ? Math.round(random.between(100, 600)) : 0;
  return {
    zones,
    buildings,
    controlledBufferMeters: controlled,
    precautionBufferMeters: rings ? controlled + Math.round(random.between(200, 1500)) : 0,
  };
}
