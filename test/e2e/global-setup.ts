import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The build and its server, shared by the e2e projects (both name this setup; the app is built once). */
interface SharedServer {
  url: Promise<string>;
  users: number;
  server?: PreviewServer;
}
const shared = globalThis as typeof globalThis & { __cordonE2eServer?: SharedServer };

async function buildAndServe(state: SharedServer): Promise<string> {
  // vitest sets NODE_ENV=test, which would give a development build of React; test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // Mode e2e: a production build that also installs the test hooks (src/ui/planner/test-hooks.ts).
  await build({ mode: 'e2e', logLevel: 'warn' });
  process.env.NODE_ENV = nodeEnv;
  state.server = await preview({
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = state.server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return url.replace(/\/$/, '');
}

/** Builds the app once and serves the build on localhost for every e2e spec. */
export default async function setup(project: TestProject) {
  let state = shared.__cordonE2eServer;
  if (!state) {
    state = { users: 0 } as SharedServer;
    state.url = buildAndServe(state);
    shared.__cordonE2eServer = state;
  }
  state.users += 1;
  project.provide('baseUrl', await state.url);
  const mine = state;
  return async () => {
    mine.users -= 1;
    if (mine.users === 0) {
      await mine.server?.close();
      delete shared.__cordonE2eServer;
    }
  };
}
