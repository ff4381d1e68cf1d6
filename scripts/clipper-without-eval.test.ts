import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clipperEngine, loadPolygonEngine, type PolygonEngine, type Ring } from '../src/domain/zones/polygon-engine';
import { clipperWithoutEval } from './clipper-without-eval';

const DIST = resolve('node_modules/clipper2-wasm/dist/es');
/** A square as the engine takes rings: x, y, z triples (z unused). */
const square = (x: number, y: number, side: number): Ring =>
  Float64Array.of(x, y, 0, x + side, y, 0, x + side, y + side, 0, x, y + side, 0);
const sorted = (rings: Ring[]) => rings.map((ring) => [...ring].map((v) => Math.round(v * 1e6) / 1e6)).sort();

describe('Clipper2 without eval (the planner CSP has no unsafe-eval)', () => {
  it('makes no code from text, and gives the figures the original bindings give', async () => {
    const id = join(DIST, 'clipper2z.js');
    const plugin = clipperWithoutEval();
    const transform = plugin.transform as (code: string, id: string) => { code: string };
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const patched = transform.call(context, readFileSync(id, 'utf8'), id).code;
    expect(patched).not.toContain('new Function');
    const path = join(mkdtempSync(join(tmpdir(), 'cordon-clipper-')), 'clipper2z.mjs');
    writeFileSync(path, patched);
    const a = square(0, 0, 10);
    const b = square(5, 5, 10);
    const beside = square(10, 0, 10);
    const run = (engine: PolygonEngine) =>
      [
        engine.union([a, b]),
        engine.union([a, beside]),
        engine.difference([a], [b]),
        engine.intersection([a], [b]),
        engine.inflate([a], 2, 0.01),
        engine.simplify([a], 0.5),
      ].map(sorted);
    const expected = run(await loadPolygonEngine());
    const realFunction = globalThis.Function;
    try {
      // Any code the bindings still made from text would now throw, as the browser's policy makes it.
      globalThis.Function = function refused() {
        throw new EvalError('code made from text');
      } as unknown as FunctionConstructor;
      const { default: factory } = await import(/* @vite-ignore */ pathToFileURL(path).href);
      const module = await factory({ locateFile: () => join(DIST, 'clipper2z.wasm') });
      expect(run(clipperEngine(module))).toEqual(expected);
    } finally {
      globalThis.Function = realFunction;
    }
  });

  it('stops the build when the bindings are not what it expects', () => {
    const plugin = clipperWithoutEval();
    const transform = plugin.transform as (code: string, id: string) => unknown;
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    expect(() => transform.call(context, 'export default 1', join(DIST, 'clipper2z.js'))).toThrow(
      /not found as expected/,
    );
    expect(transform.call(context, 'export default 1', '/x/other.js')).toBeUndefined();
  });
});
