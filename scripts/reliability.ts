/**
 * `npm run reliability` (issue 19, item 11): the reliability figures of the last test run, from
 * what the tests left in test-output/reliability/ (test/hostile/README.md says which test writes
 * what). Prints "not measured" for a figure no test has written, never a number it does not have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryTally, ResourceMeasurement } from '../test/hostile/tally';

const DIR = join('test-output', 'reliability');

const read = <T>(name: string): (T & { writtenAt?: string }) | undefined =>
  existsSync(join(DIR, name))
    ? (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T & { writtenAt?: string })
    : undefined;
const number = (value: number) => value.toLocaleString('en').replace(/,/g, ' ');

if (!existsSync(DIR)) {
  console.log('No figures yet: run `npm test` first (the tests write them to test-output/reliability/).');
  process.exit(0);
}

const lines: string[] = ['# Cordon reliability figures (from the last test run)', ''];

// 1. Generated hostile input.
const tallies = readdirSync(DIR)
  .filter((name) => name.startsWith('generated-'))
  .map((name) => read<{ writtenAt: string; entries: Record<string, EntryTally> }>(name)!);
const entries = tallies.flatMap((tally) => Object.entries(tally.entries));
if (entries.length) {
  const sum = (key: keyof EntryTally) => entries.reduce((total, [, entry]) => total + Number(entry[key] ?? 0), 0);
  const slowest = entries.reduce((a, b) => (b[1].slowestMs > a[1].slowestMs ? b : a));
  const largest = entries.reduce((a, b) => (b[1].largestBytes > a[1].largestBytes ? b : a));
  lines.push(
    `## Generated hostile input (${entries.length} entry points, ${tallies.map((t) => t.writtenAt).sort()[0]})`,
    '',
    `- inputs tried: **${number(sum('inputs'))}** (${number(sum('refused'))} refused with a reason, ${number(sum('cancelled'))} imports cancelled midway)`,
    `- uncaught exceptions: **${sum('crashes')}**; hangs (over the stated bound): **${sum('hangs')}**; silent drops: **${sum('silentDrops')}**`,
    `- stored data changed by a failed or cancelled import: **${sum('storedChanges')}**; prototype pollution: **${sum('pollutions')}**`,
    `- slowest input: ${slowest[1].slowestMs.toFixed(0)} ms (${slowest[0]}, bound ${number(slowest[1].boundMs)} ms)`,
    `- largest input: ${number(largest[1].largestBytes)} bytes (${largest[0]})`,
    '',
    '| entry point | inputs | refused | crashes | hangs | silent drops | stored changes | slowest (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...entries
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(
        ([name, e]) =>
          `| ${name} | ${e.inputs} | ${e.refused} | ${e.crashes} | ${e.hangs} | ${e.silentDrops} | ${e.storedChanges} | ${e.slowestMs.toFixed(0)} |`,
      ),
    '',
  );
} else lines.push('## Generated hostile input', '', 'not measured: test/hostile/generated-*.test.ts did not run', '');

// 2. Resource limits.
const limits = read<{ measured: ResourceMeasurement[] }>('resource-limits.json');
lines.push('## Resource limits', '');
if (limits) {
  lines.push('| input | outcome | time (bound) | memory growth (bound) |', '| --- | --- | ---: | ---: |');
  for (const m of limits.measured)
    lines.push(
      `| ${m.input} | ${m.outcome} | ${number(m.ms)} ms (${number(m.boundMs)}) | ${m.peakMemoryGrowthMb} MB (${m.boundMb}) |`,
    );
} else lines.push('not measured: test/hostile/resource-limits.test.ts did not run');
lines.push('');

// 3. Script injection and the Content-Security-Policy, from the browser run.
const xss = read<{
  payloads: number;
  fields: number;
  placements: number;
  executions: number;
  violations: Record<string, number>;
}>('xss.json');
lines.push('## Script injection and CSP (browser)', '');
if (xss) {
  lines.push(
    `- ${xss.payloads} payloads in ${xss.fields} fields (${number(xss.placements)} placements): **${xss.executions}** executions`,
    `- CSP violations: ${Object.entries(xss.violations)
      .map(([page, count]) => `${page} **${count}**`)
      .join(', ')}`,
  );
} else lines.push('not measured: test/e2e/script-injection.e2e.ts did not run');
lines.push('');

// 4. Supply chain.
const audit = read<{ checked: boolean; reason?: string; high?: number; critical?: number; moderate?: number }>(
  'audit.json',
);
lines.push('## Supply chain', '');
if (!audit) lines.push('not measured: `npm run audit:prod` has not run here');
else if (!audit.checked) lines.push(`npm audit could not be run: ${audit.reason}`);
else
  lines.push(
    `npm audit --omit=dev: **${audit.critical}** critical, **${audit.high}** high, ${audit.moderate} moderate`,
  );
lines.push('');

// 5. Durability: crash and reload, two tabs, storage failures (browser).
const crash = read<{
  cycles: number;
  crashes: number;
  crashesWhileLoading: number;
  cleanCloses: number;
  edits: number;
  lostOlderThanOneSecond: number;
  lostYoungerThanOneSecond: number;
  recoveryOffered: number;
  recoveryMissing: number;
  recoveryUnwanted: number;
  slowestOfferMs: number;
  reopenMedianMs: number;
  slowestSaveMs?: number;
}>('crash-recovery.json');
lines.push('## Crash and reload (browser)', '');
if (crash)
  lines.push(
    `- ${crash.cycles} cycles: ${crash.crashes} kills while editing, ${crash.crashesWhileLoading} while starting, ${crash.cleanCloses} clean closes; ${crash.edits} edits`,
    `- lost edits older than a second: **${crash.lostOlderThanOneSecond}** (younger ones lost to a kill: ${crash.lostYoungerThanOneSecond})`,
    `- recovery offered after a crash: ${crash.recoveryOffered} times; missing: **${crash.recoveryMissing}**; offered after a clean close: **${crash.recoveryUnwanted}**`,
    `- median reopening to an editable plan: ${number(crash.reopenMedianMs)} ms; the offer came at most ${number(crash.slowestOfferMs)} ms after that`,
    `- the slowest autosave seen (the last before each kill, from its start to its commit): ${crash.slowestSaveMs === undefined ? 'not measured' : `${number(crash.slowestSaveMs)} ms`}`,
  );
else lines.push('not measured: test/e2e/crash-recovery.e2e.ts did not run');
lines.push('');

const tabs = read<{
  steps: number;
  edits: number;
  handovers: number;
  refusedInReader: number;
  lostEdits: number;
  overwrittenEdits: number;
}>('two-tabs.json');
lines.push('## Two tabs (browser)', '');
if (tabs)
  lines.push(
    `- ${tabs.steps} randomized steps: ${tabs.edits} edits, ${tabs.handovers} reloads or closes of the writing tab, ${tabs.refusedInReader} edits refused in the read-only tab`,
    `- lost edits: **${tabs.lostEdits}**; overwritten edits: **${tabs.overwrittenEdits}**`,
  );
else lines.push('not measured: test/e2e/two-tabs.e2e.ts did not run');
lines.push('');

const storage = read<{ indexedDbBannerMs: number; opfsBannerMs: number; lostEdits: number }>('storage-failures.json');
lines.push('## Storage failures (browser)', '');
if (storage)
  lines.push(
    `- IndexedDB quota: banner ${storage.indexedDbBannerMs} ms after the edit; lost edits **${storage.lostEdits}**; backup downloaded; retry saved`,
    `- private file system quota (map file): message ${number(storage.opfsBannerMs)} ms after the refused write; basemap unchanged; a later try kept it`,
  );
else lines.push('not measured: test/e2e/storage-failures.e2e.ts did not run');
console.log(lines.join('\n'));
