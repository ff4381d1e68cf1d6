import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the planner and the public site once and serves the build on localhost for every e2e spec. */
export default async function setup(project: TestProject) {
  // vitest sets NODE_ENV=test, which would give a development build of React; test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // Mode e2e: a production build that also installs the test hooks (src/ui/planner/test-hooks.ts).
  await build({ mode: 'e2e', logLevel: 'warn' });
  // The public risk map's own build into the same dist/, with the demo publication (scripts/public-site.ts).
  await build({ configFile: 'vite.public.config.ts', mode: 'e2e', logLevel: 'warn' });
  process.env.NODE_ENV = nodeEnv;
  const server: PreviewServer = await preview({
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
