import gcoord from 'gcoord';
import type { BBox } from '../../domain/geo/types';
import { bboxContains, growBBox } from '../../domain/geo/bbox';
import { roundTo7Decimals } from '../../domain/geo/round';
import { parseCoordinate } from './parse-values';

/** Coordinate systems a file may be in. CGCS2000 is WGS-84 to within centimetres at city scale. */
/** Baidu's own metres (BD09MC) look like Web Mercator's; the user tells them apart. */
export type DeclaredCrs = 'wgs84' | 'gcj02' | 'bd09' | 'cgcs2000' | 'epsg3857' | 'bd09mc';

export type CoordinateProblem = 'out-of-range' | 'null-island' | 'outside-jurisdiction' | 'swapped';

export type CoordinateResult = { ok: true; lng: number; lat: number } | { ok: false; problem: CoordinateProblem };

/**
 * Turns one input position into stored WGS-84 (at most 7 decimals). GCJ-02 (Amap, Tencent),
 * BD-09 (Baidu) and Web Mercator metres are converted with gcoord on plain numbers, never on the
 * caller's objects (catalogue row D5–D8). Refused: out of range, (0, 0), more than `marginDegrees`
 * outside the jurisdiction; a pair that fits only when swapped is named as such (D1–D3).
 */
export function toStoredWgs84(
  x: number,
  y: number,
  crs: DeclaredCrs,
  jurisdiction: BBox,
  marginDegrees = 0.5,
): CoordinateResult {
  return toStoredWgs84Within(x, y, crs, acceptedArea(jurisdiction, marginDegrees));
}

/** The area positions must fall in: the jurisdiction and a margin around it. */
export function acceptedArea(jurisdiction: BBox, marginDegrees = 0.5): BBox {
  return growBBox(jurisdiction, marginDegrees);
}

/** toStoredWgs84 with the accepted area worked out once, for a loop over many rows. */
export function toStoredWgs84Within(x: number, y: number, crs: DeclaredCrs, area: BBox): CoordinateResult {
  if (x === 0 && y === 0) return { ok: false, problem: 'null-island' };
  let lng = x;
  let lat = y;
  if (crs === 'epsg3857') [lng, lat] = gcoord.transform([x, y], gcoord.EPSG3857, gcoord.WGS84);
  else if (crs === 'bd09mc') [lng, lat] = gcoord.transform([x, y], gcoord.BD09MC, gcoord.WGS84);
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    if (Math.abs(y) <= 180 && Math.abs(x) <= 90 && bboxContains(area, y, x)) return { ok: false, problem: 'swapped' };
    return { ok: false, problem: 'out-of-range' };
  }
  if (crs === 'gcj02') [lng, lat] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
  else if (crs === 'bd09') [lng, lat] = gcoord.transform([lng, lat], gcoord.BD09, gcoord.WGS84);
  if (!bboxContains(area, lng, lat)) {
    return bboxContains(area, lat, lng)
      ? { ok: false, problem: 'swapped' }
      : { ok: false, problem: 'outside-jurisdiction' };
  }
  return { ok: true, lng: roundTo7Decimals(lng), lat: roundTo7Decimals(lat) };
}

/** Values this large are projected metres, not degrees (D7): offer Web Mercator. */
export function looksProjected(samples: readonly [number, number][]): boolean {
  const big = samples.filter(([x, y]) => Math.abs(x) > 1000 && Math.abs(y) > 1000).length;
  return samples.length > 0 && big / samples.length > 0.8;
}

/**
 * Reads a single "lat,lng" (or "lng lat") cell in the order the user chose (catalogue row B11).
 */
export function splitPairCell(text: string, order: 'lat-lng' | 'lng-lat'): [number, number] | undefined {
  const parts = text
    .normalize('NFKC')
    .trim()
    .split(/[\s,;，]+/)
    .filter(Boolean);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((part) => parseCoordinate(part));
  if (!a.ok || !b.ok) return undefined;
  return order === 'lat-lng' ? [b.value, a.value] : [a.value, b.value];
}
