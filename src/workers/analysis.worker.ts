/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { createAnalysisApi, transferables } from './analysis-api';
import { indexedDbDatasetStorage } from '../io/dataset-storage';
import { loadPolygonEngine } from '../domain/zones/polygon-engine';
import { DISTRICTS_FILE, readDistrictAreas } from '../io/districts';
import { withFaults } from './fault-injection';
import { readPlaces } from '../io/publish/read-places';
import clipperWasmUrl from 'clipper2-wasm/dist/es/clipper2z.wasm?url';

const demoBase = new URL(`${import.meta.env.BASE_URL}demo/`, self.location.origin);
const base = new URL(import.meta.env.BASE_URL, self.location.origin);
const api = createAnalysisApi((name, signal) => fetch(new URL(name, demoBase), { signal }), {
  storage: indexedDbDatasetStorage(),
  // Bundled, the .wasm file is where Vite put it, not beside the module.
  loadEngine: () => loadPolygonEngine({ locateFile: () => clipperWasmUrl }),
  loadDistricts: async () => readDistrictAreas(await (await fetch(new URL(DISTRICTS_FILE, base))).json()),
  loadPlaces: async () => readPlaces(await (await fetch(new URL('compounds.geojson', demoBase))).json()).places,
});

/** The worker's face: the same API, with load results handed over as transferables. */
const exposed = {
  ...api,
  async activate(ids: string[]) {
    const result = await api.activate(ids);
    return Comlink.transfer(result, transferables(result));
  },
  async checkImport(...args: Parameters<typeof api.checkImport>) {
    const preview = await api.checkImport(...args);
    return Comlink.transfer(preview, [preview.points.buffer as ArrayBuffer]);
  },
};

export type ExposedAnalysisApi = typeof exposed;

// Builds for the end-to-end tests can make any call fail on request (src/workers/fault-injection.ts);
// other builds drop the branch and, with it, the module. Exposed at once, not after an await:
// a call posted before the worker listens would be lost.
Comlink.expose(import.meta.env.MODE === 'e2e' ? withFaults(exposed) : exposed);
