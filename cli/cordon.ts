/**
 * The Cordon command line: the same domain code as the app, headless.
 *
 *   npm run cordon -- summary [--households <file.csv[.gz]>] [--cases <file.csv[.gz]>] [--format json|text]
 *
 * Without files it reads the embedded demo data. Exit status: 0 done, 2 bad input (nothing written).
 */
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
