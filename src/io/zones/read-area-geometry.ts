import type { Position } from 'geojson';
import type { StringKey } from '../../i18n/strings';
import type { AreaGeometry } from '../../domain/geo/types';
import { shortText } from '../json-position';

/** A problem with one geometry, as an i18n key and values; `path` says where in the feature. */
export interface GeometryProblem {
  key: StringKey;
  values?: Record<string, string | number>;
}

export type AreaReadResult =
  { ok: true; geometry: AreaGeometry; droppedZ: boolean } | { ok: false; problem: GeometryProblem };

/**
 * Reads a GeoJSON Polygon or MultiPolygon from untrusted JSON, strictly: exact type names,
 * numbers only (no strings), finite, 2-D (a third value is dropped and reported, a fourth refused).
 */
export function readAreaGeometry(value: unknown): AreaReadResult {
  if (!value || typeof value !== 'object') return { ok: false, problem: { key: 'geomMissing' } };
  const geometry = value as { type?: unknown; coordinates?: unknown };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return { ok: false, problem: { key: 'geomNotArea', values: { type: shortText(geometry.type) } } };
  }
  let droppedZ = false;
  const readPosition = (p: unknown): Position | GeometryProblem => {
    if (!Array.isArray(p) || p.length < 2) return { key: 'geomBadPosition' };
    if (p.length > 3) return { key: 'geomFourD' };
    if (p.some((n) => Array.isArray(n))) return { key: 'geomTooDeep' };
    if (p.some((n) => typeof n !== 'number'))
      return {
        key: 'geomNotNumber',
        values: {
          value: p
            .map((n) => shortText(n, 12))
            .join(', ')
            .slice(0, 40),
        },
      };
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return { key: 'geomNotFinite' };
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return { key: 'geomOutOfRange', values: { lng: p[0], lat: p[1] } };
    if (p.length === 3) droppedZ = true;
    return [p[0], p[1]];
  };
  const readRing = (ring: unknown): Position[] | GeometryProblem => {
    if (!Array.isArray(ring)) return { key: 'geomBadRing' };
    const positions: Position[] = [];
    for (const p of ring) {
      const read = readPosition(p);
      if (!Array.isArray(read)) return read;
      positions.push(read);
    }
    if (positions.length < 4) return { key: 'geomRingTooShort', values: { count: positions.length } };
    const first = positions[0];
    const last = positions[positions.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) return { key: 'geomRingOpen' };
    return positions;
  };
  const readPolygon = (rings: unknown): Position[][] | GeometryProblem => {
    if (!Array.isArray(rings) || rings.length === 0) return { key: 'geomEmpty' };
    const result: Position[][] = [];
    for (const ring of rings) {
      const read = readRing(ring);
      if (!Array.isArray(read)) return read;
      result.push(read);
    }
    return result;
  };
  if (geometry.type === 'Polygon') {
    const polygon = readPolygon(geometry.coordinates);
    if (!Array.isArray(polygon)) return { ok: false, problem: polygon };
    return { ok: true, geometry: { type: 'Polygon', coordinates: polygon }, droppedZ };
  }
  if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0)
    return { ok: false, problem: { key: 'geomEmpty' } };
  const polygons: Position[][][] = [];
  for (const rings of geometry.coordinates) {
    const polygon = readPolygon(rings);
    if (!Array.isArray(polygon)) return { ok: false, problem: polygon };
    polygons.push(polygon);
  }
  return { ok: true, geometry: { type: 'MultiPolygon', coordinates: polygons }, droppedZ };
}
