import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { publicSiteHeaders } from './scripts/public-site.ts';
import { clipperWithoutEval } from './scripts/clipper-without-eval.ts';

export default defineConfig({
  plugins: [
    react(),
    clipperWithoutEval(),
    {
      name: 'cordon-public-headers',
      // The public page's headers (CSP, caching) on `vite preview`, as the README tells a web server to send them.
      configurePreviewServer(server) {
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '/').split('?')[0];
          for (const [name, value] of Object.entries(publicSiteHeaders(path))) response.setHeader(name, value);
          next();
        });
      },
    },
  ],
  worker: { format: 'es', plugins: () => [clipperWithoutEval()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: { planner: resolve(import.meta.dirname, 'index.html') },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'data/**/*.test.ts',
            'cli/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/catalogue/**/*.test.ts',
            'test/hostile/**/*.test.ts',
            'test/golden/**/*.test.ts',
            'test/basemap-fixture/**/*.test.ts',
            'test/referee/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 60_000,
          setupFiles: ['test/helpers/prototype-guard.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // Software-rendered frames take 100–300 ms here: give polled expectations room.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One spec at a time: two at once on these two cores made each spec two to three times slower.
          fileParallelism: false,
        },
      },
    ],
  },
});
