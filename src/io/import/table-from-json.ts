import { lineColumnAt, parseJsonText } from '../json-position';
import { FORBIDDEN_KEYS } from './column-roles';
import type { ParsedTable } from './parse-table';
import type { DeclaredCrs } from './coordinates';

export type JsonTableResult =
  | {
      ok: true;
      table: ParsedTable;
      rowProblems: [number, string][];
      declaredCrs?: DeclaredCrs;
      transforms: Record<string, number>;
    }
  | { ok: false; key: string; values?: Record<string, string | number> };

const MAX_DEPTH = 64;

/**
 * One pass over the text, without recursion, so a 100 000-deep file cannot overflow the stack
 * (A12): how deep it nests, and the first object key that appears twice in one object (C9), which
 * JSON.parse would silently resolve to the last.
 */
function scanStructure(
  text: string,
): { tooDeep: true } | { tooDeep: false; duplicate?: { key: string; offset: number } } {
  const keys: Set<string>[] = [];
  const isObject: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      if (depth > 0 && isObject[depth - 1]) {
        let j = i + 1;
        while (j < text.length && (text[j] === ' ' || text[j] === '\n' || text[j] === '\r' || text[j] === '\t')) j++;
        if (text[j] === ':') {
          const key = text.slice(start + 1, i);
          const seen = keys[depth - 1];
          if (seen.has(key)) return { tooDeep: false, duplicate: { key, offset: start } };
          seen.add(key);
        }
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_DEPTH) return { tooDeep: true };
      isObject[depth - 1] = c === 123;
      keys[depth - 1] = new Set();
    } else if (c === 125 || c === 93) depth--;
  }
  return { tooDeep: false };
}

/** Legacy GeoJSON `crs` members Cordon understands (C10): Web Mercator is converted, CGCS2000 read as WGS-84. */
const LEGACY_CRS: Record<string, DeclaredCrs> = {
  'urn:ogc:def:crs:ogc:1.3:crs84': 'wgs84',
  'urn:ogc:def:crs:epsg::4326': 'wgs84',
  'epsg:4326': 'wgs84',
  'urn:ogc:def:crs:epsg::4490': 'cgcs2000',
  'epsg:4490': 'cgcs2000',
  'urn:ogc:def:crs:epsg::3857': 'epsg3857',
  'epsg:3857': 'epsg3857',
  'urn:ogc:def:crs:epsg::900913': 'epsg3857',
  'epsg:900913': 'epsg3857',
};

const asCell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * Reads case or household points given as GeoJSON (FeatureCollection, Feature, of Points) or as
 * a JSON array of objects, into the same table a CSV gives, so one pipeline checks them all.
 * Feature properties become columns (own keys only; `__proto__`-like keys are refused), and a
 * point's coordinates become `lng` and `lat`. A feature with a null geometry is kept as an
 * unlocated row, counted, never placed at (0, 0) (catalogue row C1, C2, C5, C13, C19); a feature's
 * `id` is its identifier (C17); Z is dropped and 4-D positions refused (C12); a legacy `crs` member
 * is honoured (C10); duplicate keys and bad bboxes refuse the file (C9, C11).
 */
export function tableFromJson(text: string): JsonTableResult {
  const clean = text.replace(/^\uFEFF/, '');
  const json = parseJsonText(clean);
  if (!json.ok)
    return {
      ok: false,
      key: /\b(NaN|Infinity)\b/.test(clean) ? 'jsonNonFinite' : 'importNotJson',
      values: { line: json.line, column: json.column },
    };
  const structure = scanStructure(clean);
  if (structure.tooDeep) return { ok: false, key: 'jsonTooDeep', values: { depth: MAX_DEPTH } };
  if (structure.duplicate)
    return {
      ok: false,
      key: 'jsonDuplicateKey',
      values: { key: structure.duplicate.key.slice(0, 40), ...lineColumnAt(clean, structure.duplicate.offset) },
    };
  let value = json.value;
  let declaredCrs: DeclaredCrs | undefined;
  const transforms: Record<string, number> = {};
  const legacy = (value as { crs?: { properties?: { name?: unknown } } } | null)?.crs;
  if (legacy) {
    const name = String(legacy.properties?.name ?? '').toLowerCase();
    declaredCrs = LEGACY_CRS[name];
    if (!declaredCrs) return { ok: false, key: 'jsonUnknownCrs', values: { name: name.slice(0, 60) } };
  }
  const bbox = (value as { bbox?: unknown } | null)?.bbox;
  if (bbox !== undefined && (!Array.isArray(bbox) || (bbox.length !== 4 && bbox.length !== 6)))
    return { ok: false, key: 'jsonBadBbox' };
  // A bare Point geometry is one located row (C2).
  if ((value as { type?: unknown } | null)?.type === 'Point')
    value = { type: 'Feature', properties: {}, geometry: value };
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
  const rowProblems: [number, string][] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const row: Record<string, string> = Object.create(null);
    let properties: unknown = item;
    if (geo) {
      const feature = item as { type?: unknown; geometry?: unknown; properties?: unknown } | null;
      if (!feature || feature.type !== 'Feature')
        return { ok: false, key: 'jsonItemNotFeature', values: { item: i + 1 } };
      const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null;
      const id = (feature as { id?: unknown }).id;
      if (geometry === null) rowProblems.push([i + 1, 'rowUnlocated']);
      else if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates))
        return {
          ok: false,
          key: 'jsonItemNotPoint',
          values: { item: i + 1, type: String(geometry?.type).slice(0, 30) },
        };
      else if (geometry.coordinates.length > 3) rowProblems.push([i + 1, 'rowPositionDimensions']);
      else {
        // GeoJSON coordinates must be numbers: text keeps its quotes, so the row is refused as such (C13).
        const [lng, lat] = geometry.coordinates as unknown[];
        row.lng = typeof lng === 'number' ? String(lng) : JSON.stringify(lng ?? null);
        row.lat = typeof lat === 'number' ? String(lat) : JSON.stringify(lat ?? null);
        if (geometry.coordinates.length === 3) transforms.zDropped = (transforms.zDropped ?? 0) + 1;
      }
      // A feature's own id is its identifier (C17); an object id cannot be one.
      if (id !== undefined && id !== null) {
        if (typeof id === 'object') rowProblems.push([i + 1, 'rowIdObject']);
        else {
          if (!columnOf.has('id')) {
            columnOf.set('id', headers.length);
            headers.push('id');
          }
          row.id = String(id);
        }
      }
      properties = feature.properties ?? {};
    }
    if (!properties || typeof properties !== 'object' || Array.isArray(properties))
      return { ok: false, key: 'jsonItemNotObject', values: { item: i + 1 } };
    for (const key of Object.keys(properties)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, key: 'jsonForbiddenKey', values: { item: i + 1, key } };
      if (geo && key === 'id' && row.id !== undefined) continue;
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
  return {
    ok: true,
    table: { delimiter: '', headers, rows, lines: rows.map((_, i) => i + 1), broken: [], blankLines: 0 },
    rowProblems,
    declaredCrs,
    transforms,
  };
}
