import type { CaseRecord } from '../domain/cases/case-record';
import { caseStoreFromRecords } from '../domain/cases/case-store';
import { PointIndex } from '../domain/geo/point-index';
import type { BBox } from '../domain/geo/types';
import type { Site } from '../domain/sites/site';
import type { ListKind } from '../io/import/import-types';
import type { HouseholdRecord } from '../domain/households/household-record';
import { householdAt } from '../domain/households/household-store';
import type { DatasetRef } from '../domain/plan/plan';
import type { StoredDataset } from '../io/dataset-storage';
import {
  importTable,
  inspectTable,
  readSource,
  type FileProblem,
  type Inspection,
  type ReadChoices,
  type SourceInfo,
} from '../io/import/import-file';
import type { ImportOptions, ImportReport, ImportResult } from '../io/import/import-records';
import type { ParsedTable, TextTable } from '../io/import/parse-table';
import { suggestCrs, type CrsSuggestion } from '../io/import/suggest-crs';

/** A file to import: a browser File (read in the worker, not on the page) or anything like it. */
export interface ImportFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the user confirmed in the dialog: the import options that are the user's to choose. */
export type ImportSettings = Pick<
  ImportOptions,
  'roles' | 'crs' | 'pairOrder' | 'decimalComma' | 'excelSerialDates' | 'dayMonthOrder' | 'keepAddress'
> & { kind: ListKind };

export interface ImportProgress {
  phase: 'reading' | 'checking';
  fraction: number;
  rowsDone?: number;
  rowsTotal?: number;
  /** Estimated from the pace so far; absent until there is a pace. */
  secondsLeft?: number;
}

export type InspectResult =
  { ok: true; inspection: Inspection; suggestion?: CrsSuggestion } | { ok: false; problem: FileProblem };

/** The checked import, before it is committed: what the preview shows. */
export interface ImportPreview {
  kind: ListKind;
  fileName: string;
  report: ImportReport;
  /** The first accepted records, as stored. */
  sample: (CaseRecord | HouseholdRecord | Site)[];
  /** Interleaved [lng, lat] of accepted records (at most PREVIEW_POINTS, spread through the file). */
  points: Float64Array;
  bounds?: BBox;
}

const PREVIEW_POINTS = 5_000;

type Progress = (progress: ImportProgress) => void;

function paced(
  phase: ImportProgress['phase'],
  onProgress: Progress | undefined,
): (fraction: number, rowsDone?: number, rowsTotal?: number) => void {
  const started = performance.now();
  return (fraction, rowsDone, rowsTotal) => {
    const elapsed = (performance.now() - started) / 1000;
    const secondsLeft =
      fraction > 0.02 && elapsed > 0.2 ? Math.max(0, Math.round((elapsed / fraction) * (1 - fraction))) : undefined;
    onProgress?.({ phase, fraction, rowsDone, rowsTotal, secondsLeft });
  };
}

/**
 * One import at a time, in the worker: the file's bytes, how they were read, the checked result.
 * Nothing here touches the active data; only commit hands a dataset to the registry.
 */
export class ImportSession {
  private fileName = '';
  private bytes: Uint8Array | undefined;
  private read: { info: SourceInfo; table: ParsedTable; text?: TextTable } | undefined;
  private staged: { settings: ImportSettings; result: ImportResult } | undefined;

  /** Reads a new file (or the same one with other choices) and guesses what it holds. */
  async inspect(
    file: ImportFile | undefined,
    choices: ReadChoices,
    buildings: { lng: Float64Array; lat: Float64Array } | undefined,
    signal: AbortSignal,
    onProgress?: Progress,
    listKind?: ListKind,
  ): Promise<InspectResult> {
    if (file) {
      this.fileName = file.name;
      this.bytes = new Uint8Array(await file.arrayBuffer());
    }
    this.read = undefined;
    this.staged = undefined;
    if (!this.bytes) return { ok: false, problem: { key: 'file_empty' } };
    const progress = paced('reading', onProgress);
    const read = await readSource(this.fileName, this.bytes, choices, {
      signal,
      onProgress: (fraction) => progress(fraction),
    });
    if (!read.ok) return read;
    this.read = read;
    const inspection = inspectTable(read.info, read.table, listKind);
    const suggestion =
      buildings && buildings.lng.length > 0 && !inspection.crsFromValues
        ? suggestCrs(inspection.samplePoints, new PointIndex(buildings.lng, buildings.lat))
        : undefined;
    return { ok: true, inspection, suggestion };
  }

