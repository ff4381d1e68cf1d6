import type { HouseholdRecord } from './household-record';

/**
 * Household records as columns of typed arrays (docs/architecture.md, Computation): about 26 bytes a record plus its id
 * strings, against roughly 300 bytes for a GeoJSON feature.
 */
export interface HouseholdStore {
  readonly length: number;
  readonly ids: string[];
  readonly gridIds: string[];
  /** Kept only when the planner chose to (internal, for door-to-door lists); '' otherwise. */
  readonly addresses: string[];
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  readonly households: Uint32Array;
  readonly residents: Uint32Array;
}

/** Appends records one at a time and hands out a compact store at the end. */
export class HouseholdStoreBuilder {
  private size = 0;
  private ids: string[];
  private gridIds: string[];
  private addresses: string[];
  private lng: Float64Array;
  private lat: Float64Array;
  private households: Uint32Array;
  private residents: Uint32Array;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(1, initialCapacity);
    // Sized up front, so that a million records do not grow three arrays of strings a dozen times.
    this.ids = new Array<string>(capacity);
    this.gridIds = new Array<string>(capacity);
    this.addresses = new Array<string>(capacity);
    this.lng = new Float64Array(capacity);
    this.lat = new Float64Array(capacity);
    this.households = new Uint32Array(capacity);
    this.residents = new Uint32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  add(record: HouseholdRecord): void {
    this.addValues(
      record.id,
      record.lng,
      record.lat,
      record.households,
      record.residents,
      record.gridId ?? '',
      record.address ?? '',
    );
  }

  /** The same as add, from values ('' for no grid or address), without a record object to make. */
  addValues(
    id: string,
    lng: number,
    lat: number,
    households: number,
    residents: number,
    gridId: string,
    address: string,
  ): void {
    if (this.size === this.lng.length) this.grow();
    const index = this.size++;
    this.ids[index] = id;
    this.gridIds[index] = gridId;
    this.addresses[index] = address;
    this.lng[index] = lng;
    this.lat[index] = lat;
    this.households[index] = households;
    this.residents[index] = residents;
  }

  /** The record at an index added so far. */
  at(index: number): HouseholdRecord {
    const record: HouseholdRecord = {
      id: this.ids[index],
      lng: this.lng[index],
      lat: this.lat[index],
      households: this.households[index],
      residents: this.residents[index],
    };
    if (this.gridIds[index]) record.gridId = this.gridIds[index];
    if (this.addresses[index]) record.address = this.addresses[index];
    return record;
  }

  private grow(): void {
    const capacity = this.lng.length * 2;
    this.ids.length = capacity;
    this.gridIds.length = capacity;
    this.addresses.length = capacity;
    const copy = <T extends Float64Array | Uint32Array>(from: T, make: (n: number) => T): T => {
      const to = make(capacity);
      to.set(from);
      return to;
    };
    this.lng = copy(this.lng, (n) => new Float64Array(n));
    this.lat = copy(this.lat, (n) => new Float64Array(n));
    this.households = copy(this.households, (n) => new Uint32Array(n));
    this.residents = copy(this.residents, (n) => new Uint32Array(n));
  }

  /** The store, trimmed to its length. The builder must not be used afterwards. */
  build(): HouseholdStore {
    const n = this.size;
    this.ids.length = n;
    this.gridIds.length = n;
    this.addresses.length = n;
    return {
      length: n,
      ids: this.ids,
      gridIds: this.gridIds,
      addresses: this.addresses,
      lng: this.lng.slice(0, n),
      lat: this.lat.slice(0, n),
      households: this.households.slice(0, n),
      residents: this.residents.slice(0, n),
    };
  }
}

/** Sums over a household store. */
export interface HouseholdTotals {
  records: number;
  households: number;
  residents: number;
}

export function householdTotals(store: HouseholdStore): HouseholdTotals {
  let households = 0;
  let residents = 0;
  for (let i = 0; i < store.length; i++) {
    households += store.households[i];
    residents += store.residents[i];
  }
  return { records: store.length, households, residents };
}

/** The record at an index, as a plain object. */
export function householdAt(store: HouseholdStore, index: number): HouseholdRecord {
  return {
    id: store.ids[index],
    lng: store.lng[index],
    lat: store.lat[index],
    households: store.households[index],
    residents: store.residents[index],
    gridId: store.gridIds[index] || undefined,
    address: store.addresses[index] || undefined,
  };
}

/** One store holding the records of several, in order. */
export function concatHouseholdStores(stores: readonly HouseholdStore[]): HouseholdStore {
  if (stores.length === 1) return stores[0];
  const n = stores.reduce((sum, store) => sum + store.length, 0);
  const joined = {
    length: n,
    ids: stores.flatMap((store) => store.ids),
    gridIds: stores.flatMap((store) => store.gridIds),
    addresses: stores.flatMap((store) => store.addresses),
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    households: new Uint32Array(n),
    residents: new Uint32Array(n),
  };
  let offset = 0;
  for (const store of stores) {
    joined.lng.set(store.lng, offset);
    joined.lat.set(store.lat, offset);
    joined.households.set(store.households, offset);
    joined.residents.set(store.residents, offset);
    offset += store.length;
  }
  return joined;
}
