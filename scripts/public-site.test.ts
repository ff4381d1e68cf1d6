import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenModules, PUBLIC_CSP, PLANNER_CSP, publicSiteHeaders } from './public-site';

describe('the public site', () => {
  it('is served with the policy and cache headers the README tells a web server to send', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(PUBLIC_CSP);
    expect(publicSiteHeaders('/public.html')).toMatchObject({
      'Content-Security-Policy': PUBLIC_CSP,
      'Cache-Control': 'no-cache',
      'Referrer-Policy': 'no-referrer',
    });
    expect(publicSiteHeaders('/risk/latest.json')['Cache-Control']).toBe('no-cache');
    expect(publicSiteHeaders('/risk/snapshot-3-0123456789ab.json')['Cache-Control']).toContain('immutable');
    expect(publicSiteHeaders('/assets/public-AbC123.js')['Cache-Control']).toContain('immutable');
    // The planner's page has its own policy (README, "The planner's Content-Security-Policy").
    expect(readme).toContain(PLANNER_CSP);
    expect(publicSiteHeaders('/index.html')).toEqual({
      'Content-Security-Policy': PLANNER_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(publicSiteHeaders('/')['Content-Security-Policy']).toBe(PLANNER_CSP);
    expect(PLANNER_CSP).not.toContain("'unsafe-eval'");
  });

  it('refuses a bundle with planner, drawing, deck.gl or turf modules', () => {
    expect(
      forbiddenModules([
        '/repo/src/ui/public/public-page.ts',
        '/repo/src/domain/publish/answer.ts',
        '/repo/node_modules/maplibre-gl/dist/maplibre-gl.mjs',
        '/repo/src/ui/planner/toolbar.tsx',
        '/repo/node_modules/@deck.gl/core/dist/index.js',
        '/repo/node_modules/terra-draw/dist/terra-draw.module.js',
        '/repo/node_modules/@turf/area/dist/esm/index.js',
        '/repo/src/state/plan-store.ts',
      ]),
    ).toEqual([
      '/repo/src/ui/planner/toolbar.tsx',
      '/repo/node_modules/@deck.gl/core/dist/index.js',
      '/repo/node_modules/terra-draw/dist/terra-draw.module.js',
      '/repo/node_modules/@turf/area/dist/esm/index.js',
      '/repo/src/state/plan-store.ts',
    ]);
  });
});
