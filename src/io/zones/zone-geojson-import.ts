import { MAX_ZONE_NAME_CHARACTERS, MAX_ZONE_NOTES_CHARACTERS } from '../../domain/plan/plan-limits';
import type { StringKey } from '../../i18n/strings';
import { dayFromIsoDate } from '../../domain/time/day-number';
import type { AreaGeometry, BBox } from '../../domain/geo/types';
import { TIERS, type Tier } from '../../domain/zones/tier';
import { validateZoneGeometry, type ZoneIssue } from '../../domain/zones/validate-zone';
import type { Zone } from '../../domain/zones/zone';
import { normalizeArea, polygonsOf } from '../../domain/zones/zone-geometry';
import { parseJsonText, shortText } from '../json-position';
import { checkJsonStructure } from '../json-structure';
import { zoneFileText } from './zone-file-text';
import { readAreaGeometry, type GeometryProblem } from './read-area-geometry';

/** Tier names a zone file may use, English or Chinese. */
const TIER_ALIASES: Record<string, Tier> = {
  sealed: 'sealed',
  controlled: 'controlled',
  precaution: 'precaution',
  封控区: 'sealed',
  管控区: 'controlled',
  防范区: 'precaution',
  封控: 'sealed',
  管控: 'controlled',
  防范: 'precaution',
};

export interface ZoneImportProblem {
  /** 1-based feature number, or 0 for the file as a whole. */
  feature: number;
  key: StringKey;
  values?: Record<string, string | number>;
  issue?: ZoneIssue;
}

export interface ZoneImportReport {
  read: number;
  accepted: number;
  rejected: number;
  /** What was changed on the way in: rewound rings, dropped Z values. */
  transforms: { key: StringKey; values?: Record<string, string | number> }[];
}

export type ZoneImportResult =
  | { ok: true; zones: Zone[]; report: ZoneImportReport }
  | { ok: false; problems: ZoneImportProblem[]; report: ZoneImportReport };

export interface ZoneImportOptions {
  fileName: string;
  today: string;
  newId: () => string;
  /** Used for features whose properties carry no tier. */
  defaultTier?: Tier;
  jurisdiction?: BBox;
}

const own = (object: unknown, key: string): unknown =>
  object && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined;

/**
 * Reads zones from GeoJSON text (a FeatureCollection, a Feature or a bare Polygon/MultiPolygon).
 * All or nothing: if any feature is unusable, nothing is imported and every problem is listed
 * with its feature number. Only known properties are read, by own-key lookup, so `__proto__`
 * and friends never reach an object.
 */
