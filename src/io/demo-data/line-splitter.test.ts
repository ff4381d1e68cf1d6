import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineSplitter } from './line-splitter';

const split = (chunks: string[]) => {
  const lines: [string, number][] = [];
  const splitter = new LineSplitter((line, n) => lines.push([line, n]));
  chunks.forEach((chunk) => splitter.push(chunk));
  splitter.end();
  return lines;
};

describe('LineSplitter', () => {
  it('splits LF and CRLF and numbers lines from 1', () => {
    expect(split(['a,b\r\nc', ',d\n', 'e'])).toEqual([
      ['a,b', 1],
      ['c,d', 2],
      ['e', 3],
    ]);
  });

  it('handles a CRLF split across chunks and a trailing CR', () => {
    expect(split(['a\r', '\nb\r'])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('gives the same lines however the text is chunked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'y', ',', '\n', '\r\n'), { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 8 }),
        (parts, cuts) => {
          const text = parts.join('');
          const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((from, i, all) => text.slice(from, all[i + 1] ?? text.length));
          expect(split(chunks)).toEqual(split([text]));
        },
      ),
    );
  });
});
