/** Damaged versions of a good JSON document: one value replaced, removed or buried, or the text cut. */
import fc from 'fast-check';
import { NASTY_NUMBERS, NASTY_TEXT } from './hostile-files';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values a damaged document may hold where a good one had something else. */
export const nastyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 2,
    [],
    {},
    [[[[[]]]]],
    [120.75, 30.75, 0, 0],
    ['120.75', '30.75'],
    { type: 'Point', coordinates: [200, 95] },
  ),
  fc.constantFrom<Json>(...NASTY_TEXT, ...NASTY_NUMBERS),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** Every path into a value (at most `limit`, breadth first), so a mutation can pick one. */
function paths(value: Json, limit = 4000): (string | number)[][] {
  const found: (string | number)[][] = [];
  const queue: [Json, (string | number)[]][] = [[value, []]];
  while (queue.length && found.length < limit) {
    const [node, path] = queue.shift() as [Json, (string | number)[]];
    found.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => queue.push([child, [...path, i]]));
    else if (node && typeof node === 'object')
      for (const key of Object.keys(node)) queue.push([node[key], [...path, key]]);
  }
  return found;
}

/** A copy of `value` with the value at one path replaced, deleted, renamed to a prototype key, or wrapped deep. */
function mutateAt(value: Json, pick: number, how: number, replacement: Json): Json {
  const copy = structuredClone(value);
  const all = paths(copy);
  const path = all[pick % all.length];
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1];
  switch (how % 4) {
    case 0:
      parent[last] = replacement;
      break;
    case 1:
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 2: {
      // The key becomes "__proto__" (an own key, as JSON.parse makes it) holding the old value.
      const old = parent[last];
      if (!Array.isArray(parent)) delete parent[last];
      Object.defineProperty(parent, '__proto__', { value: old, enumerable: true, writable: true, configurable: true });
      break;
    }
    default: {
      let deep: Json = parent[last];
      for (let i = 0; i < 64; i++) deep = [deep];
      parent[last] = deep;
    }
  }
  return copy;
}

/** Text of a damaged `good`: a mutated value (one to three times), or the good text cut or with a byte changed. */
export function damagedJson(good: Json): fc.Arbitrary<string> {
  const mutated = fc
    .array(fc.tuple(fc.nat(), fc.nat(), nastyJson), { minLength: 1, maxLength: 3 })
    .map((steps) =>
      JSON.stringify(steps.reduce((value, [pick, how, replacement]) => mutateAt(value, pick, how, replacement), good)),
    );
  const text = JSON.stringify(good);
  const cut = fc.nat({ max: text.length }).map((at) => text.slice(0, at));
  const changed = fc
    .tuple(
      fc.nat({ max: Math.max(0, text.length - 1) }),
      fc.constantFrom('"', '{', ']', ',', '\\', '\u0000', '1e999', 'NaN'),
    )
    .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at + 1));
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: cut }, { weight: 1, arbitrary: changed });
}

export type { Json };
