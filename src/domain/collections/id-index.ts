/**
 * Strings by the order they were added, with a number kept for each: an import's accepted records
 * by id (with the line each came from), or the distinct H3 cells of the cases. An open-addressing table over typed
 * arrays with FNV-1a hashes, sized up front: for a million rows several times faster here than a
 * Map with string keys, and with far less garbage.
 */
export class IdIndex {
  private ids: string[];
  private lines: Int32Array;
  private hashes: Int32Array;
  /** Slot → 1 + record index, 0 when empty. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const capacity = Math.max(16, expected);
    this.ids = new Array<string>(capacity);
    this.lines = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The last id looked up and its hash: `add` after a missed `get` (the common case) hashes once. */
  private lastId = '';
  private lastHash = fnv1a('');

  private hashOf(id: string): number {
    if (id !== this.lastId) {
      this.lastId = id;
      this.lastHash = fnv1a(id);
    }
    return this.lastHash;
  }

  /** The index of the record with this id, or -1. */
  get(id: string): number {
    const hash = this.hashOf(id);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === hash && this.ids[entry - 1] === id) return entry - 1;
    }
  }

  /** The line of the record at an index. */
  lineAt(index: number): number {
    return this.lines[index];
  }

  /** Adds the next record's id (not in the index yet) and its line; its index is the count so far. */
  add(id: string, line: number): void {
    const index = this.count++;
    if (index >= this.lines.length) this.growArrays();
    if (this.count * 2 > this.slots.length) this.growSlots();
    const hash = this.hashOf(id);
    this.ids[index] = id;
    this.lines[index] = line;
    this.hashes[index] = hash;
    this.place(hash, index + 1);
  }

  private place(hash: number, entry: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry;
  }

  private growArrays(): void {
    const capacity = this.lines.length * 2;
    const lines = new Int32Array(capacity);
    lines.set(this.lines);
    this.lines = lines;
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
    this.ids.length = capacity;
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let index = 0; index < this.count - 1; index++) this.place(this.hashes[index], index + 1);
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
