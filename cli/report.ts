import { readFile, writeFile } from 'node:fs/promises';
export { InputError } from './read-inputs';
import { InputError } from './read-inputs';
import { basename, join } from 'node:path';
import { caseStoreFromRecords } from '../src/domain/cases/case-store';
import { FiguresCounter } from '../src/domain/figures/plan-figures';
import { loadPolygonEngine } from '../src/domain/zones/polygon-engine';
import { figuresReport, type ReportJson } from '../src/io/report/figures-report';
import { meters } from '../src/domain/geo/types';
import { GridIndex } from '../src/domain/households/grid-index';
import type { RingSettings } from '../src/domain/zones/effective-tiers';
import type { DeclaredCrs } from '../src/io/import/coordinates';
import { issueValues } from '../src/io/zones/zone-geojson-import';
import { english, readRecords, readZones } from './read-inputs';
import { zoneIssues } from '../src/state/zone-issues';
import { DISTRICTS_FILE, parseDistricts } from '../src/io/districts';
import { caseDaysIn, DEFAULT_PROTOCOL, zoneClock, type ZoneClock } from '../src/domain/cases/zone-clock';
import { dayFromIsoDate } from '../src/domain/time/day-number';
import { DEFAULT_PLANNING_RATES } from '../src/domain/figures/planning-needs';
import { siteFigures } from '../src/domain/sites/site-figures';
import { defaultCoverageSettings } from '../src/domain/plan/plan';
import { coverageJson } from '../src/io/report/coverage-report';
import type { ReportContext } from '../src/io/report/figures-document';

/** The district boundaries shipped with the app, read from the repository. */
const DISTRICTS_PATH = join(import.meta.dirname, '..', 'public', DISTRICTS_FILE);

export interface ReportOptions {
  zones: string;
  households: string;
  cases?: string;
  /** A site list (testing, isolation, supply, checkpoints): the report then gains `coverage`. */
  sites?: string;
  /** The walking distance to a testing site that counts as covered (default 500 m). */
  walkingMeters?: number;
  /** The coordinate system the user declared (--crs); without it, what the file says, else WGS-84, with a warning. */
  crs?: DeclaredCrs;
  controlledBuffer?: number;
  precautionBuffer?: number;
  /** 'district': the precaution area is each sealed zone's whole district (default: the plan's, else 'ring'). */
  precautionMode?: 'ring' | 'district';
  /** The day the zone clocks are read on (YYYY-MM-DD; default: today in Asia/Shanghai). */
  asOf?: string;
  format: 'json' | 'csv' | 'md';
  today: string;
}

