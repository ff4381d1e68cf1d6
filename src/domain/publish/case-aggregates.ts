import { cellToBoundary, latLngToCell } from 'h3-js';
import { AreaIndex } from '../geo/area-index';
import type { AreaGeometry } from '../geo/types';
import { MIN_CELL_HOUSEHOLDS, publicCount, type PublicCount } from './public-count';

export { MIN_CELL_HOUSEHOLDS } from './public-count';

/** The resolution public case counts are aggregated at: about 5.2 km² a cell, never finer (privacy rule P2). */
export const PUBLIC_CELL_RESOLUTION = 7;
/** The days of the window counts are taken over, ending on the publication's as-of day. */
export const PUBLIC_WINDOW_DAYS = 7;

/** Households per H3 cell of the public resolution, from household points (lng, lat, households). */
export function householdsPerCell(points: {
  length: number;
  lng: ArrayLike<number>;
  lat: ArrayLike<number>;
  households: ArrayLike<number>;
}): Map<string, number> {
  const perCell = new Map<string, number>();
  for (let i = 0; i < points.length; i++) {
    const cell = latLngToCell(points.lat[i], points.lng[i], PUBLIC_CELL_RESOLUTION);
    perCell.set(cell, (perCell.get(cell) ?? 0) + points.households[i]);
  }
  return perCell;
}

/** A case as the aggregation needs it: where and which day (a day number) it was reported. */
export interface CasePoint {
  lng: number;
  lat: number;
  reportedDay: number;
}

export interface DistrictArea {
  id: string;
  nameZh: string;
  nameEn: string;
  geometry: AreaGeometry;
}

export interface PublicCaseCounts {
  resolution: number;
  /** Day numbers, both included. */
  fromDay: number;
  toDay: number;
  total: PublicCount;
  /** Every district, with its count (0 included, so a district's absence says nothing). */
  districts: { id: string; count: PublicCount }[];
  /** Cells with at least one case, sorted by id, each with its outline (so the page needs no h3). */
  cells: { h3: string; count: PublicCount; outline: [number, number][] }[];
}

/**
 * The district a point lies in (edges count as inside): the first covering one, so a point on a
 * shared border belongs to one district only.
 */
export function districtLocator(districts: readonly DistrictArea[]): (lng: number, lat: number) => string | undefined {
  const indexes = districts.map((district) => ({ id: district.id, index: new AreaIndex(district.geometry) }));
  return (lng, lat) => indexes.find((candidate) => candidate.index.covers(lng, lat))?.id;
}

/** The exact counts behind the published ones; they never leave the planner or the CLI. */
export interface ExactCaseCounts {
  total: number;
  districts: Map<string, number>;
  cells: Map<string, number>;
  /** Cells with cases left out for having fewer than MIN_CELL_HOUSEHOLDS households (their cases are in the districts and the total). */
  sparseCells: number;
}

/**
 * Cases reported in the window ending on `asOfDay`, counted per H3 cell, per district and in all.
 * With `households` (per cell), cells where fewer than MIN_CELL_HOUSEHOLDS live are left out of the cells.
 */
export function exactCaseCounts(
  cases: Iterable<CasePoint>,
  districts: readonly DistrictArea[],
  asOfDay: number,
  households?: ReadonlyMap<string, number>,
): ExactCaseCounts {
  const fromDay = asOfDay - PUBLIC_WINDOW_DAYS + 1;
  const districtAt = districtLocator(districts);
  const result: ExactCaseCounts = {
    total: 0,
    districts: new Map(districts.map((district) => [district.id, 0])),
    cells: new Map(),
    sparseCells: 0,
  };
  for (const point of cases) {
    if (point.reportedDay < fromDay || point.reportedDay > asOfDay) continue;
    result.total++;
    const cell = latLngToCell(point.lat, point.lng, PUBLIC_CELL_RESOLUTION);
    result.cells.set(cell, (result.cells.get(cell) ?? 0) + 1);
    const district = districtAt(point.lng, point.lat);
    if (district) result.districts.set(district, (result.districts.get(district) ?? 0) + 1);
  }
  if (households)
    for (const cell of [...result.cells.keys()])
      if ((households.get(cell) ?? 0) < MIN_CELL_HOUSEHOLDS) {
        result.cells.delete(cell);
        result.sparseCells++;
      }
  return result;
}

/** A cell's outline as a closed ring of [lng, lat], five decimals (a metre). */
function cellOutline(h3: string): [number, number][] {
  const ring = cellToBoundary(h3, true).map(([lng, lat]): [number, number] => [
    Math.round(lng * 1e5) / 1e5,
    Math.round(lat * 1e5) / 1e5,
  ]);
  return ring;
}

/** The counts a publication holds: suppressed and rounded (public-count.ts). */
export function publicCaseCounts(exact: ExactCaseCounts, asOfDay: number): PublicCaseCounts {
  return {
    resolution: PUBLIC_CELL_RESOLUTION,
    fromDay: asOfDay - PUBLIC_WINDOW_DAYS + 1,
    toDay: asOfDay,
    total: publicCount(exact.total),
    districts: [...exact.districts].map(([id, count]) => ({ id, count: publicCount(count) })),
    cells: [...exact.cells]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([h3, count]) => ({ h3, count: publicCount(count), outline: cellOutline(h3) })),
  };
}
