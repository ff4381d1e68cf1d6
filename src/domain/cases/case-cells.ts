import { cellToParent, latLngToCell } from 'h3-js';
import type { CaseStore } from './case-store';
import { IdIndex } from '../collections/id-index';
import { KnownCells } from './known-cells';
import { forEachCaseInWindow, type CaseWindow } from './case-window';

/** The finest resolution cases are indexed at (about 15 000 m² a cell, a building or two). */
export const FINE_RESOLUTION = 10;
/** The coarsest resolution the map shows (a city view). */
export const COARSE_RESOLUTION = 6;

/** The cells of one resolution: the distinct cells, and for each case the index of its cell. */
interface Level {
  cells: string[];
  /** Per fine cell (index into the fine level's `cells`), the index of its parent here. */
  ofFine: Uint32Array;
}

export type { CaseWindow } from './case-window';

/** The error a cancelled indexing rejects with, named as an AbortSignal's abort is (the domain has no DOM). */
function cancelled(): Error {
  const error = new Error('Indexing the cases was cancelled');
  error.name = 'AbortError';
  return error;
}

/** Cases per cell: the cells with at least one case, and their counts. */
export interface CellCounts {
  resolution: number;
  cells: string[];
  counts: Uint32Array;
}

/**
 * The H3 cells of a case store, worked out once (docs/architecture.md, Computation): the resolution-10 cell of each case
 * (`latLngToCell`, unless the case lies deep inside a cell already met: KnownCells), and
 * `cellToParent` only over the distinct fine cells for the coarser resolutions.
 * Counting cases per cell for a time window then reads typed arrays and never calls h3 again, so
 * moving the time slider costs one pass over the cases.
 */
export class CaseCells {
  private constructor(
    /** Per case, the index of its fine cell. */
    private readonly fineOf: Uint32Array,
    private readonly levels: Map<number, Level>,
  ) {}

  /**
   * Indexes a store in slices, with progress (0–1) after each and a pause for a cancel to get
   * through; an AbortError when `signal` fires. Nothing is kept from a cancelled run.
   */
  static async build(
    store: CaseStore,
    control: {
      signal?: { readonly aborted: boolean };
      onProgress?: (fraction: number) => void;
      sliceSize?: number;
      pause?: () => Promise<void>;
    } = {},
  ): Promise<CaseCells> {
    const slice = control.sliceSize ?? 50_000;
    const fineOf = new Uint32Array(store.length);
    // The distinct cells by first appearance: a typed-array hash table, several times a Map's speed here.
    const cellIndex = new IdIndex(4096);
    const fineCells: string[] = [];
    // Cases deep inside a cell already met are placed without h3 (the same cell h3 would give).
    const known = new KnownCells();
    for (let start = 0; start < store.length; start += slice) {
      if (control.signal?.aborted) throw cancelled();
      const end = Math.min(store.length, start + slice);
      for (let i = start; i < end; i++) {
        const lng = store.lng[i];
        const lat = store.lat[i];
        const found = known.find(lng, lat);
        if (found >= 0) {
          fineOf[i] = found;
          continue;
        }
        const cell = latLngToCell(lat, lng, FINE_RESOLUTION);
        let index = cellIndex.get(cell);
        if (index === -1) {
          index = fineCells.length;
          cellIndex.add(cell, 0);
          fineCells.push(cell);
        }
        known.learn(index, cell, lng, lat);
        fineOf[i] = index;
      }
      control.onProgress?.(end / store.length);
      await control.pause?.();
    }
    if (control.signal?.aborted) throw cancelled();
    const levels = new Map<number, Level>([
      [FINE_RESOLUTION, { cells: fineCells, ofFine: Uint32Array.from(fineCells, (_, i) => i) }],
    ]);
    // Each level from the distinct cells of the one below (a parent's parent is the grandparent,
    // exactly): far fewer h3 calls than every fine cell at every resolution when cases are spread out.
    let below = levels.get(FINE_RESOLUTION)!;
    for (let resolution = FINE_RESOLUTION - 1; resolution >= COARSE_RESOLUTION; resolution--) {
      const parents = new IdIndex(Math.max(16, below.cells.length >> 2));
      const cells: string[] = [];
      const ofBelow = new Uint32Array(below.cells.length);
      below.cells.forEach((child, c) => {
        const parent = cellToParent(child, resolution);
        let index = parents.get(parent);
        if (index === -1) {
          index = cells.length;
          parents.add(parent, 0);
          cells.push(parent);
        }
        ofBelow[c] = index;
      });
      const ofFine = new Uint32Array(fineCells.length);
      for (let f = 0; f < fineCells.length; f++) ofFine[f] = ofBelow[below.ofFine[f]];
      below = { cells, ofFine };
      levels.set(resolution, below);
    }
    control.onProgress?.(1);
    return new CaseCells(fineOf, levels);
  }

  /** The distinct cells at a resolution (6–10). */
  cellsAt(resolution: number): readonly string[] {
    return this.level(resolution).cells;
  }

  /**
   * Cases per cell at a resolution (6–10) for a window of report days and the filters: one pass
   * over the cases' typed columns, no h3 calls.
   */
  countsIn(store: CaseStore, resolution: number, window: CaseWindow): CellCounts {
    const level = this.level(resolution);
    const tally = new Uint32Array(level.cells.length);
    const { ofFine } = level;
    const fineOf = this.fineOf;
    forEachCaseInWindow(store, window, (i) => tally[ofFine[fineOf[i]]]++);
    let used = 0;
    for (let c = 0; c < tally.length; c++) if (tally[c] > 0) used++;
    const cells = new Array<string>(used);
    const counts = new Uint32Array(used);
    for (let c = 0, n = 0; c < tally.length; c++) {
      if (tally[c] === 0) continue;
      cells[n] = level.cells[c];
      counts[n++] = tally[c];
    }
    return { resolution, cells, counts };
  }

  private level(resolution: number): Level {
    const level = this.levels.get(resolution);
    if (!level)
      throw new RangeError(
        `Case cells are kept at resolutions ${COARSE_RESOLUTION}–${FINE_RESOLUTION}, not ${resolution}`,
      );
    return level;
  }
}
