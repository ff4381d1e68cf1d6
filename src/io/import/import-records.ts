import type { CaseKind, CaseRecord, FoundIn } from '../../domain/cases/case-record';
import type { BBox } from '../../domain/geo/types';
import type { HouseholdRecord } from '../../domain/households/household-record';
import { PERSONAL_ROLES, type ColumnRole } from './column-roles';
import { toStoredWgs84, splitPairCell, type DeclaredCrs } from './coordinates';
import { parseCalendarDate, parseCoordinate, parseCount, parseIdentifier } from './parse-values';
import type { ParsedTable } from './parse-table';

export interface ImportOptions {
  kind: 'cases' | 'households';
  fileName: string;
  /** The confirmed column for each role. */
  roles: Partial<Record<ColumnRole, number>>;
  /** The coordinate system the user declared, used where no per-row `crs` column says otherwise. */
  crs: DeclaredCrs;
  pairOrder?: 'lat-lng' | 'lng-lat';
  decimalComma?: boolean;
  excelSerialDates?: boolean;
  /** Households only: keep the address column (it stays internal). */
  keepAddress?: boolean;
  jurisdiction: BBox;
  /** Today in Asia/Shanghai, for future-date warnings. */
  today: string;
}

/** One row that was not taken, or was taken with a warning: where, what, why. */
export interface RowNote {
  line: number;
  column?: string;
  /** The offending value, shortened; shown as text only. */
  value?: string;
  key: string;
  values?: Record<string, string | number>;
}

export interface ImportReport {
  read: number;
  accepted: number;
  rejected: number;
  skipped: number;
  rejections: RowNote[];
  skips: RowNote[];
  warnings: RowNote[];
  /** Transformations applied, with how many rows each touched. */
  transforms: Record<string, number>;
  /** Headers of personal-data columns that were not stored. */
  personalColumnsDropped: string[];
}

export interface ImportResult {
  cases: CaseRecord[];
  households: HouseholdRecord[];
  report: ImportReport;
}

