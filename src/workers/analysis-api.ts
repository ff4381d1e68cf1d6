import { summarizeCases, type CaseStore } from '../domain/cases/case-store';
import type { CountedFigures, DataPayload, DataSummary } from '../types/analysis-data';
import { densityGrid } from '../domain/households/density-grid';
import { householdAt, householdTotals, type HouseholdStore } from '../domain/households/household-store';
import type { HouseholdRecord } from '../domain/households/household-record';
import { forEachPointInArea } from '../domain/households/count-in-areas';
import type { AreaGeometry } from '../domain/geo/types';
import { meters } from '../domain/geo/types';
import { loadDemoStores, type DemoFileName, type DemoLoadProgress } from '../io/demo-data/load-demo';
import { DEMO_DATASETS } from '../io/demo-data/demo-datasets';
import { memoryDatasetStorage, type DatasetStorage } from '../io/dataset-storage';
import type { ReadChoices } from '../io/import/import-file';
import type { BBox } from '../domain/geo/types';
import type { DatasetRef } from '../domain/plan/plan';
import { DatasetRegistry } from './dataset-registry';
import { createCaseApi } from './case-api';
import { createPublishApi } from './publish-api';
import { createNoticeApi } from './notice-api';
import type { PlaceInput } from '../domain/publish/gazetteer';
import type { DistrictArea } from '../domain/publish/case-aggregates';
import { planDistrict } from '../io/districts';
import {
  FiguresCounter,
  keptRingsFor,
  type CountedZone,
  type KeptRings,
  type CountedCases,
} from '../domain/figures/plan-figures';
import { GridIndex } from '../domain/households/grid-index';
import type { Site } from '../domain/sites/site';
import type { ListKind } from '../io/import/import-types';
import { siteFigures } from '../domain/sites/site-figures';
import type { CoverageSettings } from '../domain/plan/plan';
import type { PlanningRates } from '../domain/figures/planning-needs';
import { dayFromIsoDate } from '../domain/time/day-number';
import type { District, RingSettings } from '../domain/zones/effective-tiers';
import { loadPolygonEngine, type PolygonEngine } from '../domain/zones/polygon-engine';
import { checkZones, type ZoneCheck } from '../domain/zones/zone-checks';
import type { Zone } from '../domain/zones/zone';
import { importZonesFromGeoJson, type ZoneImportOptions, type ZoneImportResult } from '../io/zones/zone-geojson-import';
import {
  ImportSession,
  type ImportPreview,
  type ImportProgress,
  type ImportFile,
  type ImportSettings,
  type InspectResult,
} from './import-session';

/** How many counts' case days are kept for the clocks that may still ask for them. */
const KEPT_COUNTS = 4;

export type FetchDemoFile = (name: DemoFileName, signal?: AbortSignal) => Promise<Response>;

/**
 * The analysis API that the worker exposes. It owns the columnar stores; the main thread only
 * gets copies to draw. Every long call takes a task id that `cancel` can stop.
 */
/** What the API needs from where it runs; each has a default that works in Node. */
export interface AnalysisEnvironment {
  storage?: DatasetStorage;
  /** Loads the polygon engine (a bundled worker says where its .wasm file is). */
  loadEngine?: () => Promise<PolygonEngine>;
  /** Loads the district boundaries (the precaution area's district mode and publications use them). */
  loadDistricts?: () => Promise<DistrictArea[]>;
  /** Loads the named places a publication's search list holds (the demo's compounds). */
  loadPlaces?: () => Promise<PlaceInput[]>;
}

/** What the sites' figures are counted with: the plan's sites and settings, and the day it is read on. */
export interface SitesRequest {
  sites: Site[];
  coverage: CoverageSettings;
  rates: PlanningRates;
  asOf: string;
}

