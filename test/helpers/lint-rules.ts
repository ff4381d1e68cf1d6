import { ESLint } from 'eslint';

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`: for tests that prove a lint rule bites. */
export function lintRules(): (filePath: string, code: string) => Promise<(string | null)[]> {
  const eslint = new ESLint();
  return async (filePath, code) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.map((m) => m.ruleId);
  };
}
