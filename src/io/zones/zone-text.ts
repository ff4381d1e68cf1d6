import type { Position } from 'geojson';
import type { StringKey } from '../../i18n/strings';
import type { AreaGeometry } from '../../domain/geo/types';
import { parseJsonText } from '../json-position';
import { readAreaGeometry } from './read-area-geometry';
import { parseCoordinate } from '../import/parse-values';

/** A typed-in zone could not be read: the key of the message, and where. */
export interface ZoneTextProblem {
  key: StringKey;
  values?: Record<string, string | number>;
}

export type ZoneTextResult =
  { ok: true; geometry: AreaGeometry; format: 'list' | 'wkt' | 'geojson' } | { ok: false; problem: ZoneTextProblem };

/** Closes a ring that the user did not close. */
function closed(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

function parseList(text: string): ZoneTextResult {
  const tokens = text.split(/[\s,;，；]+/).filter(Boolean);
  const numbers: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The importer's own reader: full-width digits, DMS and the rest are read the same in both places.
    const parsed = parseCoordinate(tokens[i]);
    if (!parsed.ok)
      return { ok: false, problem: { key: 'textNotNumber', values: { value: tokens[i].slice(0, 30), index: i + 1 } } };
    numbers.push(parsed.value);
  }
  if (numbers.length % 2 !== 0)
    return { ok: false, problem: { key: 'textOddCount', values: { count: numbers.length } } };
  const ring: Position[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    const [lng, lat] = [numbers[i], numbers[i + 1]];
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90)
      return { ok: false, problem: { key: 'textOutOfRange', values: { pair: i / 2 + 1, lng, lat } } };
    ring.push([lng, lat]);
  }
  if (ring.length < 3) return { ok: false, problem: { key: 'textTooFewPoints', values: { count: ring.length } } };
  return { ok: true, geometry: { type: 'Polygon', coordinates: [closed(ring)] }, format: 'list' };
}

/** WKT POLYGON / MULTIPOLYGON, the two forms a zone can take. */
function parseWkt(text: string): ZoneTextResult {
  const match = /^\s*(MULTIPOLYGON|POLYGON)\s*(?:Z\s*)?(\(.*\))\s*$/is.exec(text);
  if (!match) return { ok: false, problem: { key: 'textBadWkt' } };
  const body = match[2];
  let position = 0;
  const fail = (): ZoneTextResult => ({
    ok: false,
    problem: { key: 'textBadWktAt', values: { column: position + 1 } },
  });
  const skip = () => {
    while (/\s/.test(body[position] ?? '')) position++;
  };
  const expect = (char: string) => {
    skip();
    if (body[position] !== char) throw new Error('syntax');
    position++;
  };
  const ringList = (): Position[][] => {
    expect('(');
    const rings: Position[][] = [];
    do {
      expect('(');
      const ring: Position[] = [];
      do {
        skip();
        const numberMatch =
          /^(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?:\s+-?\d+(?:\.\d+)?)?/i.exec(
            body.slice(position),
          );
        if (!numberMatch) throw new Error('syntax');
        ring.push([Number(numberMatch[1]), Number(numberMatch[2])]);
        position += numberMatch[0].length;
        skip();
      } while (body[position] === ',' && ++position);
      expect(')');
      rings.push(closed(ring));
      skip();
    } while (body[position] === ',' && ++position);
    expect(')');
    return rings;
  };
  try {
    if (match[1].toUpperCase() === 'POLYGON') {
      const rings = ringList();
      skip();
      if (position !== body.length) return fail();
      return finish({ type: 'Polygon', coordinates: rings }, 'wkt');
    }
    expect('(');
    const polygons: Position[][][] = [];
    do {
      polygons.push(ringList());
      skip();
    } while (body[position] === ',' && ++position);
    expect(')');
    skip();
    if (position !== body.length) return fail();
    return finish({ type: 'MultiPolygon', coordinates: polygons }, 'wkt');
  } catch {
    return fail();
  }
}

function finish(geometry: AreaGeometry, format: 'wkt' | 'geojson'): ZoneTextResult {
  const checked = readAreaGeometry(geometry);
  return checked.ok ? { ok: true, geometry: checked.geometry, format } : { ok: false, problem: checked.problem };
}

/**
 * Reads a zone typed or pasted by hand: a list of `lng,lat` pairs (one per line, or separated by
 * spaces, commas or semicolons), WKT (POLYGON / MULTIPOLYGON) or GeoJSON (a geometry or Feature).
 * Rings are closed for the user; the result still goes through zone validation.
 */
export function parseZoneText(text: string): ZoneTextResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: { key: 'textEmpty' } };
  if (trimmed.startsWith('{')) {
    const json = parseJsonText(trimmed);
    if (!json.ok)
      return { ok: false, problem: { key: 'importNotJson', values: { line: json.line, column: json.column } } };
    const value = json.value as { type?: unknown; geometry?: unknown };
    return finish((value?.type === 'Feature' ? value.geometry : value) as AreaGeometry, 'geojson');
  }
  // Full-width digits and punctuation (１２０．７０８，３０．７７０) read as the importer reads them.
  const folded = trimmed.normalize('NFKC');
  if (/^(MULTI)?POLYGON/i.test(folded)) return parseWkt(folded);
  return parseList(folded);
}
