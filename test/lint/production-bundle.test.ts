import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The hooks the end-to-end tests read (src/ui/planner/test-hooks.ts), case records among them, and the
 * module that installs them. (MapController.testHandles stays in the class; nothing in production calls it.)
 */
const TEST_HOOKS = ['__cordon', 'installTestHooks', 'injectFailure', 'injected failure'];

/** The bundle `npm start` and a deployment ship holds no test hook: they are built only in mode e2e. */
describe('production bundle', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'cordon-prod-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('contains none of the test hooks', async () => {
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const scripts = readdirSync(join(outDir, 'assets')).filter((name) => /\.m?js$/.test(name));
    expect(scripts.length).toBeGreaterThan(0);
    const found = scripts.flatMap((name) => {
      const text = readFileSync(join(outDir, 'assets', name), 'utf8');
      return TEST_HOOKS.filter((hook) => text.includes(hook)).map((hook) => `${hook} in ${name}`);
    });
    expect(found).toEqual([]);
  });
});
