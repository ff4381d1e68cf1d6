import factory, { type ClipperModule, type ClipperModuleOptions, type PathsD } from 'clipper2-wasm';

/**
 * A closed ring in a local metric plane: x, y and an unused 0 for each vertex, in metres, the
 * first vertex not repeated (the layout Clipper2's WebAssembly build takes and gives).
 */
export type Ring = Float64Array;

/** Clipper2 is asked for two decimals of a metre (centimetres)... */
const PRECISION = 2;
/**
 * ...and works on a binary grid at least that fine: 1/128 m, the power of two above 10^PRECISION
 * (Clipper2's ClipperD). Every vertex it returns is a multiple of 1/GRID_PER_METER.
 */
export const GRID_PER_METER = 2 ** (Math.floor(Math.log2(10 ** PRECISION)) + 1);

/**
 * Polygon set operations on rings: unions, differences and intersections under the non-zero
 * rule, and outward offsets with round joins. Clipper2 in WebAssembly: about five times the speed
 * of its TypeScript port here, which is what keeps deriving 100 zones' rings within 100 ms. The
 * one engine for every boolean operation on zones (docs/architecture.md, Computation).
 */
export interface PolygonEngine {
  union(rings: readonly Ring[]): Ring[];
  difference(subject: readonly Ring[], clip: readonly Ring[]): Ring[];
  intersection(subject: readonly Ring[], clip: readonly Ring[]): Ring[];
  /** Grows the area by `delta` metres; round corners stray at most `arcTolerance` metres inside the true arc. */
  inflate(rings: readonly Ring[], delta: number, arcTolerance: number): Ring[];
  /** Drops vertices that move the outline by less than `epsilon` metres. */
  simplify(rings: readonly Ring[], epsilon: number): Ring[];
}

/** The engine over a loaded module. Every object made in WebAssembly memory is freed before a call returns. */
export function clipperEngine(module: ClipperModule): PolygonEngine {
  const toPaths = (rings: readonly Ring[]): PathsD => {
    const paths = new module.PathsD();
    for (const ring of rings) {
      const path = new module.PathD();
      path.assign(ring);
      paths.push_back(path);
      path.delete();
    }
    return paths;
  };
  const fromPaths = (paths: PathsD): Ring[] => {
    const rings: Ring[] = [];
    for (let i = 0; i < paths.size(); i++) {
      const path = paths.get(i);
      rings.push(path.view().slice());
      path.delete();
    }
    paths.delete();
    return rings;
  };
  /** Runs an operation on rings copied in, copies the result out, and frees both. */
  const run = (inputs: (readonly Ring[])[], operation: (...paths: PathsD[]) => PathsD): Ring[] => {
    const paths = inputs.map(toPaths);
    try {
      return fromPaths(operation(...paths));
    } finally {
      for (const path of paths) path.delete();
    }
  };
  const { NonZero } = module.FillRule;
  return {
    union: (rings) => (rings.length ? run([rings], (paths) => module.UnionSelfD(paths, NonZero, PRECISION)) : []),
    difference: (subject, clip) => {
      if (subject.length === 0) return [];
      if (clip.length === 0) return [...subject];
      return run([subject, clip], (a, b) => module.DifferenceD(a, b, NonZero, PRECISION));
    },
    intersection: (subject, clip) =>
      subject.length && clip.length ? run([subject, clip], (a, b) => module.IntersectD(a, b, NonZero, PRECISION)) : [],
    inflate: (rings, delta, arcTolerance) =>
      rings.length
        ? run([rings], (paths) =>
            module.InflatePathsD(
              paths,
              delta,
              module.JoinType.Round,
              module.EndType.Polygon,
              2,
              PRECISION,
              arcTolerance,
            ),
          )
        : [],
    simplify: (rings, epsilon) =>
      rings.length ? run([rings], (paths) => module.SimplifyPathsD(paths, epsilon, true)) : [],
  };
}

let loading: Promise<{ engine: PolygonEngine; module: ClipperModule }> | undefined;

/**
 * Loads Clipper2's WebAssembly once per thread. In Node the module finds its .wasm file itself;
 * a bundled page or worker says where the bundler put it (`locateFile`).
 */
export async function loadPolygonEngine(options?: ClipperModuleOptions): Promise<PolygonEngine> {
  loading ??= factory(options).then((module) => ({ engine: clipperEngine(module), module }));
  return (await loading).engine;
}

/** Bytes of WebAssembly memory in use by the loaded engine, for tests that look for leaks. */
export async function polygonEngineMemory(): Promise<number> {
  if (!loading) await loadPolygonEngine();
  return (await (loading as NonNullable<typeof loading>)).module.HEAPU8.length;
}
