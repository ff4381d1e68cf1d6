import type * as maplibregl from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { CaseRecord } from '../../domain/cases/case-record';
import type { PlanFigures } from '../../domain/figures/plan-figures';
import { serializePlan } from '../../io/project-file/project-file';
import type { MapController } from '../../map/map-controller';
import { currentPlan } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { analysisClient } from '../../workers/analysis-client';

declare global {
  interface Window {
    /** Test hook: the map controller, and the maplibre map and deck overlay it owns. */
    __cordon?: { controller: MapController; map: maplibregl.Map; overlay: MapLibreOverlay };
    /** Test hook: the working plan as project-file text. */
    __cordonPlan?: () => string;
    /** Test hook: the figures the panel shows. */
    __cordonFigures?: () => PlanFigures | undefined;
    /** Test hook: an active case's fields by its id, from the analysis worker. */
    __cordonCaseById?: (id: string) => Promise<CaseRecord | undefined>;
    /** Test hook: makes the next `times` calls of a worker method fail (src/workers/fault-injection.ts). */
    __cordonInjectWorkerFailure?: (method: string, times: number) => Promise<void>;
  }
}

/**
 * What the end-to-end tests read of the page. Loaded only by builds made for the tests
 * (`vite build --mode e2e`); returns the function that takes the hooks away again.
 */
export function installTestHooks(controller: MapController): () => void {
  window.__cordon = { controller, ...controller.testHandles() };
  window.__cordonPlan = () => serializePlan(currentPlan());
  window.__cordonFigures = () => usePlannerStore.getState().figures;
  window.__cordonCaseById = (id) => analysisClient().caseById(id);
  window.__cordonInjectWorkerFailure = (method, times) =>
    (analysisClient() as unknown as { injectFailure(method: string, times: number): Promise<void> }).injectFailure(
      method,
      times,
    );
  return () => {
    delete window.__cordonInjectWorkerFailure;
    delete window.__cordon;
    delete window.__cordonPlan;
    delete window.__cordonFigures;
    delete window.__cordonCaseById;
  };
}
