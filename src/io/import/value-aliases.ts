import type { CaseKind, FoundIn } from '../../domain/cases/case-record';
import type { SiteKind } from '../../domain/sites/site';
import type { DeclaredCrs } from './coordinates';

/** The words a case or household file may use for a value, in Chinese and English, and the limits rows are held to. */
export const KIND_ALIASES: Record<string, CaseKind> = {
  confirmed: 'confirmed',
  确诊: 'confirmed',
  确诊病例: 'confirmed',
  'confirmed case': 'confirmed',
  asymptomatic: 'asymptomatic',
  无症状: 'asymptomatic',
  无症状感染者: 'asymptomatic',
};
export const FOUND_IN_ALIASES: Record<string, FoundIn> = {
  community: 'community',
  社区: 'community',
  社区发现: 'community',
  社会面: 'community',
  quarantine: 'quarantine',
  隔离: 'quarantine',
  集中隔离: 'quarantine',
  集中隔离点: 'quarantine',
  隔离点: 'quarantine',
  隔离管控: 'quarantine',
  screening: 'screening',
  筛查: 'screening',
  核酸筛查: 'screening',
  'mass screening': 'screening',
  imported: 'imported',
  输入: 'imported',
  境外输入: 'imported',
  外省输入: 'imported',
  '外省/境外输入': 'imported',
};
export const CRS_ALIASES: Record<string, DeclaredCrs> = {
  wgs84: 'wgs84',
  'wgs-84': 'wgs84',
  gps: 'wgs84',
  cgcs2000: 'cgcs2000',
  gcj02: 'gcj02',
  'gcj-02': 'gcj02',
  高德: 'gcj02',
  腾讯: 'gcj02',
  amap: 'gcj02',
  bd09: 'bd09',
  'bd-09': 'bd09',
  百度: 'bd09',
  baidu: 'bd09',
  bd09mc: 'bd09mc',
  百度墨卡托: 'bd09mc',
  epsg3857: 'epsg3857',
  'epsg:3857': 'epsg3857',
};

/** Longer cells are refused: no field Cordon reads is that long, and a huge one is a broken file (B17). */
export const MAX_CELL_CHARACTERS = 10_000;
/** The earliest report or onset date that is not a typing error (the first cases were reported in December 2019) (F9). */
export const EARLIEST_PLAUSIBLE_DATE = '2019-12-01';
/** Onset this long before the report is possible but worth a look (F8). */
export const LONG_ONSET_GAP_DAYS = 60;

/** A site's kind, in English or Chinese (the CLI's `kind` column: testing|isolation|supply|checkpoint or 核酸采样点…). */
export const SITE_KIND_ALIASES: Record<string, SiteKind> = {
  testing: 'testing',
  test: 'testing',
  'testing site': 'testing',
  sampling: 'testing',
  核酸采样点: 'testing',
  采样点: 'testing',
  核酸检测点: 'testing',
  isolation: 'isolation',
  'isolation site': 'isolation',
  quarantine: 'isolation',
  集中隔离点: 'isolation',
  隔离点: 'isolation',
  supply: 'supply',
  'supply point': 'supply',
  物资保障点: 'supply',
  保障点: 'supply',
  物资点: 'supply',
  checkpoint: 'checkpoint',
  'check point': 'checkpoint',
  卡口: 'checkpoint',
  检查站: 'checkpoint',
};
