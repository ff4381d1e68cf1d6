import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { caseStoreFromRecords, summarizeCases } from '../src/domain/cases/case-store';
import { householdTotals } from '../src/domain/households/household-store';
import { readDemoCases } from '../src/io/demo-data/demo-cases';
import { DemoHouseholdReader } from '../src/io/demo-data/demo-households';
import { streamResponseText } from '../src/io/demo-data/read-response-text';
import type { DeclaredCrs } from '../src/io/import/coordinates';
import { buildReport, formatReport, writeReport } from './report';
import { documentCsv, documentMarkdown, figuresDocument } from '../src/io/report/figures-document';
import { InputError, readRecords } from './read-inputs';
import { MAX_RING_METERS } from '../src/domain/plan/plan-limits';
import type { InputBalance } from '../src/io/report/figures-report';
import { dayFromIsoDate } from '../src/domain/time/day-number';
import { publish, publishSummary } from './publish';

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage: npm run cordon -- summary [--households <file>] [--cases <file>] [--format json|text]
       npm run cordon -- report --zones <zones.geojson | plan.cordon.json> --households <csv | geojson | xlsx>
                        [--cases <file>] [--sites <csv | xlsx | geojson>] [--walking-meters <m>]
                        [--crs wgs84|gcj02|bd09] [--controlled-buffer <m>] [--precaution-buffer <m>]
                        [--precaution-mode ring|district] [--as-of <YYYY-MM-DD>] [--format json|csv|md] [--lang zh-CN|en] [--out <file>]
       npm run cordon -- publish --zones <zones.geojson | plan.cordon.json> [--cases <file>] [--households <file>] [--places <places.geojson>]
                        [--as-of <YYYY-MM-DD>] --out <folder>

Commands:
  summary   Count household records, households, residents and cases (default: the embedded demo data).
  report    Households and residents per tier (rings included, each building once, in its highest tier) and per zone;
            with --sites (columns id,name,kind,lng,lat,capacity; kind testing|isolation|supply|checkpoint or
            核酸采样点|集中隔离点|物资保障点|卡口; capacity swabs an hour, rooms or packs a day) also the residents
            within --walking-meters (default 500) of a testing site, each zone's testing round, isolation rooms
            and supply packs.
  publish   A public snapshot of the zones in force (their tiers, dates and measures, case counts suppressed and
            rounded, a search list) into a folder of static files, next to its earlier publications.
`;

const DEMO_DIR = join(import.meta.dirname, '..', 'public', 'demo');

async function readText(path: string): Promise<string> {
  let text = '';
  // The same streaming reader as the app: gzip is recognised by its magic bytes.
  await streamResponseText(new Response(await readFile(path)), (chunk) => (text += chunk));
  return text;
}

/** Runs the CLI and returns its exit status; output goes through `io` so tests can read it. */
export async function runCli(argv: string[], io: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        households: { type: 'string' },
        cases: { type: 'string' },
        format: { type: 'string' },
        zones: { type: 'string' },
        crs: { type: 'string' },
        'controlled-buffer': { type: 'string' },
        'precaution-buffer': { type: 'string' },
        'precaution-mode': { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        places: { type: 'string' },
        sites: { type: 'string' },
        'walking-meters': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  if (positionals[0] === 'report') return report(values, io);
  if (positionals[0] === 'publish') return publishCommand(values, io);
  if (positionals[0] !== 'summary') {
    io.err(`Unknown command "${positionals[0]}".\n\n${USAGE}`);
    return 2;
  }
  values.format ??= 'text';
  if (values.format !== 'json' && values.format !== 'text') {
    io.err(`--format must be json or text, not "${values.format}".\n`);
    return 2;
  }
  try {
    const warnings: string[] = [];
    const summary = await summarize(values.households, values.cases, warnings);
    for (const warning of warnings) io.err(`cordon summary: warning: ${warning}\n`);
    const { households, cases, inputs } = summary;
    if (values.format === 'json') io.out(JSON.stringify(summary, null, 2) + '\n');
    else {
      io.out(
        [
          `Household records  ${households.records}`,
          `Households         ${households.households}`,
          `Residents          ${households.residents}`,
          `Cases              ${cases.count} (${cases.firstReportedOn ?? '-'} – ${cases.lastReportedOn ?? '-'})`,
          ...Object.entries(cases.byFoundIn).map(([found, n]) => `  found in ${found.padEnd(11)}${n}`),
          ...inputs.map(
            (input) =>
              `${input.file}: read ${input.read} = accepted ${input.accepted} + rejected ${input.rejected} + skipped ${input.skipped}` +
              (input.lines === undefined ? '' : ` (${input.lines} lines)`),
          ),
        ].join('\n') + '\n',
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`cordon summary: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      io.err(`cordon summary: cannot read ${(error as NodeJS.ErrnoException).path}: no such file.\n`);
    else io.err(`cordon: ${(error as Error).message}\n`);
    return 2;
  }
}

/**
 * Totals of the embedded demo data, or of the given files read by the app's own import (each
 * with its balance; bad rows become warnings, a file with no usable row is refused).
 */
