import ts from 'typescript';
import { writeFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Reasons are typed (docs/architecture.md, Failures): a command refusal, a geometry reason or a
 * zone issue whose message does not exist fails the type check. These probes prove it.
 */
describe('typed reason keys', () => {
  const diagnostics = (code: string) => {
    const file = `src/state/commands/reason-probe-${Math.random().toString(36).slice(2)}.ts`;
    writeFileSync(file, code);
    try {
      const config = ts.getParsedCommandLineOfConfigFile(
        'tsconfig.json',
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
      );
      const program = ts.createProgram([file], { ...config!.options, noEmit: true });
      return ts
        .getPreEmitDiagnostics(program, program.getSourceFile(file))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    } finally {
      rmSync(file);
    }
  };

  it('refuses a command failure with no message', () => {
    expect(
      diagnostics("import { fail } from './command';\nexport const r = fail('errorNoSuchMessage');\n").join('\n'),
    ).toMatch(/errorNoSuchMessage/);
  });

  it('refuses a reason code template that names no message', () => {
    const probe = `import type { StringKey } from '../../i18n/strings';
import type { Tier } from '../../domain/zones/tier';
export const key = (tier: Tier): StringKey => \`noSuchPrefix_\${tier}\`;\n`;
    expect(diagnostics(probe).join('\n')).toMatch(/noSuchPrefix_/);
  });

  it('takes a command failure whose message exists', () => {
    expect(diagnostics("import { fail } from './command';\nexport const r = fail('errorZoneMissing');\n")).toEqual([]);
  });
});
