/**
 * Line and column (1-based) of a character offset in a text, for messages about JSON files:
 * "line 12, column 5" is something a person can find in an editor.
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse that reports where the text stops being JSON, instead of throwing. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; line: number; column: number; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(detail);
    const where = lineColumnAt(text, match ? Number(match[1]) : text.length);
    return { ok: false, ...where, detail };
  }
}

/**
 * A value from an untrusted file, as short text for a message: strings cut to `max`, arrays and
 * objects named, never stringified (a value nested a million deep would overflow the stack).
 */
export function shortText(value: unknown, max = 40): string {
  if (typeof value === 'string') return value.slice(0, max);
  if (Array.isArray(value)) return `[…${value.length}]`;
  if (value && typeof value === 'object') return '{…}';
  return String(value).slice(0, max);
}