const KIND_ALIASES: Record<string, CaseKind> = {
  confirmed: 'confirmed', 确诊: 'confirmed', 确诊病例: 'confirmed', 'confirmed case': 'confirmed',
  asymptomatic: 'asymptomatic', 无症状: 'asymptomatic', 无症状感染者: 'asymptomatic',
};
const FOUND_IN_ALIASES: Record<string, FoundIn> = {
  community: 'community', 社区: 'community', 社区发现: 'community', 社会面: 'community',
  quarantine: 'quarantine', 隔离: 'quarantine', 集中隔离: 'quarantine', 集中隔离点: 'quarantine', 隔离点: 'quarantine', 隔离管控: 'quarantine',
  screening: 'screening', 筛查: 'screening', 核酸筛查: 'screening', 'mass screening': 'screening',
  imported: 'imported', 输入: 'imported', 境外输入: 'imported', 外省输入: 'imported', '外省/境外输入': 'imported',
};
const CRS_ALIASES: Record<string, DeclaredCrs> = {
  wgs84: 'wgs84', 'wgs-84': 'wgs84', gps: 'wgs84', cgcs2000: 'cgcs2000',
  gcj02: 'gcj02', 'gcj-02': 'gcj02', 高德: 'gcj02', 腾讯: 'gcj02', amap: 'gcj02',
  bd09: 'bd09', 'bd-09': 'bd09', 百度: 'bd09', baidu: 'bd09',
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const key = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * Turns a parsed table into case or household records, row by row. Nothing is dropped
 * silently: every row is accepted, rejected (with line, column, value and reason) or skipped
 * (blank, duplicate), and `read = accepted + rejected + skipped` always holds. Personal-data
 * columns are never copied into records. Pure: the same table and options give the same result.
 */
export function importRecords(table: ParsedTable, options: ImportOptions): ImportResult {
  const report: ImportReport = {
    read: table.rows.length + table.broken.length, accepted: 0, rejected: 0, skipped: 0,
    rejections: [], skips: [], warnings: [], transforms: {}, personalColumnsDropped: [],
  };
  const count = (transform: string) => (report.transforms[transform] = (report.transforms[transform] ?? 0) + 1);
  const { roles } = options;
  const header = (role: ColumnRole) => (roles[role] === undefined ? undefined : table.headers[roles[role] as number]);
  for (const role of PERSONAL_ROLES) {
    if (roles[role] !== undefined && !(role === 'address' && options.kind === 'households' && options.keepAddress)) {
      report.personalColumnsDropped.push(table.headers[roles[role] as number]);
    }
  }
  for (const problem of table.broken) {
    report.rejections.push({ line: problem.line, key: problem.key });
    report.rejected++;
  }
  const cases: CaseRecord[] = [];
  const households: HouseholdRecord[] = [];
  const seen = new Map<string, { line: number; signature: string }>();

  table.rows.forEach((cells, index) => {
    const line = table.lines[index];
    const reject = (role: ColumnRole | undefined, problemKey: string, value?: string, values?: Record<string, string | number>) => {
      report.rejections.push({ line, column: role ? header(role) : undefined, value: value === undefined ? undefined : shorten(value), key: problemKey, values });
      report.rejected++;
    };
    if (cells.length !== table.headers.length) {
      reject(undefined, 'rowFieldCount', undefined, { expected: table.headers.length, found: cells.length });
      return;
    }
    const cell = (role: ColumnRole): string | undefined => {
      const column = roles[role];
      if (column === undefined) return undefined;
      const raw = cells[column];
      const clean = raw.replace(CONTROL, '');
      if (clean !== raw) count('controlCharactersRemoved');
      return clean;
    };

    // Position, in the declared (or per-row) coordinate system.
    let x: number | undefined;
    let y: number | undefined;
    if (roles.lng !== undefined && roles.lat !== undefined) {
      const lng = parseCoordinate(cell('lng') ?? '', options.decimalComma);
      if (!lng.ok) return reject('lng', `value_${lng.problem}`, cell('lng'));
      const lat = parseCoordinate(cell('lat') ?? '', options.decimalComma);
      if (!lat.ok) return reject('lat', `value_${lat.problem}`, cell('lat'));
      if (lng.note) count(lng.note);
      [x, y] = [lng.value, lat.value];
    } else if (roles.latLng !== undefined) {
      const pair = splitPairCell(cell('latLng') ?? '', options.pairOrder ?? 'lat-lng');
      if (!pair) return reject('latLng', 'value_not-a-pair', cell('latLng'));
      [x, y] = pair;
    } else return reject(undefined, 'rowNoPosition');
    let crs = options.crs;
    const crsText = cell('crs');
    if (crsText !== undefined) {
      const rowCrs = CRS_ALIASES[key(crsText)];
      if (!rowCrs) return reject('crs', 'value_unknown-crs', crsText);
      crs = rowCrs;
    }
    const position = toStoredWgs84(x, y, crs, options.jurisdiction);
    if (!position.ok) return reject(roles.lng !== undefined ? 'lng' : 'latLng', `position_${position.problem}`, `${x}, ${y}`);
    if (crs === 'gcj02' || crs === 'bd09' || crs === 'epsg3857') count(`converted_${crs}`);

    // Identity: ids stay text; a duplicate is skipped when identical, refused when it conflicts.
    let id: string;
    const idText = cell('id');
    if (idText === undefined || idText.trim() === '') {
      if (options.kind === 'cases') return reject('id', 'value_empty', '');
      id = `${options.fileName}#${line}`;
      count('idGenerated');
    } else {
      const parsedId = parseIdentifier(idText);
      if (!parsedId.ok) return reject('id', `value_${parsedId.problem}`, idText);
      id = parsedId.value;
    }

    if (options.kind === 'cases') {
      const reported = parseCalendarDate(cell('reportedOn') ?? '', options.excelSerialDates);
      if (!reported.ok) return reject('reportedOn', `value_${reported.problem}`, cell('reportedOn') ?? '');
      let onsetOn: string | undefined;
      const onsetText = cell('onsetOn');
      if (onsetText !== undefined && onsetText.trim() !== '') {
        const onset = parseCalendarDate(onsetText, options.excelSerialDates);
        if (!onset.ok) return reject('onsetOn', `value_${onset.problem}`, onsetText);
        onsetOn = onset.value;
      }
      const kindText = cell('kind');
      const kind = kindText === undefined ? 'confirmed' : KIND_ALIASES[key(kindText)];
      if (!kind) return reject('kind', 'value_unknown-kind', kindText);
      if (kindText === undefined) count('kindDefaulted');
      const foundText = cell('foundIn');
      const foundIn = foundText === undefined ? 'community' : FOUND_IN_ALIASES[key(foundText)];
      if (!foundIn) return reject('foundIn', 'value_unknown-found-in', foundText);
      if (foundText === undefined) count('foundInDefaulted');
      const record: CaseRecord = { id, lng: position.lng, lat: position.lat, reportedOn: reported.value, onsetOn, kind, foundIn, sourceFile: options.fileName, sourceRow: line };
      if (!dedupe(id, JSON.stringify([record.lng, record.lat, record.reportedOn, record.onsetOn, record.kind, record.foundIn]))) return;
      if (reported.value > options.today) report.warnings.push({ line, column: header('reportedOn'), value: reported.value, key: 'warnFutureDate' });
      if (onsetOn && onsetOn > reported.value) report.warnings.push({ line, column: header('onsetOn'), value: onsetOn, key: 'warnOnsetAfterReport' });
      cases.push(record);
    } else {
      const householdsText = cell('households');
      let householdCount = 1;
      if (householdsText === undefined) count('householdsDefaulted');
      else {
        const parsed = parseCount(householdsText);
        if (!parsed.ok) return reject('households', `value_${parsed.problem}`, householdsText);
        householdCount = parsed.value;
      }
      const residentsText = cell('residents');
      let residents = 0;
      if (residentsText === undefined) count('residentsMissing');
      else {
        const parsed = parseCount(residentsText);
        if (!parsed.ok) return reject('residents', `value_${parsed.problem}`, residentsText);
        residents = parsed.value;
      }
      const record: HouseholdRecord = { id, lng: position.lng, lat: position.lat, households: householdCount, residents };
      const grid = cell('gridId');
      if (grid) record.gridId = grid.trim();
      const address = options.keepAddress ? cell('address') : undefined;
      if (address) record.address = address.trim();
      if (!dedupe(id, JSON.stringify([record.lng, record.lat, record.households, record.residents, record.gridId, record.address]))) return;
      households.push(record);
    }
    report.accepted++;

    function dedupe(recordId: string, signature: string): boolean {
      const earlier = seen.get(recordId);
      if (!earlier) {
        seen.set(recordId, { line, signature });
        return true;
      }
      if (earlier.signature === signature) {
        report.skips.push({ line, column: header('id'), value: shorten(recordId), key: 'skipDuplicate', values: { first: earlier.line } });
        report.skipped++;
      } else reject('id', 'rowConflict', recordId, { first: earlier.line });
      return false;
    }
  });
  return { cases, households, report };
}
