import type { Position } from 'geojson';
import { labelPoint } from '../geo/label-point';
import type { AreaGeometry } from '../geo/types';

/** How a Chinese name is spelled for search: its pinyin syllables, lower case, no tones ("nan hu qu"). */
export interface Romanized {
  syllables: string[];
}

/** Pinyin for a name, given by the publisher (the CLI or the planner's worker); the public page never needs it. */
export type Romanizer = (chineseName: string) => Romanized;

export type GazetteerKind = 'district' | 'zone' | 'place';

/** One searchable name of a publication. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  zh: string;
  en: string;
  /** Pinyin syllables, space-separated: the search reads the full pinyin and the initials from it. */
  py: string;
  /** Where the answer is asked for when the entry is chosen: a point inside the area, six decimals. */
  at: [number, number];
  /** The zone's id, for zone entries. */
  zoneId?: string;
  /** The district's code, for district entries: the page lists the zones in it. */
  districtId?: string;
}

/** A named place to publish: a compound, a village, a street (an imported list, or the demo's compounds). */
export interface PlaceInput {
  nameZh: string;
  nameEn?: string;
  geometry: AreaGeometry | { type: 'Point'; coordinates: Position };
}

/**
 * Room, unit and door numbers (室, 户, 单元, 号房, 门牌 with digits; Room/Unit/Flat/Apt with a number):
 * a gazetteer says where a compound is, never which door. Names with them are left out, with a count.
 */
const DOOR_NUMBER = /\d+\s*(室|户|单元|号房|号楼\d)|[#＃]\s*\d|\b(room|unit|flat|apt|apartment)\b\.?\s*\d/i;

export function hasDoorNumber(name: string): boolean {
  return DOOR_NUMBER.test(name);
}

const six = (value: number) => Math.round(value * 1e6) / 1e6;
const pointOf = (geometry: PlaceInput['geometry']): [number, number] => {
  const [lng, lat] = geometry.type === 'Point' ? geometry.coordinates : labelPoint(geometry);
  return [six(lng), six(lat)];
};

export interface GazetteerInput {
  districts: readonly { id: string; nameZh: string; nameEn: string; geometry: AreaGeometry }[];
  zones: readonly { id: string; name: string; geometry: AreaGeometry }[];
  places: readonly PlaceInput[];
  romanize: Romanizer;
}

/**
 * The names the public page searches, with pinyin and initials worked out here (at publish time),
 * so the page carries no dictionary. Duplicate names of one kind at one point are kept once.
 */
export function buildGazetteer(input: GazetteerInput): { entries: GazetteerEntry[]; leftOut: string[] } {
  const entries: GazetteerEntry[] = [];
  const leftOut: string[] = [];
  const seen = new Set<string>();
  const add = (entry: Omit<GazetteerEntry, 'py'>) => {
    const key = `${entry.kind}|${entry.zh}|${entry.at.join()}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ ...entry, py: input.romanize(entry.zh).syllables.join(' ') });
  };
  for (const district of input.districts)
    add({
      kind: 'district',
      zh: district.nameZh,
      en: district.nameEn,
      at: pointOf(district.geometry),
      districtId: district.id,
    });
  for (const zone of input.zones) {
    if (hasDoorNumber(zone.name)) {
      leftOut.push(zone.name);
      continue;
    }
    add({ kind: 'zone', zh: zone.name, en: zone.name, at: pointOf(zone.geometry), zoneId: zone.id });
  }
  for (const place of input.places) {
    const zh = place.nameZh.trim();
    if (!zh) continue;
    if (hasDoorNumber(zh) || hasDoorNumber(place.nameEn ?? '')) {
      leftOut.push(zh);
      continue;
    }
    add({ kind: 'place', zh, en: place.nameEn?.trim() || zh, at: pointOf(place.geometry) });
  }
  return { entries, leftOut };
}
