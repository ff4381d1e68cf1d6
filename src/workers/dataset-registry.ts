import { caseAt, concatCaseStores, type CaseStore } from '../domain/cases/case-store';
import type { CaseRecord } from '../domain/cases/case-record';
import { concatHouseholdStores, householdAt, type HouseholdStore } from '../domain/households/household-store';
import type { HouseholdRecord } from '../domain/households/household-record';
import type { DatasetStorage, StoredDataset } from '../io/dataset-storage';

/** The data the plan counts with now: every active dataset's records, joined. */
export interface ActiveData {
  ids: string[];
  households: HouseholdStore;
  cases: CaseStore;
  /** Datasets the plan names whose records are not on this computer. */
  missing: string[];
}

/**
 * The datasets the worker knows (demo and imported, active or not). Activating a list of ids joins
 * their records; records are never changed in place, so undoing an import is just activating the
 * list without it.
 */
export class DatasetRegistry {
  private readonly known = new Map<string, StoredDataset>();
  private active: ActiveData | undefined;
  private byId: Map<string, number> | undefined;

  constructor(private readonly storage: DatasetStorage) {}

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** Keeps a dataset in memory (and, when `persist`, in storage for later sessions). */
  async add(dataset: StoredDataset, persist: boolean): Promise<void> {
    this.known.set(dataset.ref.id, dataset);
    if (persist) await this.storage.put(dataset);
  }

  /** Joins the named datasets (loading imported ones from storage when needed). */
  async activate(ids: readonly string[]): Promise<ActiveData> {
    const missing: string[] = [];
    const households: HouseholdStore[] = [];
    const cases: CaseStore[] = [];
    for (const id of ids) {
      let dataset = this.known.get(id);
      if (!dataset) {
        dataset = await this.storage.get(id).catch(() => undefined);
        if (dataset) this.known.set(id, dataset);
      }
      if (!dataset) missing.push(id);
      else if (dataset.households) households.push(dataset.households);
      else if (dataset.cases) cases.push(dataset.cases);
    }
    this.active = {
      ids: [...ids],
      households: concatHouseholdStores(households.length ? households : [EMPTY_HOUSEHOLDS]),
      cases: concatCaseStores(cases.length ? cases : [EMPTY_CASES]),
      missing,
    };
    this.byId = undefined;
    return this.active;
  }

  current(): ActiveData | undefined {
    return this.active;
  }

  /** The active record with this id, of the kind asked, for deduplication against the plan. */
  existing(kind: 'cases' | 'households'): (id: string) => CaseRecord | HouseholdRecord | undefined {
    const active = this.active;
    if (!active) return () => undefined;
    const store = kind === 'cases' ? active.cases : active.households;
    if (!this.byId || this.byIdKind !== kind) {
      this.byId = new Map(store.ids.map((id, index) => [id, index]));
      this.byIdKind = kind;
    }
    const byId = this.byId;
    return (id) => {
      const index = byId.get(id);
      if (index === undefined) return undefined;
      return kind === 'cases' ? caseAt(active.cases, index) : householdAt(active.households, index);
    };
  }

  private byIdKind: 'cases' | 'households' | undefined;
}

const EMPTY_HOUSEHOLDS: HouseholdStore = {
  length: 0,
  ids: [],
  gridIds: [],
  addresses: [],
  lng: new Float64Array(0),
  lat: new Float64Array(0),
  households: new Uint32Array(0),
  residents: new Uint32Array(0),
};
const EMPTY_CASES: CaseStore = {
  length: 0,
  ids: [],
  sourceFiles: [],
  sourceRows: new Uint32Array(0),
  lng: new Float64Array(0),
  lat: new Float64Array(0),
  reportedDay: new Int32Array(0),
  onsetDay: new Int32Array(0),
  kind: new Uint8Array(0),
  foundIn: new Uint8Array(0),
};
