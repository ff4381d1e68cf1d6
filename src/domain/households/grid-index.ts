import { metersPerDegreeLngAt, METERS_PER_DEGREE_LAT } from '../geo/distance';

/**
 * A uniform grid over points, as flat arrays (CSR: `start[cell]..start[cell+1]` index `order`).
 * Built once per store; queries then visit only the cells an area touches (docs/architecture.md, Computation).
 */
export class GridIndex {
  /** The points' extent; all 0 when there are none. */
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
  readonly cellLng: number;
  readonly cellLat: number;
  readonly columns: number;
  readonly rows: number;
  /** Point indexes sorted by cell. */
  readonly order: Uint32Array;
  /** Where each cell's points start in `order`; length cells + 1. */
  readonly start: Uint32Array;
  /**
   * The points' coordinates in `order`: the points of a cell side by side in memory, so a walk
   * through a cell reads them in sequence instead of jumping across the store (16 B a point).
   */
  readonly orderedLng: Float64Array;
  readonly orderedLat: Float64Array;

  constructor(
    readonly lng: Float64Array,
    readonly lat: Float64Array,
    cellMeters = 100,
  ) {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let i = 0; i < lng.length; i++) {
      if (lng[i] < west) west = lng[i];
      if (lng[i] > east) east = lng[i];
      if (lat[i] < south) south = lat[i];
      if (lat[i] > north) north = lat[i];
    }
    if (lng.length === 0) [west, south, east, north] = [0, 0, 0, 0];
    this.west = west;
    this.south = south;
    this.east = east;
    this.north = north;
    this.cellLat = cellMeters / METERS_PER_DEGREE_LAT;
    this.cellLng = cellMeters / metersPerDegreeLngAt((south + north) / 2);
    this.columns = Math.max(1, Math.floor((east - west) / this.cellLng) + 1);
    this.rows = Math.max(1, Math.floor((north - south) / this.cellLat) + 1);
    const cellOf = new Uint32Array(lng.length);
    const counts = new Uint32Array(this.columns * this.rows + 1);
    for (let i = 0; i < lng.length; i++) {
      const cell = this.cellAt(lng[i], lat[i]);
      cellOf[i] = cell;
      counts[cell + 1]++;
    }
    for (let c = 1; c < counts.length; c++) counts[c] += counts[c - 1];
    this.start = counts.slice();
    const next = counts.slice(0, -1);
    this.order = new Uint32Array(lng.length);
    for (let i = 0; i < lng.length; i++) this.order[next[cellOf[i]]++] = i;
    this.orderedLng = new Float64Array(lng.length);
    this.orderedLat = new Float64Array(lng.length);
    for (let k = 0; k < lng.length; k++) {
      this.orderedLng[k] = lng[this.order[k]];
      this.orderedLat[k] = lat[this.order[k]];
    }
  }

  column(lng: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((lng - this.west) / this.cellLng)));
  }

  row(lat: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((lat - this.south) / this.cellLat)));
  }

  cellAt(lng: number, lat: number): number {
    return this.row(lat) * this.columns + this.column(lng);
  }
}
