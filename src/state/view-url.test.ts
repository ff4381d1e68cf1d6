import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatUrlView, parseUrlView } from './view-url';

describe('the view in the URL', () => {
  it('round-trips a view', () => {
    const view = {
      map: { zoom: 14.5, lat: 30.75361, lng: 120.76482 },
      date: '2022-04-20',
      window: 'custom' as const,
      from: '2022-04-10',
      zone: 'z-mx8qzx38-0-2ks8',
    };
    const hash = formatUrlView(view);
    expect(hash).toBe(
      '#map=14.50/30.75361/120.76482&date=2022-04-20&window=custom&from=2022-04-10&zone=z-mx8qzx38-0-2ks8',
    );
    expect(parseUrlView(hash)).toEqual(view);
    expect(formatUrlView({})).toBe('');
  });

  it('drops every part that is malformed or out of range, and never throws', () => {
    expect(
      parseUrlView('#map=99/30/120&date=2022-02-30&window=forever&from=<script>&zone=a%22onerror%3Dalert(1)'),
    ).toEqual({});
    expect(parseUrlView('#map=12/95/120')).toEqual({});
    expect(parseUrlView(`#zone=${'x'.repeat(101)}`)).toEqual({});
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const hash = formatUrlView(parseUrlView(text));
        expect(formatUrlView(parseUrlView(hash))).toBe(hash);
      }),
      { numRuns: 2000 },
    );
  });
});
