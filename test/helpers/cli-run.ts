import { runCli } from '../../cli/run-cli';

/** Runs the CLI in-process with argv, and returns its exit status and what it wrote to stdout and stderr. */
export async function runCommandLine(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
