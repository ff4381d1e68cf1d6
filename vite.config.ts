import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/** Specs that measure main-thread task lengths: they run alone, so that no other spec competes for the CPU. */
const timingSpecs = ['test/e2e/cases-time.e2e.ts', 'test/e2e/data-import.e2e.ts'];

const e2eProject = {
  environment: 'node' as const,
  globalSetup: ['test/e2e/global-setup.ts'],
  // Software-rendered frames take 100–300 ms here: give polled expectations room.
  expect: { poll: { timeout: 10_000, interval: 100 } },
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rollupOptions: { input: { planner: resolve(import.meta.dirname, 'index.html') } },
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
            'test/golden/**/*.test.ts',
            'test/basemap-fixture/**/*.test.ts',
            'test/referee/**/*.test.ts',
          ],
          testTimeout: 60_000,
          // Projects that run together share one limit: two files at a time (the machines have 2 cores).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          ...e2eProject,
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          exclude: timingSpecs,
          // Most of a spec's time is spent waiting for a frame or a worker: two specs at a time.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          ...e2eProject,
          name: 'e2e-timing',
          // The specs that measure main-thread tasks run alone, after the others.
          include: timingSpecs,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
