import { parseJsonText } from '../json-position';
import { FORBIDDEN_KEYS } from './column-roles';
import type { ParsedTable } from './parse-table';

export type JsonTableResult =
  | { ok: true; table: ParsedTable; unlocated: number[] }
  | { ok: false; key: string; values?: Record<string, string | number> };

const MAX_DEPTH = 64;

/** Depth of nesting, without recursion, so a 100 000-deep file cannot overflow the stack (A12). */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === ']' || c === '}') depth--;
  }
  return false;
}

const asCell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * Reads case or household points given as GeoJSON (FeatureCollection, Feature, of Points) or as
 * a JSON array of objects, into the same table a CSV gives, so one pipeline checks them all.
 * Feature properties become columns (own keys only; `__proto__`-like keys are refused), and a
 * point's coordinates become `lng` and `lat`. A feature with a null geometry is kept as an
 * unlocated row, counted, never placed at (0, 0) (HOSTILE-INPUTS C1, C2, C5, C13, C19).
 */
export function tableFromJson(text: string): JsonTableResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (tooDeep(clean)) return { ok: false, key: 'jsonTooDeep', values: { depth: MAX_DEPTH } };
  const json = parseJsonText(clean);
  if (!json.ok) return { ok: false, key: 'importNotJson', values: { line: json.line, column: json.column } };
  const value = json.value;
  let items: unknown[];
  let geo = false;
  const type = (value as { type?: unknown } | null)?.type;
  if (Array.isArray(value)) items = value;
  else if (type === 'FeatureCollection' && Array.isArray((value as { features?: unknown }).features)) {
    items = (value as { features: unknown[] }).features;
    geo = true;
  } else if (type === 'Feature') {
    items = [value];
    geo = true;
  } else return { ok: false, key: 'importNotGeoJson', values: { type: String(type).slice(0, 40) } };

  const headers: string[] = geo ? ['lng', 'lat'] : [];
  const columnOf = new Map(headers.map((h, i) => [h, i]));
  const records: Record<string, string>[] = [];
  const unlocated: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const row: Record<string, string> = Object.create(null);
    let properties: unknown = item;
    if (geo) {
      const feature = item as { type?: unknown; geometry?: unknown; properties?: unknown } | null;
      if (!feature || feature.type !== 'Feature') return { ok: false, key: 'jsonItemNotFeature', values: { item: i + 1 } };
      const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null;
      if (geometry === null) unlocated.push(i + 1);
      else if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) return { ok: false, key: 'jsonItemNotPoint', values: { item: i + 1, type: String(geometry?.type).slice(0, 30) } };
      else {
        // GeoJSON coordinates must be numbers: text keeps its quotes, so the row is refused as such (C13).
        const [lng, lat] = geometry.coordinates as unknown[];
        row.lng = typeof lng === 'number' ? String(lng) : JSON.stringify(lng ?? null);
        row.lat = typeof lat === 'number' ? String(lat) : JSON.stringify(lat ?? null);
      }
      properties = feature.properties ?? {};
    }
    if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return { ok: false, key: 'jsonItemNotObject', values: { item: i + 1 } };
    for (const key of Object.keys(properties)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, key: 'jsonForbiddenKey', values: { item: i + 1, key } };
      if (!columnOf.has(key)) {
        columnOf.set(key, headers.length);
        headers.push(key);
      }
      row[key] = asCell((properties as Record<string, unknown>)[key]);
    }
    records.push(row);
  }
  if (records.length === 0) return { ok: false, key: 'importEmpty' };
  const rows = records.map((record) => headers.map((header) => record[header] ?? ''));
  // Items are numbered like lines, so a report can say "item 12".
  return { ok: true, table: { delimiter: '', headers, rows, lines: rows.map((_, i) => i + 1), broken: [], blankLines: 0 }, unlocated };
}
