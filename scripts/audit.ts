/**
 * `npm run audit:prod` (issue 19, item 10): `npm audit --omit=dev` over what the app ships.
 * Fails on any high or critical finding; a registry that cannot be reached, or that does not
 * offer the audit endpoint (a mirror), is reported and is not a failure. The result is kept in
 * test-output/reliability/audit.json for `npm run reliability`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface AuditJson {
  metadata?: { vulnerabilities?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number> };
  message?: string;
  error?: { summary?: string };
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let parsed: AuditJson | undefined;
try {
  parsed = JSON.parse(run.stdout) as AuditJson;
} catch {
  parsed = undefined;
}
const counts = parsed?.metadata?.vulnerabilities;
const result = counts
  ? { checked: true, at: new Date().toISOString(), ...counts }
  : {
      checked: false,
      at: new Date().toISOString(),
      reason: (parsed?.message ?? parsed?.error?.summary ?? (run.stderr || String(run.error ?? 'no answer')))
        .trim()
        .split('\n')[0]
        .slice(0, 200),
    };
mkdirSync(join('test-output', 'reliability'), { recursive: true });
writeFileSync(join('test-output', 'reliability', 'audit.json'), JSON.stringify(result, null, 2) + '\n');
if (!counts) {
  console.log(`npm audit could not be run, so nothing was checked: ${'reason' in result ? result.reason : ''}`);
  process.exit(0);
}
console.log(
  `npm audit --omit=dev: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`,
);
process.exit(counts.critical + counts.high > 0 ? 1 : 0);
