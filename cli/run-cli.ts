import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { caseStoreFromRecords, summarizeCases } from '../src/domain/cases/case-store';
import { householdTotals } from '../src/domain/households/household-store';
import { readDemoCases } from '../src/io/demo-data/demo-cases';
import { DemoHouseholdReader } from '../src/io/demo-data/demo-households';
import { streamResponseText } from '../src/io/demo-data/read-response-text';

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage: npm run cordon -- summary [--households <file.csv[.gz]>] [--cases <file.csv[.gz]>] [--format json|text]

Commands:
  summary   Count household records, households, residents and cases (default: the embedded demo data).
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
        format: { type: 'string', default: 'text' },
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
  if (positionals[0] !== 'summary') {
    io.err(`Unknown command "${positionals[0]}".\n\n${USAGE}`);
    return 2;
  }
  if (values.format !== 'json' && values.format !== 'text') {
    io.err(`--format must be json or text, not "${values.format}".\n`);
    return 2;
  }
  const householdsPath = values.households ?? join(DEMO_DIR, 'households.csv.gz');
  const casesPath = values.cases ?? join(DEMO_DIR, 'cases.csv.gz');
  try {
    const reader = new DemoHouseholdReader();
    reader.push(await readText(householdsPath));
    const households = householdTotals(reader.finish());
    const cases = summarizeCases(caseStoreFromRecords(readDemoCases(await readText(casesPath))));
    const summary = { households, cases };
    if (values.format === 'json') io.out(JSON.stringify(summary, null, 2) + '\n');
    else {
      io.out(
        [
          `Household records  ${households.records}`,
          `Households         ${households.households}`,
          `Residents          ${households.residents}`,
          `Cases              ${cases.count} (${cases.firstReportedOn ?? '-'} – ${cases.lastReportedOn ?? '-'})`,
          ...Object.entries(cases.byFoundIn).map(([found, n]) => `  found in ${found.padEnd(11)}${n}`),
        ].join('\n') + '\n',
      );
    }
    return 0;
  } catch (error) {
    io.err(`cordon: ${(error as Error).message}\n`);
    return 2;
  }
}
