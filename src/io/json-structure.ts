import { lineColumnAt } from './json-position';

/**
 * The deepest nesting a zone file needs: FeatureCollection → features → Feature → geometry →
 * MultiPolygon coordinates (polygons → rings → positions), with room for properties.
 */
export const MAX_JSON_DEPTH = 32;

export type JsonStructureProblem =
  | { kind: 'too-deep'; line: number; column: number; feature?: number; depth: number }
  | { kind: 'duplicate-key'; line: number; column: number; feature?: number; key: string };

interface Frame {
  object: boolean;
  /** Keys seen in this object. */
  keys?: Set<string>;
  /** Elements seen so far in this array (the index of the one being read). */
  items: number;
  /** The key under which this container sits in its parent object. */
  key?: string;
}

/**
 * Reads a JSON text's structure without building it: the first object key given twice in one
 * object (JSON.parse keeps the last silently, so `"tier"` twice would be last-wins) and nesting
 * past `maxDepth` (a position nested a million deep). Problems carry the line, the column and,
 * inside a FeatureCollection's `features`, the 1-based feature number. Run before JSON.parse;
 * text that is not JSON at all is left for JSON.parse to place.
 */
export function checkJsonStructure(text: string, maxDepth = MAX_JSON_DEPTH): JsonStructureProblem | undefined {
  const stack: Frame[] = [];
  let pendingKey: string | undefined;
  let expectKey = false;
  const feature = (): number | undefined => {
    const list = stack[1];
    return stack[0]?.object && list && !list.object && list.key === 'features' ? list.items + 1 : undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end === -1) return undefined;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92 /* \ */) slashes++;
        if (slashes % 2 === 0) break;
        end++;
      }
      const top = stack[stack.length - 1];
      if (top?.object && expectKey) {
        const raw = text.slice(i + 1, end);
        let key = raw;
        if (raw.includes('\\')) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            return undefined;
          }
        }
        if (top.keys?.has(key))
          return { kind: 'duplicate-key', ...lineColumnAt(text, i), feature: feature(), key: key.slice(0, 40) };
        top.keys?.add(key);
        pendingKey = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= maxDepth)
        return { kind: 'too-deep', ...lineColumnAt(text, i), feature: feature(), depth: maxDepth };
      const parent = stack[stack.length - 1];
      stack.push({
        object: c === 123,
        keys: c === 123 ? new Set() : undefined,
        items: 0,
        key: parent?.object ? pendingKey : undefined,
      });
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) expectKey = true;
      else if (top) top.items++;
    }
  }
  return undefined;
}
