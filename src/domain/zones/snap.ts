import type { Position } from 'geojson';
import type { AreaGeometry } from '../geo/types';
import { polygonsOf } from './zone-geometry';

/** Screen position of a [lng, lat], in CSS pixels. */
export type ProjectToScreen = (lng: number, lat: number) => { x: number; y: number };
/** [lng, lat] of a screen position. */
export type UnprojectFromScreen = (x: number, y: number) => Position;

/**
 * Where a pointer should snap: the nearest vertex of another zone within `tolerancePx`, else the
 * nearest point on one of their edges within it, else nothing. Vertices win so that adjacent
 * zones share corners, then edges, with no gap between them.
 */
export function snapToAreas(
  pointer: { x: number; y: number },
  areas: readonly AreaGeometry[],
  project: ProjectToScreen,
  unproject: UnprojectFromScreen,
  tolerancePx = 10,
): Position | undefined {
  let vertex: { d: number; p: Position } | undefined;
  let edge: { d: number; x: number; y: number } | undefined;
  for (const area of areas) {
    for (const polygon of polygonsOf(area)) {
      for (const ring of polygon) {
        let previous: { x: number; y: number } | undefined;
        for (const position of ring) {
          const point = project(position[0], position[1]);
          const d = Math.hypot(point.x - pointer.x, point.y - pointer.y);
          if (d <= tolerancePx && (!vertex || d < vertex.d)) vertex = { d, p: position };
          if (previous) {
            const dx = point.x - previous.x;
            const dy = point.y - previous.y;
            const length2 = dx * dx + dy * dy;
            const t = length2
              ? Math.max(0, Math.min(1, ((pointer.x - previous.x) * dx + (pointer.y - previous.y) * dy) / length2))
              : 0;
            const x = previous.x + t * dx;
            const y = previous.y + t * dy;
            const distance = Math.hypot(x - pointer.x, y - pointer.y);
            if (distance <= tolerancePx && (!edge || distance < edge.d)) edge = { d: distance, x, y };
          }
          previous = point;
        }
      }
    }
  }
  if (vertex) return [vertex.p[0], vertex.p[1]];
  if (edge) return unproject(edge.x, edge.y);
  return undefined;
}
