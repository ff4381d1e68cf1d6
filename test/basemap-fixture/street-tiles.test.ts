import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PATH, streetFixture } from './street-tiles';

describe('the street basemap fixture', () => {
  it('regenerates from its script byte for byte', () => {
    expect(Buffer.from(streetFixture()).equals(readFileSync(FIXTURE_PATH))).toBe(true);
  });
});
