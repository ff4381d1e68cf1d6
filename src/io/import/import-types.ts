import type { CaseRecord } from '../../domain/cases/case-record';
import type { BBox } from '../../domain/geo/types';
import type { HouseholdRecord } from '../../domain/households/household-record';
import type { HouseholdStore } from '../../domain/households/household-store';
import type { Site } from '../../domain/sites/site';
import type { ColumnRole } from './column-roles';
import type { DeclaredCrs } from './coordinates';

/** What a list holds: cases, households, or sites (testing, isolation, supply, checkpoints). */
export type ListKind = 'cases' | 'households' | 'sites';

/** What an import of case, household or site rows is told, what it reports, and what it gives. */
export interface ImportOptions {
  kind: ListKind;
  fileName: string;
  /** The confirmed column for each role. */
  roles: Partial<Record<ColumnRole, number>>;
  /** The coordinate system the user declared, used where no per-row `crs` column says otherwise. */
  crs: DeclaredCrs;
  pairOrder?: 'lat-lng' | 'lng-lat';
  decimalComma?: boolean;
  excelSerialDates?: boolean;
  /** How to read 01/02/2022 in this file; without it such dates are refused as ambiguous. */
  dayMonthOrder?: 'day-first' | 'month-first';
  /** Households only: keep the address column (it stays internal). */
  keepAddress?: boolean;
  jurisdiction: BBox;
  /** Today in Asia/Shanghai, for future-date warnings. */
  today: string;
  /**
   * A record with this id that the plan already counts with: a row equal to it is skipped, a
   * different one refused as a conflict, so importing a file twice changes nothing.
   */
  existing?: (id: string) => CaseRecord | HouseholdRecord | Site | undefined;
  /** The text had bytes the encoding could not read: refuse rows holding U+FFFD instead of importing mojibake. */
  refuseUndecodable?: boolean;
  /** Rows (by line or item number) the file itself makes unusable, with the reason key (a GeoJSON feature with a null geometry…). */
  rowProblems?: ReadonlyMap<number, string>;
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
  /** Physical lines in a text file (header, blank lines and every line of a multi-line row included): nothing in the file goes uncounted. */
  physicalLines?: number;
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
  sites: Site[];
  /** Accepted household records, as the columns the worker keeps. */
  householdStore: HouseholdStore;
  /** The same records as objects (made on first use: a million of them are slow to make). */
  readonly households: HouseholdRecord[];
  report: ImportReport;
}
