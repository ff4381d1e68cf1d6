/** Runs bytes through the whole import pipeline (`importFile`) and holds the outcome to the catalogue's contract (test/catalogue/README.md). */
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { JIAXING_BBOX } from '../../src/domain/geo/jiaxing';
import { isStringKey, translate } from '../../src/i18n/i18n';
import { importFile } from '../../src/io/import/import-file';
import type { ImportReport, RowNote } from '../../src/io/import/import-records';

export type Options = Partial<Parameters<typeof importFile>[2]> & { name?: string };
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const gb18030 = (text: string) =>
  new Uint8Array(execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030'], { input: text }));

/** The contract: a total function; a balanced report whose every note reads in both languages; the input untouched. */
export function contract(report: ImportReport): void {
  expect(report.read).toBe(report.accepted + report.rejected + report.skipped);
  expect(report.rejections.length).toBe(report.rejected);
  expect(report.skips.length).toBe(report.skipped);
  const notes: RowNote[] = [...report.rejections, ...report.skips, ...report.warnings];
  for (const note of notes) {
    expect(note.line).toBeGreaterThan(0);
    expect(isStringKey(`reason_${note.key}`), `reason_${note.key}`).toBe(true);
    expect(isStringKey(`hint_${note.key}`), `hint_${note.key}`).toBe(true);
    expect((note.value ?? '').length).toBeLessThanOrEqual(60);
  }
  for (const key of Object.keys(report.transforms))
    expect(isStringKey(`transform_${key}`), `transform_${key}`).toBe(true);
}

export async function run(content: string | Uint8Array, options: Options = {}) {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  const before = bytes.slice();
  const result = await importFile(options.name ?? 'fixture.csv', bytes, {
    jurisdiction: JIAXING_BBOX,
    today: '2022-04-30',
    ...options,
  });
  expect(Buffer.compare(bytes, before), 'the input bytes changed').toBe(0);
  if (result.ok) contract(result.result.report);
  else {
    expect(isStringKey(result.problem.key), result.problem.key).toBe(true);
    expect(translate('zh-CN', result.problem.key as never, result.problem.values)).not.toMatch(/\{\w+\}/);
  }
  return result;
}

/** The report of a run that read the file. */
export async function report(content: string | Uint8Array, options: Options = {}) {
  const result = await run(content, options);
  if (!result.ok) throw new Error(`refused: ${result.problem.key}`);
  return result;
}

export async function problem(content: string | Uint8Array, options: Options = {}) {
  const result = await run(content, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}
