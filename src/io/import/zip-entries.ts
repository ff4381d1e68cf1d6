import { Inflate } from 'fflate';

/**
 * The entries of a zip file (an .xlsx workbook is one), read from its central directory, and each
 * entry's contents inflated as a stream with a bound. Sizes are checked before anything is
 * inflated, and again while inflating (a zip may lie about them): a zip bomb is refused in
 * milliseconds, not after gigabytes (docs/architecture.md, Limits).
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the central directory declares it. */
  size: number;
  localHeaderOffset: number;
}

export type ZipProblem =
  | { key: 'xlsxUnreadable'; values: { detail: string } }
  | { key: 'xlsxTooManyEntries'; values: { count: number; max: number } }
  | { key: 'xlsxTooLarge'; values: { part: string; megabytes: number; max: number } };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.key);
  }
}

/** More entries than a workbook has (a few dozen) by far. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Refuses a zip whose entries together declare more than `maxBytes`, before anything is inflated. */
export function checkDeclaredTotal(entries: Map<string, ZipEntry>, maxBytes: number): void {
  let total = 0;
  for (const entry of entries.values()) total += entry.size;
  checkDeclaredSize(
    { name: 'the workbook', method: 0, compressedSize: 0, size: total, localHeaderOffset: 0 },
    maxBytes,
  );
}

const unreadable = (detail: string) => new ZipError({ key: 'xlsxUnreadable', values: { detail } });

/** Every entry in the central directory; throws ZipError when the file is not a zip or is past the entry cap. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB (its comment is at most that long).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw unreadable('no zip directory found');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable('ZIP64 workbooks are not supported');
  if (count > MAX_ZIP_ENTRIES)
    throw new ZipError({ key: 'xlsxTooManyEntries', values: { count, max: MAX_ZIP_ENTRIES } });
  if (offset + directorySize > bytes.length) throw unreadable('the zip directory lies past the end of the file');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      throw unreadable('the zip directory is damaged');
    const nameLength = view.getUint16(offset + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    entries.set(entry.name, entry);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Refuses an entry whose declared size is past `maxBytes`, before a byte of it is inflated. */
export function checkDeclaredSize(entry: ZipEntry, maxBytes: number): void {
  if (entry.size > maxBytes)
    throw new ZipError({
      key: 'xlsxTooLarge',
      values: { part: entry.name, megabytes: Math.round(entry.size / 2 ** 20), max: Math.round(maxBytes / 2 ** 20) },
    });
}

/**
 * Inflates one entry, handing its contents on in chunks (`onChunk`), with `onProgress` (0–1 of
 * the compressed bytes) and a pause every megabyte so a cancel gets through. Stops with a
 * ZipError as soon as more than `maxBytes` come out, whatever the entry declared.
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
  control: { signal?: AbortSignal; onProgress?: (fraction: number) => void; pause?: () => Promise<void> } = {},
): Promise<void> {
  checkDeclaredSize(entry, maxBytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw unreadable(`${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method !== 0 && entry.method !== 8)
    throw unreadable(`${entry.name} uses compression method ${entry.method}`);
  if (entry.method === 0) checkDeclaredSize({ ...entry, size: data.length }, maxBytes);
  let inflated = 0;
  const take = (chunk: Uint8Array) => {
    inflated += chunk.length;
    if (inflated > maxBytes) checkDeclaredSize({ ...entry, size: inflated }, maxBytes);
    onChunk(chunk);
  };
  const inflate = entry.method === 8 ? new Inflate(take) : undefined;
  // Deflate expands at most about 1 032 times, and each push hands on all it inflated as one
  // chunk: 64 kB at a time keeps a chunk under 70 MB, where a megabyte of a zip bomb became one
  // chunk of a gigabyte and a string too long to make (test/hostile/resource-limits.test.ts).
  const step = 1 << 16;
  if (data.length === 0) inflate?.push(data, true);
  for (let from = 0; from < data.length; from += step) {
    if (control.signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
    const piece = data.subarray(from, from + step);
    try {
      if (inflate) inflate.push(piece, from + step >= data.length);
      else take(piece);
    } catch (error) {
      // fflate's own errors carry a numeric code; anything else came from onChunk and goes on as it is.
      if (typeof (error as { code?: unknown })?.code !== 'number') throw error;
      throw unreadable(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    control.onProgress?.(Math.min(1, (from + step) / data.length));
    await control.pause?.();
  }
}
