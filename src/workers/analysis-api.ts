import { caseAt, summarizeCases, type CaseStore, type CaseSummary } from '../domain/cases/case-store';
import type { CaseRecord } from '../domain/cases/case-record';
import { densityGrid } from '../domain/households/density-grid';
import { householdTotals, type HouseholdStore, type HouseholdTotals } from '../domain/households/household-store';
import { meters } from '../domain/geo/types';
import { loadDemoStores, type DemoFileName, type DemoLoadProgress } from '../io/demo-data/load-demo';

/** What the planner shows about the loaded data. */
export interface DataSummary {
  households: HouseholdTotals;
  cases: CaseSummary;
}

/** Household points for the map: interleaved [lng, lat] pairs and the household count of each. */
export interface HouseholdPoints {
  length: number;
  positions: Float64Array;
  households: Uint32Array;
}

/** Households summed on a 500 m grid, for the density layer at city zoom. */
export interface HouseholdDensity {
  length: number;
  lng: Float64Array;
  lat: Float64Array;
  households: Float64Array;
}

export interface DemoLoadResult {
  summary: DataSummary;
  householdPoints: HouseholdPoints;
  density: HouseholdDensity;
  cases: CaseRecord[];
}

export type FetchDemoFile = (name: DemoFileName, signal?: AbortSignal) => Promise<Response>;

/**
 * The analysis API that the worker exposes. It owns the columnar stores; the main thread only
 * gets copies to draw. Every long call takes a task id that `cancel` can stop.
 */
export function createAnalysisApi(fetchFile: FetchDemoFile) {
  let households: HouseholdStore | undefined;
  let cases: CaseStore | undefined;
  const tasks = new Map<string, AbortController>();

  return {
    /** Loads the embedded demo data, replacing whatever the worker held; the old data stays on failure. */
    async loadDemo(taskId: string, onProgress?: (progress: DemoLoadProgress) => void): Promise<DemoLoadResult> {
      const controller = new AbortController();
      tasks.set(taskId, controller);
      try {
        const stores = await loadDemoStores(fetchFile, { signal: controller.signal, onProgress });
        households = stores.households;
        cases = stores.cases;
        return renderPayload(stores.households, stores.cases);
      } finally {
        tasks.delete(taskId);
      }
    },

    /** Stops a running task; it then rejects with an AbortError. Unknown ids are ignored. */
    cancel(taskId: string): void {
      tasks.get(taskId)?.abort();
    },

    /** Counts of what the worker holds now. */
    summary(): DataSummary | undefined {
      return households && cases ? { households: householdTotals(households), cases: summarizeCases(cases) } : undefined;
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;

function renderPayload(households: HouseholdStore, cases: CaseStore): DemoLoadResult {
  const positions = new Float64Array(households.length * 2);
  for (let i = 0; i < households.length; i++) {
    positions[2 * i] = households.lng[i];
    positions[2 * i + 1] = households.lat[i];
  }
  const grid = densityGrid(households, meters(500));
  return {
    summary: { households: householdTotals(households), cases: summarizeCases(cases) },
    householdPoints: { length: households.length, positions, households: households.households.slice() },
    density: { length: grid.length, lng: grid.lng, lat: grid.lat, households: grid.households },
    cases: Array.from({ length: cases.length }, (_, i) => caseAt(cases, i)),
  };
}

/** The buffers of a load result, to hand over without copying. */
export function transferables(result: DemoLoadResult): ArrayBuffer[] {
  return [
    result.householdPoints.positions.buffer,
    result.householdPoints.households.buffer,
    result.density.lng.buffer,
    result.density.lat.buffer,
    result.density.households.buffer,
  ] as ArrayBuffer[];
}
