import type { Polygon, Position } from 'geojson';
import { mulberry32 } from '../data/random';

const METERS_PER_DEGREE_LAT = 110_900;
const METERS_PER_DEGREE_LNG = 95_600; // at 30.75° N

/**
 * A closed ring of `vertices` vertices around a centre: a radius that wanders smoothly (three
 * waves of random phase, ±30 %) with a little jitter per vertex, as a traced compound or block
 * outline does. Counter-clockwise.
 */
function outline(random: () => number, lng: number, lat: number, radiusMeters: number, vertices: number): Position[] {
  const waves = Array.from({ length: 3 }, (_, k) => ({
    amplitude: ((0.1 * random()) / (k + 1)) * 3,
    frequency: 2 + k * 2 + Math.floor(random() * 3),
    phase: random() * 2 * Math.PI,
  }));
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (2 * Math.PI * i) / vertices;
    let factor = 1 + 0.04 * (random() - 0.5);
    for (const wave of waves) factor += wave.amplitude * Math.sin(wave.frequency * angle + wave.phase);
    const r = radiusMeters * factor;
    ring.push([
      lng + (r * Math.cos(angle)) / METERS_PER_DEGREE_LNG,
      lat + (r * Math.sin(angle)) / METERS_PER_DEGREE_LAT,
    ]);
  }
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

/**
 * `count` zones as headquarters draw them over Jiaxing's built-up area (seeded, so every run
 * measures the same shapes): 20–200 vertices, 150–900 m across the radius, one in five with a
 * hole (a school or a site left out). They may overlap, as drawn zones do.
 */
export function realisticZones(count: number, seed = 5): Polygon[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const lng = 120.68 + random() * 0.16;
    const lat = 30.69 + random() * 0.13;
    const radius = 150 + random() * 750;
    const vertices = 20 + Math.floor(random() * 181);
    const rings = [outline(random, lng, lat, radius, vertices)];
    if (random() < 0.2) rings.push(outline(random, lng, lat, radius * 0.3, 12 + Math.floor(random() * 20)).reverse());
    return { type: 'Polygon', coordinates: rings };
  });
}
