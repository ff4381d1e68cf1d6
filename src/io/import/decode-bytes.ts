/** The encodings an import can be read in; the user may override what was detected. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type FileKindProblem = 'empty' | 'xlsx-as-text' | 'binary';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; detected: boolean; bomStripped: boolean }
  | { ok: false; problem: FileKindProblem };

/** Images, PDFs and archives that arrive renamed as .csv or .geojson (A10): PNG, JPEG, GIF, PDF, gzip, 7z, old Excel. */
const BINARY_SIGNATURES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0xd0, 0xcf, 0x11, 0xe0],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * Decodes an uploaded file's bytes. A BOM decides (UTF-8, UTF-16LE/BE) and is stripped; otherwise
 * strict UTF-8 is tried, and GB18030 (a superset of GBK, what Chinese Excel writes as "CSV") on
 * failure, so mojibake never gets in silently (catalogue row A3–A6). Workbooks and binary files
 * are named, not decoded (A9, A10).
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncodingName): DecodeResult {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, problem: 'xlsx-as-text' };
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return { ok: false, problem: 'binary' };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
    ? ('utf-8' as const)
    : startsWith(bytes, [0xff, 0xfe])
      ? ('utf-16le' as const)
      : startsWith(bytes, [0xfe, 0xff])
        ? ('utf-16be' as const)
        : undefined;
  const bomLength = bom === 'utf-8' ? 3 : bom ? 2 : 0;
  const body = bytes.subarray(bomLength);
  if (!bom && !override) {
    const sample = body.subarray(0, 4096);
    const zeros = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
    if (zeros > sample.length / 10) return { ok: false, problem: 'binary' };
  }
  const encoding: TextEncodingName = override ?? bom ?? 'utf-8';
  let text: string;
  let chosen = encoding;
  if (!override && !bom) {
    // One strict UTF-8 pass: it either is the text, or proves the file is not UTF-8.
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      chosen = 'gb18030';
      text = new TextDecoder('gb18030').decode(body);
    }
  } else text = new TextDecoder(encoding).decode(body);
  return {
    ok: true,
    text: text.replace(/^\uFEFF/, ''),
    encoding: chosen,
    detected: !override,
    bomStripped: bomLength > 0,
  };
}

/** Lines that hold U+FFFD after decoding: bytes that could not be read (A7). 1-based line numbers. */
export function linesWithUndecodableBytes(text: string, limit = 100): number[] {
  const lines: number[] = [];
  if (text.indexOf('\uFFFD') === -1) return lines;
  let line = 1;
  for (let i = 0; i < text.length && lines.length < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if (code === 0xfffd && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}
