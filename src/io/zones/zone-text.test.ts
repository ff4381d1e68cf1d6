import { describe, expect, it } from 'vitest';
import { parseZoneText } from './zone-text';
import { parseCoordinate } from '../import/parse-values';
import { splitPairCell } from '../import/coordinates';

/** Ways a headquarters writes one position, each read the same by the importer and the coordinates dialog. */
const WRITTEN = [
  ['120.708,30.770', [120.708, 30.77]],
  ['１２０．７０８，３０．７７０', [120.708, 30.77]],
  ['１２０.７０８ ３０.７７０', [120.708, 30.77]],
  ['120°42′28.8″E 30°46′12″N', [120 + 42 / 60 + 28.8 / 3600, 30 + 46 / 60 + 12 / 3600]],
  ['+120.708；30.770', [120.708, 30.77]],
] as const;

describe('one reader of numbers for typed zones and imported files', () => {
  it.each(WRITTEN)('reads %s the same in both', (text, [lng, lat]) => {
    const pair = splitPairCell(text, 'lng-lat');
    expect(pair?.[0]).toBeCloseTo(lng, 9);
    expect(pair?.[1]).toBeCloseTo(lat, 9);
    const typed = parseZoneText([text, '120.71,30.78', '120.70,30.78'].join('\n'));
    expect(typed.ok, JSON.stringify(typed)).toBe(true);
    if (typed.ok && typed.geometry.type === 'Polygon') {
      expect(typed.geometry.coordinates[0][0][0]).toBeCloseTo(lng, 9);
      expect(typed.geometry.coordinates[0][0][1]).toBeCloseTo(lat, 9);
    }
  });

  it('reads the full-width digits of a WKT polygon', () => {
    const typed = parseZoneText(
      'POLYGON((１２０．７０ ３０．７７，120.71 30.77，120.71 30.78，１２０．７０ ３０．７７))',
    );
    expect(typed.ok).toBe(true);
  });

  it('refuses what the importer refuses, naming the value', () => {
    for (const bad of ['0x78', 'Infinity', '1e999', '120.7.0']) {
      expect(parseCoordinate(bad).ok).toBe(false);
      const typed = parseZoneText(`${bad},30.77\n120.71,30.77\n120.71,30.78`);
      expect(typed.ok).toBe(false);
      if (!typed.ok) expect(typed.problem).toMatchObject({ key: 'textNotNumber', values: { index: 1 } });
    }
  });
});
