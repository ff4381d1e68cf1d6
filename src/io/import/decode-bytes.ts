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
 * The evidence for UTF-8 in bytes that strict UTF-8 refused: how many multi-byte sequences are
 * valid UTF-8, and how many bytes are not. GBK text read as UTF-8 is nearly all invalid; a UTF-8
 * file with a few bad bytes (or one GBK row pasted in) is nearly all valid.
 */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= n;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok && length === 3) ok = !(byte === 0xe0 && bytes[i + 1] < 0xa0) && !(byte === 0xed && bytes[i + 1] > 0x9f);
    if (ok && length === 4) ok = !(byte === 0xf0 && bytes[i + 1] < 0x90) && !(byte === 0xf4 && bytes[i + 1] > 0x8f);
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII (digits, commas, line breaks) has a zero in
 * every other byte, on one side. Undefined when the zeros say nothing of the kind.
 */
function utf16ByZeros(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  if (odd >= pairs * 0.3 && even <= odd * 0.05) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= even * 0.05) return 'utf-16be';
  return undefined;
}

/** Whether the bytes decode strictly in an encoding (no byte left unread). */
function decodesStrictly(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes an uploaded file's bytes, choosing one encoding for the whole file from the evidence
 * (catalogue rows A3–A7): a BOM decides (UTF-8, UTF-16LE/BE) and is stripped; UTF-16 without a
 * BOM is told by its zero bytes; then strict UTF-8. When UTF-8 fails, the file stays UTF-8 if
 * most of its multi-byte sequences are valid UTF-8 (the bytes that are not become U+FFFD, and
 * their rows are refused, never re-read as GB18030 mojibake); otherwise it is GB18030 (a
 * superset of GBK, what Chinese Excel writes as "CSV"). Workbooks and binary files are named, not
 * decoded (A9, A10).
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
  const done = (text: string, encoding: TextEncodingName): DecodeResult => ({
    ok: true,
    text: text.replace(/^\uFEFF/, ''),
    encoding,
    detected: !override,
    bomStripped: bomLength > 0,
  });
  if (override || bom) {
    const encoding = override ?? (bom as TextEncodingName);
    return done(new TextDecoder(encoding).decode(body), encoding);
  }
  const sample = body.subarray(0, 4096);
  const zeros = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (zeros > sample.length / 10) {
    const utf16 = utf16ByZeros(sample);
    const text = utf16 && decodesStrictly(body, utf16);
    return text === undefined || !utf16 ? { ok: false, problem: 'binary' } : done(text, utf16);
  }
  // One strict UTF-8 pass: it either is the text, or proves the file is not all UTF-8.
  const utf8 = decodesStrictly(body, 'utf-8');
  if (utf8 !== undefined) return done(utf8, 'utf-8');
  const evidence = utf8Evidence(body);
  if (evidence.valid >= evidence.invalid) return done(new TextDecoder('utf-8').decode(body), 'utf-8');
  return done(new TextDecoder('gb18030').decode(body), 'gb18030');
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
