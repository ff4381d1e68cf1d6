/**
 * The part of clipper2-wasm (Clipper2 compiled to WebAssembly) that polygon-engine.ts uses. The
 * package's own declarations sit where its package.json does not point, and pull in Emscripten's
 * ambient types; this is the subset, written from dist/clipper2z.d.ts of version 0.4.0.
 */
declare module 'clipper2-wasm' {
  interface Deletable {
    delete(): void;
  }
  /** Points as x, y, z triplets (z unused here). */
  export interface PathD extends Deletable {
    size(): number;
    view(): Float64Array;
    assign(coordinates: Float64Array): void;
  }
  export interface PathsD extends Deletable {
    push_back(path: PathD): void;
    size(): number;
    get(index: number): PathD;
  }
  interface EnumValue {
    value: number;
  }
  export interface ClipperModule {
    FillRule: { EvenOdd: EnumValue; NonZero: EnumValue; Positive: EnumValue; Negative: EnumValue };
    JoinType: { Square: EnumValue; Round: EnumValue; Miter: EnumValue };
    EndType: { Polygon: EnumValue; Joined: EnumValue; Butt: EnumValue; Square: EnumValue; Round: EnumValue };
    PathD: new () => PathD;
    PathsD: new () => PathsD;
    UnionSelfD(subjects: PathsD, fillRule: EnumValue, precision: number): PathsD;
    DifferenceD(subjects: PathsD, clips: PathsD, fillRule: EnumValue, precision: number): PathsD;
    IntersectD(subjects: PathsD, clips: PathsD, fillRule: EnumValue, precision: number): PathsD;
    InflatePathsD(
      paths: PathsD,
      delta: number,
      joinType: EnumValue,
      endType: EnumValue,
      miterLimit: number,
      precision: number,
      arcTolerance: number,
    ): PathsD;
    SimplifyPathsD(paths: PathsD, epsilon: number, isClosedPath: boolean): PathsD;
    /** The module's memory, to watch for leaks. */
    HEAPU8: Uint8Array;
  }
  export interface ClipperModuleOptions {
    /** Where the .wasm file is, for a bundler that moves it. */
    locateFile?: (file: string, scriptDirectory: string) => string;
  }
  const factory: (options?: ClipperModuleOptions) => Promise<ClipperModule>;
  export default factory;
}
