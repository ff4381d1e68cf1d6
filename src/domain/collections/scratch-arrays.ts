/**
 * Working typed arrays kept between builds and grown on demand, by name: an index built often
 * (every zone, on every count from scratch) reuses them instead of allocating its temporaries
 * anew. One owner per instance, one build at a time (a worker runs one thing at once).
 */
export class ScratchArrays {
  private readonly floatArrays = new Map<string, Float64Array<ArrayBuffer>>();
  private readonly intArrays = new Map<string, Int32Array<ArrayBuffer>>();

  /** The array `name`, at least `length` long; when it grows, its first `keep` values come along. */
  floats(name: string, length: number, keep = 0): Float64Array<ArrayBuffer> {
    return ensure(this.floatArrays, name, length, keep, (size) => new Float64Array(size));
  }

  /** As floats, for 32-bit integers. */
  ints(name: string, length: number, keep = 0): Int32Array<ArrayBuffer> {
    return ensure(this.intArrays, name, length, keep, (size) => new Int32Array(size));
  }
}

/** What both kinds of array offer that growing one needs. */
interface Growable {
  readonly length: number;
  set(values: ArrayLike<number>): void;
  subarray(from: number, to: number): ArrayLike<number>;
}

function ensure<T extends Growable>(
  arrays: Map<string, T>,
  name: string,
  length: number,
  keep: number,
  make: (size: number) => T,
): T {
  const old = arrays.get(name);
  if (old && old.length >= length) return old;
  // At least double, so that growing one element at a time costs little.
  const array = make(Math.max(length, 2 * (old?.length ?? 0)));
  if (old && keep > 0) array.set(old.subarray(0, keep));
  arrays.set(name, array);
  return array;
}
