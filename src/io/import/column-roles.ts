/** What a column holds, for case, household and site files. */
export type ColumnRole =
  | 'id'
  | 'lng'
  | 'lat'
  | 'latLng'
  | 'households'
  | 'residents'
  | 'reportedOn'
  | 'onsetOn'
  | 'foundIn'
  | 'kind'
  | 'address'
  | 'gridId'
  | 'crs'
  | 'personName'
  | 'idNumber'
  | 'phone'
  | 'siteName'
  | 'capacity'
  | 'roomsInUse'
  | 'opens'
  | 'closes'
  | 'direction';

/** Roles whose values are personal data: flagged, and by default not stored (catalogue row F12). */
export const PERSONAL_ROLES: readonly ColumnRole[] = ['personName', 'idNumber', 'phone', 'address'];

/** Header names (lower-case, trimmed) that say what a column holds, in Chinese and English. */
const ALIASES: Record<ColumnRole, string[]> = {
  id: ['id', '编号', '病例编号', '序号', 'case id', 'case_id', 'caseid', 'record id', '住户编号', '楼栋编号'],
  lng: ['lng', 'lon', 'long', 'longitude', 'x', '经度', 'wgs84经度'],
  lat: ['lat', 'latitude', 'y', '纬度', 'wgs84纬度'],
  latLng: ['latlng', 'lat,lng', 'lat lng', 'coordinates', 'coordinate', 'location', '坐标', '经纬度', '位置'],
  households: ['households', 'household', 'hh', '户数', '住户数'],
  residents: ['residents', 'population', 'people', '人数', '常住人口', '人口', '居住人数'],
  reportedOn: ['reportedon', 'reported_on', 'report date', 'reported', '报告日期', '报告时间', '确诊日期'],
  onsetOn: ['onseton', 'onset_on', 'onset date', 'onset', '发病日期', '发病时间'],
  foundIn: ['foundin', 'found_in', 'found in', 'source', '发现方式', '发现途径', '来源'],
  kind: ['kind', 'type', 'case type', '类型', '病例类型', '分型', 'site kind', 'site type', '站点类型', '点位类型'],
  address: ['address', 'addr', '地址', '详细地址', '详细住址', '住址'],
  gridId: ['grid', 'grid_id', 'gridid', 'grid id', '网格', '网格编号', '所属网格'],
  crs: ['crs', 'datum', 'coordinate system', '坐标系'],
  personName: ['name', 'full name', '姓名', '名字'],
  idNumber: ['id number', 'id_number', 'idcard', 'id card', '身份证', '身份证号', '身份证号码', '证件号码'],
  phone: ['phone', 'mobile', 'tel', 'telephone', '电话', '手机', '手机号', '联系电话', '手机号码'],
  siteName: ['site name', 'site_name', 'sitename', 'site', '站点名称', '点位名称', '站点', '点位', '名称'],
  capacity: [
    'capacity',
    '容量',
    '能力',
    '产能',
    'swabs per hour',
    '每小时采样',
    '采样能力',
    'rooms',
    '房间数',
    '房间',
    'packs per day',
    '每日供应',
    '供应能力',
  ],
  roomsInUse: ['rooms in use', 'rooms_in_use', 'roomsinuse', 'in use', '已用房间', '在用房间', '已使用房间', '已用'],
  opens: ['opens', 'open', 'opens at', 'opening', '开放时间', '开始时间', '开放'],
  closes: ['closes', 'close', 'closes at', 'closing', '关闭时间', '结束时间', '关闭'],
  direction: ['direction', 'checks', '方向', '查验方向', '管控方向'],
};

/** In a site list, a plain "name" is the site's, not a person's. */
const SITE_NAMES: Record<string, ColumnRole> = { name: 'siteName', 名字: 'siteName' };

const LOOKUP = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(ALIASES) as [ColumnRole, string[]][])
  for (const name of names) LOOKUP.set(name, role);

/** Keys that must never become object keys (catalogue row B8, C19, G5). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface HeaderProblem {
  column: number;
  header: string;
  key: 'headerDuplicate' | 'headerForbidden' | 'headerEmpty';
}

export interface ColumnMapping {
  /** Column index per role: the first column that looks like it. */
  roles: Partial<Record<ColumnRole, number>>;
  problems: HeaderProblem[];
}

const normalize = (header: string) => header.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Guesses each column's role from its header, case-insensitively and trimmed, in Chinese or
 * English. The user confirms or changes it; problems (duplicate, empty, `__proto__`-like
 * headers) are reported, never silently dropped or renamed.
 */
export function detectColumnRoles(headers: readonly string[], kind?: 'cases' | 'households' | 'sites'): ColumnMapping {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, number>();
  headers.forEach((header, column) => {
    const name = normalize(header);
    if (!name) problems.push({ column, header, key: 'headerEmpty' });
    else if (FORBIDDEN_KEYS.has(name)) problems.push({ column, header, key: 'headerForbidden' });
    if (seen.has(name) && name) problems.push({ column, header, key: 'headerDuplicate' });
    seen.set(name, column);
    const role =
      (kind === 'sites' && Object.hasOwn(SITE_NAMES, name) ? SITE_NAMES[name] : undefined) ?? LOOKUP.get(name);
    if (role && roles[role] === undefined) roles[role] = column;
  });
  return { roles, problems };
}