/** The planning report, computed with the same domain code as the app. */
export async function buildReport(
  options: ReportOptions,
): Promise<{ json: ReportJson; warnings: string[]; context: ReportContext }> {
  const warnings: string[] = [];
  // A zone file's features without a declaredOn are taken as declared on the report's day.
  const {
    zones,
    settings: planSettings,
    name: planName,
    sites: planSites,
  } = await readZones(options.zones, options.asOf ?? options.today, warnings);
  const settings: RingSettings = {
    controlledBufferMeters: meters(options.controlledBuffer ?? planSettings?.controlledBufferMeters ?? 500),
    precautionBufferMeters: meters(options.precautionBuffer ?? planSettings?.precautionBufferMeters ?? 2000),
    precautionMode: options.precautionMode ?? planSettings?.precautionMode ?? 'ring',
  };
  const districts =
    settings.precautionMode === 'district' ? parseDistricts(JSON.parse(await readFile(DISTRICTS_PATH, 'utf8'))) : [];
  const households = await readRecords(options.households, 'households', options, warnings);
  const cases = options.cases ? await readRecords(options.cases, 'cases', options, warnings) : undefined;
  const sites = options.sites ? await readRecords(options.sites, 'sites', options, warnings) : undefined;
  const store = households.result.householdStore;
  // As of a day, the cases reported after it are not known yet: counted nowhere, clocks included.
  const asOfDate = options.asOf ?? options.today;
  const allCases = cases?.result.cases ?? [];
  const caseRecords = allCases.filter((record) => record.reportedOn <= asOfDate);
  if (cases && caseRecords.length < allCases.length)
    warnings.push(
      `${options.cases}: ${allCases.length - caseRecords.length} of ${allCases.length} cases are reported after ${asOfDate} and not counted (--as-of)`,
    );
  const index = new GridIndex(store.lng, store.lat);
  const counter = new FiguresCounter(await loadPolygonEngine(), store, index, caseStoreFromRecords(caseRecords));
  const valid = zones.filter((zone) => !zone.liftedOn && zoneIssues(zone).length === 0);
  const figures = counter.count(valid, settings, districts);
  for (const zone of zones)
    if (!valid.includes(zone)) {
      const issue = zoneIssues(zone)[0];
      const why = zone.liftedOn ? 'lifted' : `invalid (${english(`zoneIssue_${issue.code}`, issueValues(issue))})`;
      warnings.push(`${options.zones}: zone "${zone.name}" is ${why} and not counted`);
    }
  let clocks: Map<string, ZoneClock> | undefined;
  if (cases) {
    const caseStore = caseStoreFromRecords(caseRecords);
    const asOf = dayFromIsoDate(asOfDate) as number;
    const protocol = planSettings?.protocol ?? DEFAULT_PROTOCOL;
    clocks = new Map(
      valid.map((zone) => [
        zone.id,
        zoneClock(
          caseDaysIn(caseStore, zone.geometry),
          dayFromIsoDate(zone.declaredOn) ?? asOf,
          asOf,
          zone.tier,
          protocol,
        ),
      ]),
    );
  }
  const inputs = [households.balance, ...(cases ? [cases.balance] : []), ...(sites ? [sites.balance] : [])];
  // What a report for people (--lang) says about itself: the plan, the day, the cases' window, the rates.
  const firstCase = caseRecords.reduce<string | undefined>(
    (first, record) => (first === undefined || record.reportedOn < first ? record.reportedOn : first),
    undefined,
  );
  const rates = planSettings?.planningRates ?? DEFAULT_PLANNING_RATES;
  const json = figuresReport(figures, zones, settings, inputs, cases !== undefined, clocks);
  // The sites of --sites, else a plan file's own.
  const siteList = sites?.result.sites ?? (planSites?.length ? planSites : undefined);
  if (!siteList && options.walkingMeters !== undefined)
    throw new InputError(
      '--walking-meters is the distance to a testing site: give the sites with --sites, or a plan file that has sites.',
    );
  if (siteList) {
    const { testing, isolation, supply } = siteFigures({
      counter,
      figures,
      zones: valid,
      households: store,
      index,
      cases: caseStoreFromRecords(caseRecords),
      sites: siteList,
      coverage: {
        ...(planSettings?.coverage ?? defaultCoverageSettings()),
        ...(options.walkingMeters === undefined ? {} : { walkingMeters: options.walkingMeters }),
      },
      rates,
      asOfDay: dayFromIsoDate(asOfDate) as number,
    });
    json.coverage = coverageJson(testing, isolation, supply);
  }
  const context: ReportContext = {
    planName: planName ?? basename(options.zones),
    asOf: asOfDate,
    window: cases ? { from: firstCase ?? asOfDate, to: asOfDate } : undefined,
    rates,
    ...(siteList ? { siteNames: Object.fromEntries(siteList.map((site) => [site.id, site.name])) } : {}),
  };
  return { json, warnings, context };
}

export { formatReport } from '../src/io/report/figures-report';

export async function writeReport(
  text: string,
  out: string | undefined,
  stdout: (text: string) => void,
): Promise<void> {
  if (out) await writeFile(out, text);
  else stdout(text);
}
