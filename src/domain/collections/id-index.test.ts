import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index';

describe('IdIndex', () => {
  it('answers as a Map would, for any ids in any order, however small it starts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.stringMatching(/^H[0-9]{1,6}$/)), { maxLength: 3000 }),
        fc.integer({ min: 0, max: 5000 }),
        (ids, expected) => {
          const index = new IdIndex(expected);
          const map = new Map<string, { index: number; line: number }>();
          ids.forEach((id, line) => {
            expect(index.get(id)).toBe(map.get(id)?.index ?? -1);
            if (!map.has(id)) {
              map.set(id, { index: map.size, line });
              index.add(id, line);
            }
          });
          expect(index.size).toBe(map.size);
          for (const [id, entry] of map) {
            expect(index.get(id)).toBe(entry.index);
            expect(index.lineAt(entry.index)).toBe(entry.line);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
