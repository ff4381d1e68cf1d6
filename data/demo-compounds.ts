/**
 * The synthetic demo's compounds (小区): where its household records stand thickly enough, the
 * buildings of one 250 m block make a compound, outlined by the hull of their footprints and kept
 * 10 m inside the block, so the gaps between compounds read as streets at street level. Each gets
 * a made-up name in Chinese and pinyin. A pure function of the records and a seed; it draws from
 * its own random stream, so the households and cases stay byte-identical.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { METERS_PER_DEGREE_LAT, metersPerDegreeLngAt } from '../src/domain/geo/distance';
import { JIAXING_BBOX } from '../src/domain/geo/jiaxing';
import { mulberry32 } from './random';

export interface CompoundProperties {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Household records (buildings) in its block. */
  buildings: number;
}

export const COMPOUND_BLOCK_METERS = 250;
/** Half the width of the streets left between compounds. */
export const COMPOUND_STREET_HALF_METERS = 10;
/** A building's footprint around its record, for the outline (half its side). */
const FOOTPRINT_HALF_METERS = 8;
/** Fewer buildings than this in a block is countryside: no compound. */
export const COMPOUND_MIN_BUILDINGS = 12;

// prettier-ignore
const FIRST: readonly [string, string][] = [
  ['梅', 'mei'], ['南', 'nan'], ['秀', 'xiu'], ['嘉', 'jia'], ['禾', 'he'], ['月', 'yue'], ['紫', 'zi'],
  ['长', 'chang'], ['清', 'qing'], ['华', 'hua'], ['锦', 'jin'], ['新', 'xin'], ['东', 'dong'], ['西', 'xi'],
  ['北', 'bei'], ['翠', 'cui'], ['玉', 'yu'], ['银', 'yin'], ['春', 'chun'], ['秋', 'qiu'], ['湖', 'hu'],
  ['江', 'jiang'], ['明', 'ming'], ['宁', 'ning'], ['安', 'an'], ['福', 'fu'], ['康', 'kang'], ['瑞', 'rui'],
  ['丰', 'feng'], ['兴', 'xing'],
];
// prettier-ignore
const SECOND: readonly [string, string][] = [
  ['湾', 'wan'], ['阳', 'yang'], ['河', 'he'], ['桥', 'qiao'], ['塘', 'tang'], ['溪', 'xi'], ['林', 'lin'],
  ['山', 'shan'], ['港', 'gang'], ['城', 'cheng'], ['景', 'jing'], ['韵', 'yun'], ['庭', 'ting'], ['洲', 'zhou'],
  ['岸', "'an"], ['堤', 'di'], ['泉', 'quan'], ['泽', 'ze'], ['晖', 'hui'], ['光', 'guang'],
];
// prettier-ignore
const SUFFIX: readonly [string, string][] = [
  ['新村', 'Xincun'], ['花园', 'Huayuan'], ['小区', 'Xiaoqu'], ['家园', 'Jiayuan'], ['公寓', 'Gongyu'],
  ['苑', 'Yuan'], ['名邸', 'Mingdi'], ['雅居', 'Yaju'], ['府', 'Fu'], ['公馆', 'Gongguan'],
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every name the list can make, shuffled by the seed (Fisher–Yates): names repeat only past 6 000 compounds. */
function shuffledNames(seed: number): { zh: string; en: string }[] {
  const names = FIRST.flatMap(([a, pa]) =>
    SECOND.flatMap(([b, pb]) => SUFFIX.map(([c, pc]) => ({ zh: a + b + c, en: `${capitalise(pa + pb)} ${pc}` }))),
  );
  const random = mulberry32(seed);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  return names;
}

type XY = [number, number];
const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Convex hull, counter-clockwise, without repeating the first point (Andrew's monotone chain). */
export function convexHull(points: XY[]): XY[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const lower: XY[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: XY[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** A convex polygon cut to an axis-aligned box (Sutherland–Hodgman). */
export function clipToBox(polygon: XY[], [minX, minY, maxX, maxY]: [number, number, number, number]): XY[] {
  const edges: [(p: XY) => boolean, (a: XY, b: XY) => XY][] = [
    [(p) => p[0] >= minX, (a, b) => [minX, a[1] + ((b[1] - a[1]) * (minX - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= maxX, (a, b) => [maxX, a[1] + ((b[1] - a[1]) * (maxX - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= minY, (a, b) => [a[0] + ((b[0] - a[0]) * (minY - a[1])) / (b[1] - a[1]), minY]],
    [(p) => p[1] <= maxY, (a, b) => [a[0] + ((b[0] - a[0]) * (maxY - a[1])) / (b[1] - a[1]), maxY]],
  ];
  let output = polygon;
  for (const [inside, cut] of edges) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) output.push(cut(previous, current));
        output.push(current);
      } else if (inside(previous)) output.push(cut(previous, current));
    });
  }
  return output;
}

interface Block {
  row: number;
  column: number;
  /** Its records' positions in the local metric frame, and their indexes in the records. */
  points: XY[];
  records: number[];
}

// One local metric frame for the whole prefecture (its 1.2 % scale change north to south is immaterial here).
const [ORIGIN_LNG, ORIGIN_LAT] = JIAXING_BBOX;
const MX = metersPerDegreeLngAt(30.75);
const MY = METERS_PER_DEGREE_LAT;

/** The blocks thick enough to be compounds, south to north then west to east: the compounds' order. */
function compoundBlocks(records: readonly { lng: number; lat: number }[]): Block[] {
  const blocks = new Map<string, Block>();
  records.forEach((record, index) => {
    const x = (record.lng - ORIGIN_LNG) * MX;
    const y = (record.lat - ORIGIN_LAT) * MY;
    const column = Math.floor(x / COMPOUND_BLOCK_METERS);
    const row = Math.floor(y / COMPOUND_BLOCK_METERS);
    const key = `${row},${column}`;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = { row, column, points: [], records: [] }));
    block.points.push([x, y]);
    block.records.push(index);
  });
  return [...blocks.values()]
    .filter((block) => block.points.length >= COMPOUND_MIN_BUILDINGS)
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The i-th compound's names: past the list's 6 000 names, a phase number tells repeats apart. */
function compoundName(names: readonly { zh: string; en: string }[], i: number): { zh: string; en: string } {
  const name = names[i % names.length];
  const phase = Math.floor(i / names.length);
  return phase ? { zh: `${name.zh}${phase + 1}期`, en: `${name.en} Phase ${phase + 1}` } : name;
}

/** The compounds of the demo's household records (positions as written to the CSV). */
export function demoCompounds(
  records: readonly { lng: number; lat: number }[],
  seed: number,
): FeatureCollection<Polygon, CompoundProperties> {
  if (records.length === 0) return { type: 'FeatureCollection', features: [] };
  const names = shuffledNames(seed);
  // Five decimals: about a metre, enough for a made-up outline.
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  const features = compoundBlocks(records).map((block, i): Feature<Polygon, CompoundProperties> => {
    const f = FOOTPRINT_HALF_METERS;
    const corners = block.points.flatMap(([x, y]): XY[] => [
      [x - f, y - f],
      [x + f, y - f],
      [x + f, y + f],
      [x - f, y + f],
    ]);
    const s = COMPOUND_STREET_HALF_METERS;
    const left = block.column * COMPOUND_BLOCK_METERS;
    const bottom = block.row * COMPOUND_BLOCK_METERS;
    const ring = clipToBox(convexHull(corners), [
      left + s,
      bottom + s,
      left + COMPOUND_BLOCK_METERS - s,
      bottom + COMPOUND_BLOCK_METERS - s,
    ]).map(([x, y]): XY => [round(ORIGIN_LNG + x / MX), round(ORIGIN_LAT + y / MY)]);
    const name = compoundName(names, i);
    return {
      type: 'Feature',
      properties: {
        id: `C${String(i + 1).padStart(5, '0')}`,
        nameZh: name.zh,
        nameEn: name.en,
        buildings: block.points.length,
      },
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * A synthetic address for each record: a record in a compound is one of its buildings, numbered
 * from 1 north to south and then west to east as a compound's signs would go ("清桥苑3幢"); a
 * record in the countryside has none (''). The same blocks and names as demoCompounds.
 */
export function demoAddresses(records: readonly { lng: number; lat: number }[], seed: number): string[] {
  const addresses = new Array<string>(records.length).fill('');
  const names = shuffledNames(seed);
  compoundBlocks(records).forEach((block, i) => {
    const { zh } = compoundName(names, i);
    const order = block.records
      .map((record, k) => ({ record, x: block.points[k][0], y: block.points[k][1] }))
      .sort((a, b) => b.y - a.y || a.x - b.x || a.record - b.record);
    order.forEach(({ record }, k) => (addresses[record] = `${zh}${k + 1}幢`));
  });
  return addresses;
}

/** The positions of the household records in the demo's CSV text (lng and lat are its 2nd and 3rd columns). */
export function recordsOfCsv(csv: string): { lng: number; lat: number }[] {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => {
      const [, lng, lat] = row.split(',');
      return { lng: Number(lng), lat: Number(lat) };
    });
}

/** The compounds file as written to public/demo/compounds.geojson (one feature per line). */
export function compoundsJson(records: readonly { lng: number; lat: number }[], seed: number): string {
  const { features } = demoCompounds(records, seed);
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
