import { describe, expect, it } from 'vitest';
import { lintRules } from '../helpers/lint-rules';

/** User text never reaches HTML: the lint rule that bans the HTML sinks bites (issue 14, item 17). */
describe('the HTML sink lint rule', () => {
  const rules = lintRules();

  it.each([
    ['src/ui/probe.ts', 'export const f = (e: HTMLElement, t: string) => { e.innerHTML = t; };'],
    ['src/ui/probe.ts', 'export const f = (e: HTMLElement) => e.outerHTML;'],
    ['src/map/probe.ts', "export const f = (e: HTMLElement, t: string) => e.insertAdjacentHTML('beforeend', t);"],
    ['src/map/probe.ts', 'export const f = (p: { setHTML(t: string): void }, t: string) => p.setHTML(t);'],
    ['src/ui/probe.ts', 'export const f = (t: string) => document.write(t);'],
    ['src/ui/probe.tsx', 'export const F = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;'],
    ['cli/probe.ts', 'export const f = (e: { innerHTML: string }) => e.innerHTML;'],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await rules(file, code)).toContain('no-restricted-syntax');
  });

  it('lets text through', async () => {
    expect(
      await rules(
        'src/ui/probe.tsx',
        'export const F = ({ t }: { t: string }) => <div title={t}>{t}</div>; export const g = (e: HTMLElement, t: string) => { e.textContent = t; };',
      ),
    ).toEqual([]);
  });
});
