import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Chunks } from './xlsx-stream';
import { attribute, decodeEntities, MAX_PENDING, XmlError, XmlScanner } from './xml-scanner';

/** The tokens of an XML text fed in pieces of the given sizes. */
function tokens(text: string, cuts: number[]): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name, source, from, to, selfClosing) =>
      out.push(`<${name}${selfClosing ? '/' : ''} r=${attribute(source, from, to, 'r') ?? ''}`),
    text: (value) => value && out.push(`"${value}`),
    close: (name) => out.push(`</${name}`),
  });
  let from = 0;
  for (const cut of cuts) {
    scanner.push(text.slice(from, from + cut));
    from += cut;
  }
  scanner.push(text.slice(from));
  scanner.end();
  // Text may arrive in several pieces: join neighbours.
  return out.reduce<string[]>((joined, token) => {
    if (token.startsWith('"') && joined.at(-1)?.startsWith('"')) joined[joined.length - 1] += token.slice(1);
    else joined.push(token);
    return joined;
  }, []);
}

const SHEET =
  '<?xml version="1.0"?><!-- a note --><x:worksheet xmlns:x="m"><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>a&lt;b &amp; &#x5357;</x:t></x:is></x:c>' +
  '<x:c r="B2" s=\'1\' x:foo="a>b"><x:v>12</x:v></x:c><x:c r="C2"/><x:c><x:v><![CDATA[<raw>]]></x:v></x:c></x:row></x:worksheet>';

describe('the worksheet XML scanner', () => {
  it('reads prefixed names, attributes with > in them, entities, CDATA, comments and self-closing tags', () => {
    expect(tokens(SHEET, [])).toEqual([
      '<worksheet r=',
      '<row r=2',
      '<c r=A2',
      '<is r=',
      '<t r=',
      '"a<b & 南',
      '</t',
      '</is',
      '</c',
      '<c r=B2',
      '<v r=',
      '"12',
      '</v',
      '</c',
      '<c/ r=C2',
      '</c',
      '<c r=',
      '<v r=',
      '"<raw>',
      '</v',
      '</c',
      '</row',
      '</worksheet',
    ]);
  });

  it('reads an attribute only inside its tag, and refuses a stretch without markup longer than it waits on', () => {
    const text = '<c t="n"><v>1</v></c><c s="3"/>';
    // `s` is in the next tag, not this one.
    expect(attribute(text, 2, 8, 's')).toBeUndefined();
    expect(attribute(text, 2, 8, 't')).toBe('n');
    const scanner = new XmlScanner({ open: () => undefined, text: () => undefined, close: () => undefined });
    const megabyte = ' '.repeat(1 << 20);
    expect(() => {
      for (let i = 0; i <= MAX_PENDING / megabyte.length; i++) scanner.push(megabyte);
    }).toThrow(XmlError);
  });

  it('gives the same tokens whatever pieces the text comes in', () => {
    const whole = tokens(SHEET, []);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), (cuts) => {
        expect(tokens(SHEET, cuts)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes UTF-8 cut anywhere, as one decode would', () => {
    const bytes = new TextEncoder().encode('南湖区 a 😷 ✓ 嘉兴'.repeat(5));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 20 }), (cuts) => {
        const decoder = new Utf8Chunks();
        let text = '';
        let from = 0;
        for (const cut of cuts) {
          text += decoder.decode(bytes.subarray(from, from + cut));
          from += cut;
        }
        text += decoder.decode(bytes.subarray(from)) + decoder.end();
        expect(text).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves unknown entities as they are', () => {
    expect(decodeEntities('a &nbsp; &#0; &quot;')).toBe('a &nbsp; &#0; "');
  });
});