async function summarize(householdsPath: string | undefined, casesPath: string | undefined, warnings: string[]) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const inputs: InputBalance[] = [];
  let householdStore;
  if (householdsPath) {
    const read = await readRecords(householdsPath, 'households', { today }, warnings);
    householdStore = read.result.householdStore;
    inputs.push(read.balance);
  } else {
    const reader = new DemoHouseholdReader();
    reader.push(await readText(join(DEMO_DIR, 'households.csv.gz')));
    householdStore = reader.finish();
  }
  let caseRecords;
  if (casesPath) {
    const read = await readRecords(casesPath, 'cases', { today }, warnings);
    caseRecords = read.result.cases;
    inputs.push(read.balance);
  } else caseRecords = readDemoCases(await readText(join(DEMO_DIR, 'cases.csv.gz')));
  return {
    households: householdTotals(householdStore),
    cases: summarizeCases(caseStoreFromRecords(caseRecords)),
    inputs,
  };
}

type Values = {
  households?: string;
  cases?: string;
  zones?: string;
  crs?: string;
  format?: string;
  out?: string;
  'controlled-buffer'?: string;
  'precaution-buffer'?: string;
  'precaution-mode'?: string;
  'as-of'?: string;
  lang?: string;
  places?: string;
  sites?: string;
  'walking-meters'?: string;
};

/** What a command says when it stops: the input's problem, a missing file, or the error itself. */
function failureMessage(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return `cannot read ${path}: no such file.`;
  return (error as Error).message;
}

/** `publish`: status 2 and nothing written on bad input. */
async function publishCommand(values: Values, io: CliOutput): Promise<number> {
  const fail = (message: string) => {
    io.err(`cordon publish: ${message}\n`);
    return 2;
  };
  if (!values.zones || !values.out) return fail(`--zones and --out are required.\n\n${USAGE}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && dayFromIsoDate(asOf) === undefined)
    return fail(`--as-of must be a date written YYYY-MM-DD, not "${asOf}".`);
  try {
    const result = await publish({
      zones: values.zones,
      cases: values.cases,
      households: values.households,
      places: values.places,
      out: values.out,
      asOf,
      today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    });
    for (const warning of result.warnings) io.err(`cordon publish: warning: ${warning}\n`);
    io.out(publishSummary(result, values.out));
    return 0;
  } catch (error) {
    return fail(failureMessage(error));
  }
}

/** `report`: figures per tier and per zone; status 2 and nothing written on bad input. */
async function report(values: Values, io: CliOutput): Promise<number> {
  const fail = (message: string) => {
    io.err(`cordon report: ${message}\n`);
    return 2;
  };
  if (!values.zones || !values.households) return fail(`--zones and --households are required.\n\n${USAGE}`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'md')
    return fail(`--format must be json, csv or md, not "${format}".`);
  if (!['wgs84', 'gcj02', 'bd09'].includes(values.crs ?? 'wgs84'))
    return fail(`--crs must be wgs84, gcj02 or bd09, not "${values.crs}".`);
  const asOf = values['as-of'];
  if (asOf !== undefined && dayFromIsoDate(asOf) === undefined)
    return fail(`--as-of must be a date written YYYY-MM-DD, not "${asOf}".`);
  const lang = values.lang;
  if (lang !== undefined && lang !== 'zh-CN' && lang !== 'en')
    return fail(`--lang must be zh-CN or en, not "${lang}".`);
  if (lang !== undefined && format === 'json')
    return fail('--lang is for --format csv or md: the JSON report keeps its stable field names.');
  const mode = values['precaution-mode'];
  if (mode !== undefined && mode !== 'ring' && mode !== 'district')
    return fail(`--precaution-mode must be ring or district, not "${mode}".`);
  const distance = (name: 'controlled-buffer' | 'precaution-buffer' | 'walking-meters') => {
    const text = values[name];
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > MAX_RING_METERS)
      throw new InputError(`--${name} must be a distance in metres from 0 to ${MAX_RING_METERS}, not "${text}".`);
    return value;
  };
  try {
    const { json, warnings, context } = await buildReport({
      zones: values.zones,
      households: values.households,
      cases: values.cases,
      sites: values.sites,
      walkingMeters: distance('walking-meters'),
      crs: values.crs as DeclaredCrs | undefined,
      controlledBuffer: distance('controlled-buffer'),
      precautionBuffer: distance('precaution-buffer'),
      precautionMode: mode,
      asOf,
      format,
      today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    });
    for (const warning of warnings) io.err(`cordon report: warning: ${warning}\n`);
    // With --lang, the report for people (title, as-of, window, rings, needs, km²); without, the stable columns.
    const text =
      lang === undefined || format === 'json'
        ? formatReport(json, format)
        : (format === 'csv' ? documentCsv : documentMarkdown)(figuresDocument(json, context, lang));
    await writeReport(text, values.out, io.out);
    return 0;
  } catch (error) {
    return fail(failureMessage(error));
  }
}
