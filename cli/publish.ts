import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { householdsPerCell, MIN_CELL_HOUSEHOLDS, type CasePoint } from '../src/domain/publish/case-aggregates';
import { publicationChanges, publishedZones, type PublicationChanges } from '../src/domain/publish/publication-diff';
import { buildSnapshot, type PublicSnapshot, type SnapshotNotes } from '../src/domain/publish/snapshot';
import { dayFromIsoDate } from '../src/domain/time/day-number';
import { defaultSettings } from '../src/domain/plan/plan';
import { loadPolygonEngine } from '../src/domain/zones/polygon-engine';
import { meters } from '../src/domain/geo/types';
import { DISTRICTS_FILE, readDistrictAreas } from '../src/io/districts';
import { DEFAULT_MEASURES } from '../src/domain/publish/default-measures';
import { LATEST_FILE, parseLatest, publicationFiles } from '../src/io/publish/publication-files';
import { readPlaces } from '../src/io/publish/read-places';
import { romanize } from '../src/io/publish/romanize';
import { checkSnapshot } from '../src/io/publish/snapshot-schema';
import { zoneIssues } from '../src/state/zone-issues';
import { InputError, readRecords, readZones } from './read-inputs';

const DISTRICTS_PATH = join(import.meta.dirname, '..', 'public', DISTRICTS_FILE);

export interface PublishOptions {
  zones: string;
  cases?: string;
  /** Household records: cells where few households live are then not published on their own. */
  households?: string;
  places?: string;
  out: string;
  /** The day the publication is as of (default: today in Asia/Shanghai). */
  asOf?: string;
  today: string;
  /** The generation time (default: now); tests pin it. */
  now?: Date;
}

export interface PublishResult {
  snapshot: PublicSnapshot;
  files: string[];
  changes: PublicationChanges;
  notes: SnapshotNotes;
  warnings: string[];
}

/** The publication in `folder` now, if any: read through latest.json and checked against the schema. */
export async function readPublication(folder: string): Promise<PublicSnapshot | undefined> {
  let pointerText: string;
  try {
    pointerText = await readFile(join(folder, LATEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const pointer = parseLatest(pointerText);
  if (!pointer) throw new InputError(`${join(folder, LATEST_FILE)}: not a Cordon publication pointer`);
  const checked = checkSnapshot(JSON.parse(await readFile(join(folder, pointer.snapshot), 'utf8')));
  if (!checked.ok)
    throw new InputError(
      `${join(folder, pointer.snapshot)}: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  return checked.snapshot;
}

/**
 * `publish`: a public snapshot of the plan's zones in force on the as-of day, with case counts
 * suppressed and rounded (domain/publish), written next to the folder's earlier publications:
 * the snapshot first under its hashed name, then latest.json replaced in one rename.
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const warnings: string[] = [];
  const asOf = options.asOf ?? options.today;
  const read = await readZones(options.zones, asOf, warnings);
  const valid = read.zones.filter((zone) => {
    const issues = zoneIssues(zone);
    if (issues.length) warnings.push(`${options.zones}: zone "${zone.name}" has problems and is not published`);
    return issues.length === 0;
  });
  let cases: CasePoint[] = [];
  if (options.cases) {
    const records = await readRecords(options.cases, 'cases', { today: options.today }, warnings);
    cases = records.result.cases.map((record) => ({
      lng: record.lng,
      lat: record.lat,
      reportedDay: dayFromIsoDate(record.reportedOn) as number,
    }));
  }
  let perCell: Map<string, number> | undefined;
  if (options.households) {
    const records = await readRecords(options.households, 'households', { today: options.today }, warnings);
    perCell = householdsPerCell(records.result.householdStore);
  } else if (options.cases)
    warnings.push(
      `without --households, every cell with cases is published; with it, cells where fewer than ${MIN_CELL_HOUSEHOLDS} households live are not`,
    );
  let places: ReturnType<typeof readPlaces>['places'] = [];
  if (options.places) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(options.places, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
      throw new InputError(`${options.places}: not JSON (${(error as Error).message})`);
    }
    try {
      const result = readPlaces(json);
      places = result.places;
      for (const problem of result.problems.slice(0, 20))
        warnings.push(`${options.places}: feature ${problem.feature} is left out: ${problem.reason}`);
      if (result.problems.length > 20)
        warnings.push(`${options.places}: ${result.problems.length - 20} more features left out`);
    } catch (error) {
      throw new InputError(`${options.places}: ${(error as Error).message}`);
    }
  }
  const previous = await readPublication(options.out);
  const districts = readDistrictAreas(JSON.parse(await readFile(DISTRICTS_PATH, 'utf8')));
  const settings = { ...defaultSettings(), ...read.settings };
  const { snapshot, notes } = buildSnapshot(await loadPolygonEngine(), {
    title: read.name ?? basename(options.zones).replace(/\.(cordon\.json|geojson|json)$/, ''),
    zones: valid,
    settings: {
      controlledBufferMeters: meters(settings.controlledBufferMeters),
      precautionBufferMeters: meters(settings.precautionBufferMeters),
      precautionMode: settings.precautionMode,
      protocol: settings.protocol,
    },
    districts,
    cases,
    ...(perCell ? { householdsPerCell: perCell } : {}),
    places,
    asOf,
    publication: (previous?.publication ?? 0) + 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    measures: DEFAULT_MEASURES,
    romanize,
  });
  for (const name of notes.namesLeftOut)
    warnings.push(`"${name}" is left out of the search: it carries a room or door number`);
  const files = await publicationFiles(snapshot);
  await mkdir(options.out, { recursive: true });
  for (const [name, text] of files) {
    if (name === LATEST_FILE) continue;
    await writeFile(join(options.out, name), text);
  }
  const temporary = join(options.out, `.${LATEST_FILE}.${process.pid}.tmp`);
  await writeFile(temporary, files.get(LATEST_FILE) as string);
  await rename(temporary, join(options.out, LATEST_FILE));
  return {
    snapshot,
    files: [...files.keys()],
    changes: publicationChanges(previous && publishedZones(previous), publishedZones(snapshot)),
    notes,
    warnings,
  };
}

/** What the CLI prints after publishing. */
export function publishSummary(result: PublishResult, out: string): string {
  const { snapshot, changes } = result;
  const list = (names: string[]) => (names.length ? names.join(', ') : '-');
  return (
    [
      `Publication ${snapshot.publication} (as of ${snapshot.asOf}) written to ${out}: ${result.files.join(', ')}`,
      `Zones     ${snapshot.zones.length} (sealed ${snapshot.zones.filter((z) => z.tier === 'sealed').length}, controlled ${snapshot.zones.filter((z) => z.tier === 'controlled').length}, precaution ${snapshot.zones.filter((z) => z.tier === 'precaution').length})`,
      `Added     ${list(changes.added)}`,
      `Adjusted  ${list(changes.adjusted)}`,
      `Lifted    ${list(changes.lifted)}`,
      `Cases     ${snapshot.cases.total} from ${snapshot.cases.from} to ${snapshot.cases.to} (counts 1–9 shown as <10, others rounded to tens), in ${snapshot.cases.cells.length} cells of H3 resolution ${snapshot.cases.resolution}` +
        (result.notes.sparseCells ? ` (${result.notes.sparseCells} cells with few households left out)` : ''),
      `Search    ${snapshot.gazetteer.zh.length} names`,
    ].join('\n') + '\n'
  );
}