export function importZonesFromGeoJson(input: string | Uint8Array, options: ZoneImportOptions): ZoneImportResult {
  const report: ZoneImportReport = { read: 0, accepted: 0, rejected: 0, transforms: [] };
  const fileProblem = (problem: {
    key: StringKey;
    values?: Record<string, string | number>;
    feature?: number;
  }): ZoneImportResult => ({ ok: false, problems: [{ ...problem, feature: problem.feature ?? 0 }], report });
  const decoded =
    typeof input === 'string' ? { ok: true as const, text: input, encoding: 'utf-8' } : zoneFileText(input);
  if (!decoded.ok) return fileProblem(decoded.problem);
  const { text } = decoded;
  if (decoded.encoding !== 'utf-8')
    report.transforms.push({ key: 'transformDecoded', values: { encoding: decoded.encoding.toUpperCase() } });
  const structure = checkJsonStructure(text);
  if (structure) {
    const where = { line: structure.line, column: structure.column };
    return fileProblem(
      structure.kind === 'too-deep'
        ? { feature: structure.feature, key: 'importTooDeep', values: { ...where, depth: structure.depth } }
        : { feature: structure.feature, key: 'importDuplicateKey', values: { ...where, key: structure.key } },
    );
  }
  const json = parseJsonText(text);
  if (!json.ok)
    return {
      ok: false,
      problems: [{ feature: 0, key: 'importNotJson', values: { line: json.line, column: json.column } }],
      report,
    };
  const root = json.value;
  const type = own(root, 'type');
  let features: unknown[];
  if (type === 'FeatureCollection') {
    const list = own(root, 'features');
    if (!Array.isArray(list)) return { ok: false, problems: [{ feature: 0, key: 'importNoFeatures' }], report };
    features = list;
  } else if (type === 'Feature') features = [root];
  else if (type === 'Polygon' || type === 'MultiPolygon')
    features = [{ type: 'Feature', properties: {}, geometry: root }];
  else
    return {
      ok: false,
      problems: [{ feature: 0, key: 'importNotGeoJson', values: { type: shortText(type) } }],
      report,
    };

  report.read = features.length;
  if (features.length === 0) return { ok: false, problems: [{ feature: 0, key: 'importEmpty' }], report };
  const problems: ZoneImportProblem[] = [];
  const zones: Zone[] = [];
  let droppedZ = 0;
  let repeatedVertices = 0;
  let namesCut = 0;
  features.forEach((feature, index) => {
    const number = index + 1;
    if (own(feature, 'type') !== 'Feature') {
      problems.push({ feature: number, key: 'importNotFeature' });
      return;
    }
    const read = readAreaGeometry(own(feature, 'geometry'));
    if (!read.ok) {
      problems.push({ feature: number, ...(read.problem as GeometryProblem) });
      return;
    }
    if (read.droppedZ) droppedZ++;
    // Cleaned first (repeated vertices, precision, winding), then checked: a double click is no crossing.
    const geometry = normalizeArea(read.geometry);
    const removed = vertexCount(read.geometry) - vertexCount(geometry);
    if (removed > 0) repeatedVertices += removed;
    const properties = own(feature, 'properties');
    const tierText = own(properties, 'tier');
    const tier = typeof tierText === 'string' ? TIER_ALIASES[tierText.trim()] : undefined;
    if (typeof tierText === 'string' && !tier) {
      problems.push({
        feature: number,
        key: 'importBadTier',
        values: { value: tierText.slice(0, 40), allowed: [...TIERS, '封控区', '管控区', '防范区'].join(', ') },
      });
      return;
    }
    if (!tier && !options.defaultTier) {
      problems.push({ feature: number, key: 'importNoTier' });
      return;
    }
    const issues = validateZoneGeometry(geometry, { jurisdiction: options.jurisdiction });
    if (issues.length > 0) {
      problems.push({
        feature: number,
        key: `zoneIssue_${issues[0].code}`,
        values: issueValues(issues[0]),
        issue: issues[0],
      });
      return;
    }
    const name = own(properties, 'name');
    if (typeof name === 'string' && name.trim().length > MAX_ZONE_NAME_CHARACTERS) namesCut++;
    const declared = own(properties, 'declaredOn');
    const notes = own(properties, 'notes');
    const declaredOn =
      typeof declared === 'string' && dayFromIsoDate(declared) !== undefined ? declared : options.today;
    zones.push({
      id: options.newId(),
      tier: tier ?? (options.defaultTier as Tier),
      name:
        typeof name === 'string' && name.trim()
          ? name.trim().slice(0, MAX_ZONE_NAME_CHARACTERS)
          : `${options.fileName} #${number}`,
      geometry,
      declaredOn,
      origin: 'imported',
      notes: typeof notes === 'string' ? notes.slice(0, MAX_ZONE_NOTES_CHARACTERS) : '',
      events: [{ kind: 'declared', on: declaredOn }],
    });
  });
  if (droppedZ > 0) report.transforms.push({ key: 'transformDroppedZ', values: { count: droppedZ } });
  if (namesCut > 0)
    report.transforms.push({ key: 'transformNamesCut', values: { count: namesCut, max: MAX_ZONE_NAME_CHARACTERS } });
  if (repeatedVertices > 0)
    report.transforms.push({ key: 'transformRepeatedVertices', values: { count: repeatedVertices } });
  report.transforms.push({ key: 'transformNormalized' });
  if (problems.length > 0) return { ok: false, problems, report: { ...report, accepted: 0, rejected: report.read } };
  return { ok: true, zones, report: { ...report, accepted: zones.length, rejected: 0 } };
}

/** The values a zone-issue message needs. */
export function issueValues(issue: ZoneIssue): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  if (issue.at) {
    values.lng = issue.at[0].toFixed(6);
    values.lat = issue.at[1].toFixed(6);
  }
  if (issue.polygon) values.polygon = issue.polygon;
  if (issue.ring) values.ring = issue.ring;
  if (issue.value !== undefined) values.value = issue.value;
  return values;
}

/** Vertices of an area, closing ones included. */
function vertexCount(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, rings) => sum + rings.reduce((s, ring) => s + ring.length, 0), 0);
}
