import type { StringKey } from '../../i18n/strings';
import { decodeBytes, linesWithUndecodableBytes, type TextEncodingName } from '../import/decode-bytes';

/**
 * A zone file's bytes as text, in the encoding the evidence points to (UTF-8, GB18030, UTF-16
 * with or without a BOM), the same detection as a data import. A zone import is all or nothing,
 * so bytes that decode under no encoding refuse the file, with the lines named, instead of
 * storing zone names with U+FFFD in them.
 */
export function zoneFileText(
  bytes: Uint8Array,
):
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; problem: { key: StringKey; values?: Record<string, string | number> } } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: { key: `file_${decoded.problem}` } };
  const lines = linesWithUndecodableBytes(decoded.text, 5);
  if (lines.length > 0)
    return {
      ok: false,
      problem: {
        key: 'importUndecodable',
        values: { lines: lines.join(', '), encoding: decoded.encoding.toUpperCase() },
      },
    };
  return { ok: true, text: decoded.text, encoding: decoded.encoding };
}
