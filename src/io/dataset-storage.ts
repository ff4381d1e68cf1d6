import { openDB } from 'idb';
import type { CaseStore } from '../domain/cases/case-store';
import type { HouseholdStore } from '../domain/households/household-store';
import type { DatasetRef } from '../domain/plan/plan';

/** A dataset's records as the worker holds them, with the reference the plan keeps. */
export interface StoredDataset {
  ref: DatasetRef;
  households?: HouseholdStore;
  cases?: CaseStore;
}

/** Where imported records are kept between sessions, by dataset id. */
export interface DatasetStorage {
  put(dataset: StoredDataset): Promise<void>;
  get(id: string): Promise<StoredDataset | undefined>;
}

/** Datasets in this browser's IndexedDB (typed arrays are stored as they are, by structured clone). */
export function indexedDbDatasetStorage(): DatasetStorage {
  const database = openDB('cordon-datasets', 1, {
    upgrade(db) {
      db.createObjectStore('datasets');
    },
  });
  return {
    async put(dataset) {
      await (await database).put('datasets', dataset, dataset.ref.id);
    },
    async get(id) {
      return (await (await database).get('datasets', id)) as StoredDataset | undefined;
    },
  };
}

/** Datasets in memory only, for Node and tests. */
export function memoryDatasetStorage(): DatasetStorage {
  const kept = new Map<string, StoredDataset>();
  return {
    async put(dataset) {
      kept.set(dataset.ref.id, dataset);
    },
    async get(id) {
      return kept.get(id);
    },
  };
}