export function createAnalysisApi(fetchFile: FetchDemoFile, environment: AnalysisEnvironment = {}) {
  const storage = environment.storage ?? memoryDatasetStorage();
  const loadEngine = environment.loadEngine ?? (() => loadPolygonEngine());
  let districtAreas: Promise<DistrictArea[]> | undefined;
  /** The districts, loaded on first use; none (the ring is used, and the panel says so) if they cannot be read. */
  const districtAreasOnce = () =>
    (districtAreas ??= (environment.loadDistricts?.() ?? Promise.resolve([])).catch(() => []));
  let districts: Promise<District[]> | undefined;
  const districtsOnce = () => (districts ??= districtAreasOnce().then((areas) => areas.map(planDistrict)));
  const registry = new DatasetRegistry(storage);
  const session = new ImportSession();
  const tasks = new Map<string, AbortController>();
  /** The counter over the active data (with its point index), made on first use after each activation. */
  let counter: FiguresCounter | undefined;
  /** The point index over the active households, shared by the counter and the household lists. */
  let householdIndex: GridIndex | undefined;
  /** The sealed zones' rings, kept while the households stay (another case list needs no new rings). */
  let rings: { households: HouseholdStore; kept: KeptRings } | undefined;

  async function task<T>(taskId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    tasks.set(taskId, controller);
    try {
      return await work(controller.signal);
    } finally {
      tasks.delete(taskId);
    }
  }

  /** Each count's cases inside its zones and tiers, by its id (the last KEPT_COUNTS counts); forgotten when the active data changes. */
  const countedDays = new Map<number, CountedCases>();
  let lastCountId = 0;

  const cases = createCaseApi(() => registry.current()?.cases, task, {
    loadEngine,
    countedCases: (countId) => countedDays.get(countId),
  });

  const publishing = createPublishApi(
    () => registry.current()?.cases,
    () => registry.current()?.households,
    loadEngine,
    districtAreasOnce,
    environment.loadPlaces ?? (async () => []),
  );

  const notices = createNoticeApi(
    () => {
      const active = registry.current();
      if (!active) return undefined;
      householdIndex ??= new GridIndex(active.households.lng, active.households.lat);
      return { households: active.households, index: householdIndex };
    },
    environment.loadPlaces ?? (async () => []),
  );

  return {
    ...cases,
    ...publishing,
    ...notices,

    /** Loads the embedded demo data into the registry (not yet active); the old data stays on failure. */
    async loadDemo(taskId: string, onProgress?: (progress: DemoLoadProgress) => void): Promise<void> {
      await task(taskId, async (signal) => {
        const stores = await loadDemoStores(fetchFile, { signal, onProgress });
        const [households, cases] = DEMO_DATASETS;
        await registry.add({ ref: households, households: stores.households }, false);
        await registry.add({ ref: cases, cases: stores.cases }, false);
      });
    },

    /** Makes the named datasets the data the plan counts with, and returns what to draw. */
    async activate(ids: string[]): Promise<DataPayload> {
      const active = await registry.activate(ids);
      counter = undefined;
      householdIndex = undefined;
      countedDays.clear();
      cases.reset();
      return { ...renderPayload(active.households, active.cases), missing: active.missing };
    },

    /**
     * The planning figures for the plan's valid zones and ring settings: per exclusive effective
     * tier and per zone, with the effective areas to draw. Only changed zones are counted again.
     */
    async figures(
      zones: CountedZone[],
      settings: RingSettings,
      operations?: SitesRequest,
    ): Promise<CountedFigures | undefined> {
      const engine = await loadEngine();
      const boundaries = settings.precautionMode === 'district' ? await districtsOnce() : [];
      const active = registry.current();
      if (!active) return undefined;
      const index = (householdIndex ??= new GridIndex(active.households.lng, active.households.lat));
      if (rings?.households !== active.households) rings = { households: active.households, kept: keptRingsFor() };
      counter ??= new FiguresCounter(engine, active.households, index, active.cases, rings.kept);
      const figures = counter.count(zones, settings, boundaries);
      const countId = ++lastCountId;
      // The case days of the last few counts, so a clock asked for a count pairs with its zones.
      countedDays.set(countId, counter.countedCases());
      for (const id of countedDays.keys()) if (id <= countId - KEPT_COUNTS) countedDays.delete(id);
      if (!operations) return { ...figures, countId };
      const sites = siteFigures({
        counter,
        figures,
        zones,
        households: active.households,
        index,
        cases: active.cases,
        sites: operations.sites,
        coverage: operations.coverage,
        rates: operations.rates,
        asOfDay: dayFromIsoDate(operations.asOf) ?? 0,
      });
      return { ...figures, countId, sites };
    },

    /**
     * A zone file read and checked here, off the main thread (a zone of 100 000 vertices takes a
     * few hundred milliseconds to check). The zones come back with placeholder ids; the plan gives them theirs.
     */
    importZoneFile(bytes: Uint8Array, options: Omit<ZoneImportOptions, 'newId'>): ZoneImportResult {
      let next = 0;
      return importZonesFromGeoJson(bytes, { ...options, newId: () => `imported-${++next}` });
    },

    /** Overlaps between the given (valid) zones and gaps within a tier, for the check panel. */
    async checkZones(zones: Zone[]): Promise<ZoneCheck[]> {
      return checkZones(await loadEngine(), zones);
    },

    /**
     * The household records inside an area (a zone's own shape, edges counting as inside), for a
     * door-to-door list. Internal: they may hold addresses, and never go to the public map.
     */
    householdsIn(area: AreaGeometry): HouseholdRecord[] {
      const active = registry.current();
      if (!active) return [];
      const index = (householdIndex ??= new GridIndex(active.households.lng, active.households.lat));
      const records: HouseholdRecord[] = [];
      forEachPointInArea(index, area, (i) => records.push(householdAt(active.households, i)));
      return records;
    },

    /** Stops a running task; it then rejects with an AbortError. Unknown ids are ignored. */
    cancel(taskId: string): void {
      tasks.get(taskId)?.abort();
    },

    /** Counts of the active data. */
    summary(): DataSummary | undefined {
      const active = registry.current();
      return active
        ? { households: householdTotals(active.households), cases: summarizeCases(active.cases) }
        : undefined;
    },

    /** Reads a file to import (or the last one again with other choices) and says what it found. */
    inspectImport(
      taskId: string,
      file: ImportFile | undefined,
      choices: ReadChoices,
      onProgress?: (progress: ImportProgress) => void,
      listKind?: ListKind,
    ): Promise<InspectResult> {
      return task(taskId, (signal) =>
        session.inspect(file, choices, registry.current()?.households, signal, onProgress, listKind),
      );
    },

    /** Checks every row; the result waits in the worker for commit or discard. */
    checkImport(
      taskId: string,
      settings: ImportSettings,
      context: { jurisdiction: BBox; today: string; sites?: Site[] },
      onProgress?: (progress: ImportProgress) => void,
    ): Promise<ImportPreview> {
      // A site list is checked against the plan's sites (which the page holds), records against the datasets.
      const planSites = new Map((context.sites ?? []).map((site) => [site.id, site]));
      const existing = (kind: ListKind) =>
        kind === 'sites' ? (id: string) => planSites.get(id) : registry.existing(kind);
      return task(taskId, (signal) => session.check(settings, { ...context, existing }, signal, onProgress));
    },

    /** Hands the checked site list to the page, which adds it to the plan as one step. */
    commitSiteImport(): { sites: Site[]; fileName: string } {
      return session.commitSites();
    },

    /** Keeps the checked records as a dataset (in memory and storage); the plan then names it to count it. */
    async commitImport(id: string, importedAt: string): Promise<DatasetRef> {
      const dataset = session.commit(id, importedAt);
      await registry.add(dataset, true);
      return dataset.ref;
    },

    /** Forgets the file being imported. */
    discardImport(): void {
      session.discard();
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;

function renderPayload(households: HouseholdStore, cases: CaseStore): Omit<DataPayload, 'missing'> {
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
  };
}

/** The buffers of a load result, to hand over without copying. */
export function transferables(result: DataPayload): ArrayBuffer[] {
  return [
    result.householdPoints.positions.buffer,
    result.householdPoints.households.buffer,
    result.density.lng.buffer,
    result.density.lat.buffer,
    result.density.households.buffer,
  ] as ArrayBuffer[];
}
