import type { AreaGeometry } from '../geo/types';
import { polygonsOf } from '../zones/zone-geometry';

/**
 * A short name for each zone's current shape ("id@version"), the same as long as the shape is:
 * caches key on it. Shapes are compared exactly, coordinate by coordinate (zones reach the worker
 * as fresh copies, so object identity says nothing), without making text of them.
 */
export class ShapeVersions {
  private readonly shapes = new Map<string, { coordinates: Float64Array; version: string }>();
  private next = 0;

  versionOf(id: string, geometry: AreaGeometry): string {
    const coordinates = flatten(geometry);
    const known = this.shapes.get(id);
    if (known && sameNumbers(known.coordinates, coordinates)) return known.version;
    const version = `${id}@${this.next++}`;
    this.shapes.set(id, { coordinates, version });
    return version;
  }

  /** Forgets the zones not in `ids` (deleted ones). */
  keepOnly(ids: Set<string>): void {
    for (const id of [...this.shapes.keys()]) if (!ids.has(id)) this.shapes.delete(id);
  }
}

/** The coordinates in order, with each ring's and polygon's length, so that different nestings differ. */
function flatten(geometry: AreaGeometry): Float64Array {
  const numbers: number[] = [];
  for (const polygon of polygonsOf(geometry)) {
    numbers.push(-1, polygon.length);
    for (const ring of polygon) {
      numbers.push(-2, ring.length);
      for (const position of ring) numbers.push(position[0], position[1]);
    }
  }
  return Float64Array.from(numbers);
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}