  /** Checks every row with the confirmed settings; the result waits for commit or discard. */
  async check(
    settings: ImportSettings,
    context: { jurisdiction: BBox; today: string; existing: ImportSettingsExisting },
    signal: AbortSignal,
    onProgress?: Progress,
  ): Promise<ImportPreview> {
    if (!this.read) throw new Error('No file has been read');
    this.staged = undefined;
    const { info, table, text } = this.read;
    const total = info.rows;
    const progress = paced('checking', onProgress);
    const result = await importTable(
      info,
      table,
      {
        ...settings,
        fileName: this.fileName,
        jurisdiction: context.jurisdiction,
        today: context.today,
        existing: context.existing(settings.kind),
      },
      {
        signal,
        onProgress: (fraction, rowsDone) => progress(fraction, rowsDone, total),
      },
      text,
    );
    this.staged = { settings, result };
    return preview(settings.kind, this.fileName, result);
  }

  /** The staged sites, for the plan (sites are plan objects, not a dataset); the session is then empty. */
  commitSites(): { sites: Site[]; fileName: string } {
    if (!this.staged || this.staged.settings.kind !== 'sites') throw new Error('No site list to commit');
    const committed = { sites: this.staged.result.sites, fileName: this.fileName };
    this.discard();
    return committed;
  }

  /** The staged records as a dataset, ready for the registry; the session is then empty. */
  commit(id: string, importedAt: string): StoredDataset {
    if (!this.staged) throw new Error('Nothing to commit');
    const { settings, result } = this.staged;
    if (settings.kind === 'sites') throw new Error('A site list is committed to the plan (commitSites)');
    const ref: DatasetRef = {
      id,
      kind: settings.kind,
      source: 'import',
      fileName: this.fileName,
      records: result.report.accepted,
      importedAt,
    };
    const dataset: StoredDataset =
      settings.kind === 'cases'
        ? { ref, cases: caseStoreFromRecords(result.cases) }
        : { ref, households: result.householdStore };
    this.discard();
    return dataset;
  }

  discard(): void {
    this.bytes = undefined;
    this.read = undefined;
    this.staged = undefined;
  }
}

type ImportSettingsExisting = (
  kind: ListKind,
) => ((id: string) => CaseRecord | HouseholdRecord | Site | undefined) | undefined;

function preview(kind: ListKind, fileName: string, result: ImportResult): ImportPreview {
  const store = result.householdStore;
  const count = kind === 'cases' ? result.cases.length : kind === 'sites' ? result.sites.length : store.length;
  const at = (i: number): { lng: number; lat: number } =>
    kind === 'cases' ? result.cases[i] : kind === 'sites' ? result.sites[i] : { lng: store.lng[i], lat: store.lat[i] };
  const step = Math.max(1, Math.ceil(count / PREVIEW_POINTS));
  const points = new Float64Array(2 * Math.ceil(count / step));
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (let i = 0, j = 0; i < count; i += step, j++) {
    const { lng, lat } = at(i);
    points[2 * j] = lng;
    points[2 * j + 1] = lat;
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const sample =
    kind === 'cases'
      ? result.cases.slice(0, 10)
      : kind === 'sites'
        ? result.sites.slice(0, 10)
        : Array.from({ length: Math.min(10, store.length) }, (_, i) => householdAt(store, i));
  return {
    kind,
    fileName,
    report: result.report,
    sample,
    points,
    bounds: count ? [west, south, east, north] : undefined,
  };
}
