import { plainCoordinateIn, plainCountIn } from './parse-values';

/**
 * One row's cells as the importer reads them. A streamed row is a list of spans of the file's
 * text, so the cells read as plain numbers (positions, counts: four of a household row's six)
 * never become strings; a row of a JSON or Excel table is an array of strings.
 */
export interface RowCells {
  /** How many cells the row has. */
  readonly size: number;
  text(column: number): string;
  /** A cell's length in characters, without making its string. */
  length(column: number): number;
  /** A plain decimal (see plainCoordinateIn), or NaN when the cell needs the full parser. */
  coordinate(column: number): number;
  /** A plain count (digits only), or NaN when the cell needs the full parser. */
  count(column: number): number;
  /** Digits after the decimal point of a plain decimal cell. */
  decimals(column: number): number;
  /** Whether any cell holds U+FFFD, a byte the decoder could not read. */
  hasUndecodable(): boolean;
}

/** Cells held as strings; one object re-pointed at each row. */
export class ArrayCells implements RowCells {
  cells: string[] = [];

  get size(): number {
    return this.cells.length;
  }

  text(column: number): string {
    return this.cells[column];
  }

  length(column: number): number {
    return this.cells[column].length;
  }

  coordinate(column: number): number {
    const cell = this.cells[column];
    return plainCoordinateIn(cell, 0, cell.length);
  }

  count(column: number): number {
    const cell = this.cells[column];
    return plainCountIn(cell, 0, cell.length);
  }

  decimals(column: number): number {
    const cell = this.cells[column];
    const dot = cell.indexOf('.');
    return dot === -1 ? 0 : cell.length - dot - 1;
  }

  hasUndecodable(): boolean {
    return this.cells.some((cell) => cell.includes('\uFFFD'));
  }
}

/** Cells as spans of one text: cell `c` is `source.slice(bounds[2c], bounds[2c + 1])`. */
export class SpanCells implements RowCells {
  source = '';
  size = 0;
  bounds = new Int32Array(64);

  text(column: number): string {
    return this.source.slice(this.bounds[2 * column], this.bounds[2 * column + 1]);
  }

  length(column: number): number {
    return this.bounds[2 * column + 1] - this.bounds[2 * column];
  }

  coordinate(column: number): number {
    return plainCoordinateIn(this.source, this.bounds[2 * column], this.bounds[2 * column + 1]);
  }

  count(column: number): number {
    return plainCountIn(this.source, this.bounds[2 * column], this.bounds[2 * column + 1]);
  }

  decimals(column: number): number {
    const start = this.bounds[2 * column];
    const end = this.bounds[2 * column + 1];
    const dot = this.source.indexOf('.', start);
    return dot === -1 || dot >= end ? 0 : end - dot - 1;
  }

  hasUndecodable(): boolean {
    if (this.size === 0) return false;
    const at = this.source.indexOf('\uFFFD', this.bounds[0]);
    return at !== -1 && at < this.bounds[2 * this.size - 1];
  }

  /** Room for `cells` cells. */
  reserve(cells: number): void {
    if (2 * cells > this.bounds.length) {
      const bounds = new Int32Array(Math.max(2 * cells, 2 * this.bounds.length));
      bounds.set(this.bounds);
      this.bounds = bounds;
    }
  }
}
