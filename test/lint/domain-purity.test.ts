import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint step keeps src/domain pure; this proves the rule bites, so nobody loosens it by accident. */
describe('domain purity lint rule', () => {
  const eslint = new ESLint();
  const problems = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/domain/probe.ts' });
    return result.messages.map((m) => m.ruleId);
  };

  it.each([
    ["import { useState } from 'react'; export const s = useState;", 'no-restricted-imports'],
    ["import * as m from 'maplibre-gl'; export const x = m;", 'no-restricted-imports'],
    ["import { Deck } from '@deck.gl/core'; export const d = Deck;", 'no-restricted-imports'],
    ["import { x } from '../ui/anything'; export const y = x;", 'no-restricted-imports'],
    ['export const title = document.title;', 'no-restricted-globals'],
  ])('refuses %s', async (code, rule) => {
    expect(await problems(code)).toContain(rule);
  });

  it('accepts plain TypeScript and the libraries the domain may use', async () => {
    expect(await problems("import { latLngToCell } from 'h3-js'; export const f = latLngToCell;")).toEqual([]);
  });
});
