/**
 * A minimal PMTiles v3 writer for test fixtures (one root directory, no leaf directories), after
 * the specification at github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md. The app reads
 * archives with the `pmtiles` package; this only writes the small files the tests open.
 */
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface WrittenTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as stored (already compressed, if tileCompression says so). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: 1 | 2 | 3 | 4; // MVT, PNG, JPEG, WebP
  tileCompression: 1 | 2; // none, gzip
  bounds: [number, number, number, number];
  center: [number, number, number]; // lng, lat, zoom
  metadata: Record<string, unknown>;
}

function varints(values: number[]): Uint8Array {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  return Uint8Array.from(bytes);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** The directory's columns: count, tile-id deltas, run lengths, lengths, offsets (0 = right after the previous). */
function directory(entries: Entry[]): Uint8Array {
  const values = [entries.length];
  let last = 0;
  for (const entry of entries) {
    values.push(entry.tileId - last);
    last = entry.tileId;
  }
  for (const entry of entries) values.push(entry.runLength);
  for (const entry of entries) values.push(entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    values.push(i > 0 && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
  });
  return varints(values);
}

export function writePmtiles(tiles: WrittenTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles
    .map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const tile of sorted) {
    entries.push({ tileId: tile.tileId, offset, length: tile.data.length, runLength: 1 });
    offset += tile.data.length;
  }
  const root = gzipSync(directory(entries), { level: 9 });
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata), 'utf8'), { level: 9 });
  const header = new DataView(new ArrayBuffer(127));
  new Uint8Array(header.buffer).set(new TextEncoder().encode('PMTiles'), 0);
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  const rootOffset = 127;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, sorted.length);
  header.setUint8(96, 1); // clustered: tiles in tile-id order
  header.setUint8(97, 2); // internal compression: gzip
  header.setUint8(98, options.tileCompression);
  header.setUint8(99, options.tileType);
  header.setUint8(100, Math.min(...sorted.map((t) => t.z)));
  header.setUint8(101, Math.max(...sorted.map((t) => t.z)));
  const e7 = (value: number) => Math.round(value * 1e7);
  header.setInt32(102, e7(options.bounds[0]), true);
  header.setInt32(106, e7(options.bounds[1]), true);
  header.setInt32(110, e7(options.bounds[2]), true);
  header.setInt32(114, e7(options.bounds[3]), true);
  header.setUint8(118, options.center[2]);
  header.setInt32(119, e7(options.center[0]), true);
  header.setInt32(123, e7(options.center[1]), true);
  const out = new Uint8Array(dataOffset + offset);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const tile of sorted) {
    out.set(tile.data, at);
    at += tile.data.length;
  }
  return out;
}
