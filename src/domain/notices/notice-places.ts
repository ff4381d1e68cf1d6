import type { Position } from 'geojson';
import { AreaIndex } from '../geo/area-index';
import { areaBBox } from '../geo/bbox';
import { labelPoint } from '../geo/label-point';
import type { AreaGeometry } from '../geo/types';

/**
 * The places a notice names (docs/architecture.md, Notices): compounds and their buildings, from
 * a list of named places and from household addresses, never a unit, door or room number.
 */
export interface NoticePlace {
  /** The compound (小区) or the place's name. */
  name: string;
  /** Its buildings named in addresses ("3幢"), in number order; none when only the compound is known. */
  buildings: string[];
}

const BUILDING = /([0-9０-９]+|[一二三四五六七八九十百]+)\s*(幢|栋|號樓|号楼|座)/;
/** What follows a compound in an address and must not reach a notice: units, doors, rooms, floors. */
const PRIVATE = /([0-9０-９]+|[一二三四五六七八九十]+)\s*(单元|室|号房|层|楼层)|[0-9０-９]+\s*[-－]\s*[0-9０-９]+/;
const TRAILING = /[\s,，、;；.。:：#＃-]+$/;

/**
 * The compound and building an address names: "南湖区清桥苑3幢2单元501室" gives 清桥苑's 3幢 (the
 * district before the compound stays with it as written). Undefined when nothing before a unit or
 * room number is left.
 */
export function addressPlace(address: string): { name: string; building?: string } | undefined {
  const text = address.normalize('NFKC').trim();
  if (!text) return undefined;
  const building = BUILDING.exec(text);
  const privateAt = PRIVATE.exec(text);
  const end = Math.min(building?.index ?? text.length, privateAt?.index ?? text.length);
  const name = text.slice(0, end).replace(TRAILING, '').trim();
  if (!name) return undefined;
  // A building number after a unit or room number is not a building's: leave it out.
  const beforePrivate = building && (!privateAt || building.index < privateAt.index);
  return beforePrivate && building ? { name, building: `${building[1]}${building[2]}` } : { name };
}

const numberOf = (building: string) => {
  const digits = /\d+/.exec(building.normalize('NFKC'));
  return digits ? Number(digits[0]) : Number.MAX_SAFE_INTEGER;
};

/**
 * The places of a zone: each named place once, with the buildings addresses give for it, sorted
 * by name (in Chinese collation) and buildings by number.
 */
export function groupNoticePlaces(names: Iterable<string>, addresses: Iterable<string>): NoticePlace[] {
  const byName = new Map<string, Set<string>>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed && !byName.has(trimmed)) byName.set(trimmed, new Set());
  }
  for (const address of addresses) {
    const place = addressPlace(address);
    if (!place) continue;
    // An address that begins with a known place's name belongs to it ("清桥苑3幢" to 清桥苑).
    const known = [...byName.keys()].find((name) => place.name === name || place.name.endsWith(name));
    const key = known ?? place.name;
    if (!byName.has(key)) byName.set(key, new Set());
    if (place.building) byName.get(key)?.add(place.building);
  }
  const collator = new Intl.Collator('zh-CN');
  return [...byName]
    .map(([name, buildings]) => ({
      name,
      buildings: [...buildings].sort((a, b) => numberOf(a) - numberOf(b) || collator.compare(a, b)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * A compound's buildings for a notice's line, runs of three or more consecutive numbers with the
 * same word joined ("1幢", "2幢", "3幢", "5幢" → "1幢" + through + "3幢", "5幢"): a compound of a
 * hundred buildings reads as one range, as notices write it. Buildings come in number order.
 */
export function buildingRuns(buildings: readonly string[], through: string): string[] {
  const parsed = buildings.map((text) => {
    const match = /^(\d+)(\D+)$/.exec(text.normalize('NFKC'));
    return { text, number: match ? Number(match[1]) : NaN, word: match?.[2] ?? '' };
  });
  const out: string[] = [];
  for (let start = 0; start < parsed.length;) {
    let end = start;
    while (
      end + 1 < parsed.length &&
      Number.isInteger(parsed[start].number) &&
      parsed[end + 1].word === parsed[start].word &&
      parsed[end + 1].number === parsed[end].number + 1
    )
      end++;
    if (end - start >= 2) out.push(`${parsed[start].text}${through}${parsed[end].text}`);
    else for (let k = start; k <= end; k++) out.push(parsed[k].text);
    start = end + 1;
  }
  return out;
}

/** A named place: its name and where it is (a point, or an area whose label point stands for it). */
export interface NamedPlace {
  name: string;
  geometry: AreaGeometry | { type: 'Point'; coordinates: Position };
}

/**
 * The places inside an area: those whose point, or whose area's label point (the point farthest
 * inside it), the area covers. A compound the zone's edge cuts is in the zone holding most of it.
 */
export function placesInArea(area: AreaGeometry, places: readonly NamedPlace[]): string[] {
  const index = new AreaIndex(area);
  const [west, south, east, north] = areaBBox(area);
  const inside: string[] = [];
  for (const place of places) {
    const [lng, lat] = place.geometry.type === 'Point' ? place.geometry.coordinates : labelPoint(place.geometry);
    if (lng >= west && lng <= east && lat >= south && lat <= north && index.covers(lng, lat)) inside.push(place.name);
  }
  return inside;
}
