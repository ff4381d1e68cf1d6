import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { publicSite } from './scripts/public-site.ts';

/**
 * The public risk map's own build (docs/architecture.md, Public map): public.html alone, so no
 * chunk is shared with the planner and its budget is its own. It writes dist-public/, the folder
 * to deploy (with only the basemap files and font the page uses, and the demo publication in
 * risk/), and copies it into the planner's dist/ so `npm start` serves /public.html too.
 */
export default defineConfig({
  plugins: [publicSite(import.meta.dirname)],
  build: {
    target: 'es2022',
    outDir: 'dist-public',
    emptyOutDir: true,
    copyPublicDir: false,
    // Source maps would publish the sources; the public build has none (privacy rule P9).
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { public: resolve(import.meta.dirname, 'public.html') } },
  },
});
