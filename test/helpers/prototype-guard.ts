/**
 * Issue 19, item 9: after every unit test (every catalogue fixture among them), no prototype has
 * gained a key and `({}).polluted` is undefined. Set up for the unit project in vite.config.ts.
 */
import { afterEach, expect } from 'vitest';

const PROTOTYPES = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
};
const keysOf = () =>
  Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]),
  );
const before = keysOf();

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined();
  expect(keysOf(), 'a prototype gained or lost a key').toEqual(before);
});
