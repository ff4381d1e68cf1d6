import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { addGridZone, openPlanTab, planContext, seededRandom, waitForPlanEditable, zoneNames } from './tab-helpers';
import { addZoneFromText, squareText } from './zone-helpers';

/**
 * Issue 19, item 5 (HOSTILE-INPUTS R6): two tabs on one plan, a randomized interleaving of edits,
 * attempts to edit in the read-only tab, reloads and closes of either tab. One tab writes at a
 * time; the other follows read-only and takes over when the writer goes. After every step no edit
 * may be missing from the writer's plan nor from the stored plan the other tab shows. A tab that
 * meets a newer Cordon (by its greeting, or by the plan it stored) stops writing and never
 * overwrites it. Writes test-output/reliability/two-tabs.json.
 */
const STEPS = Number(process.env.CORDON_TAB_STEPS ?? 40);
const SEED = Number(process.env.CORDON_TAB_SEED ?? 19);
const STEP_KINDS = [
  'edit',
  'edit',
  'edit',
  'tryReader',
  'reloadReader',
  'reloadWriter',
  'closeWriter',
  'pause',
] as const;

/** Where the grid of test zones starts. */
const ORIGIN: [number, number] = [120.69, 30.76];

/** Which of the tabs writes: polls until exactly one is editable and the other shows the read-only banner. */
async function roles(tabs: Page[]): Promise<{ writer: Page; reader: Page }> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const editable = await Promise.all(
      tabs.map(
        (tab) =>
          tab
            .evaluate(() => {
              const button = document.querySelector<HTMLButtonElement>(
                'button[aria-label="Add zone from coordinates"]',
              );
              const banner = document.querySelector('[data-testid="read-only-banner"]');
              return { editable: !!window.__cordonPlan && !!button && !button.disabled, reader: !!banner };
            })
            .catch(() => ({ editable: false, reader: false })), // navigating
      ),
    );
    const writers = editable.filter((state) => state.editable).length;
    const readers = editable.filter((state) => state.reader).length;
    if (writers === 1 && readers === 1) {
      const writer = tabs[editable.findIndex((state) => state.editable)];
      return { writer, reader: tabs.find((tab) => tab !== writer)! };
    }
    if (writers > 1) throw new Error('two tabs may edit the plan at once');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no tab became the writer within 60 s');
}

describe('two tabs on one plan', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it(
    `loses and overwrites no edit over ${STEPS} randomized interleavings`,
    async () => {
      const random = seededRandom(SEED);
      const context: BrowserContext = await planContext(chromium());
      let tabs = [await openPlanTab(context, baseUrl)];
      await waitForPlanEditable(tabs[0]);
      tabs.push(await openPlanTab(context, baseUrl));
      const made: string[] = [];
      const figures = {
        steps: STEPS,
        seed: SEED,
        edits: 0,
        refusedInReader: 0,
        handovers: 0,
        lostEdits: 0,
        overwrittenEdits: 0,
        kinds: {} as Record<string, number>,
      };

      for (let step = 0; step < STEPS; step++) {
        const { writer, reader } = await roles(tabs);
        const kind = random.pick(STEP_KINDS);
        figures.kinds[kind] = (figures.kinds[kind] ?? 0) + 1;
        if (kind === 'edit') {
          const name = `t${figures.edits}`;
          await addGridZone(writer, figures.edits, name, ORIGIN);
          made.push(name);
          figures.edits += 1;
        } else if (kind === 'tryReader') {
          // A person tries to draw in the read-only tab: every drawing button is disabled and the banner says why.
          const buttons = ['Add zone from coordinates', 'Draw sealed zone'];
          for (const name of buttons)
            if (await reader.getByRole('button', { name }).isDisabled()) figures.refusedInReader += 1;
          expect(await reader.getByTestId('read-only-banner').textContent()).toContain(
            'Another tab is editing this plan',
          );
        } else if (kind === 'reloadReader') {
          await reader.reload();
        } else if (kind === 'reloadWriter') {
          await writer.reload();
          figures.handovers += 1; // the waiting tab may take over first
        } else if (kind === 'closeWriter') {
          await writer.close();
          tabs = [reader, await openPlanTab(context, baseUrl)];
          figures.handovers += 1;
        } else await writer.waitForTimeout(random.integer(0, 1000));

        // After every step: one writer, holding every edit; the reader follows the stored plan.
        const now = await roles(tabs);
        const inWriter = new Set(await zoneNames(now.writer));
        figures.lostEdits += made.filter((name) => !inWriter.has(name)).length;
        made.splice(0, made.length, ...made.filter((name) => inWriter.has(name)));
        await expect
          .poll(async () => (await zoneNames(now.reader)).join('|'), { timeout: 20_000 })
          .toBe([...inWriter].join('|'));
      }
      // Nothing was overwritten: the stored plan, read by a fresh tab after both close, has every edit.
      for (const tab of tabs) await tab.close();
      const last = await openPlanTab(context, baseUrl);
      await waitForPlanEditable(last);
      const stored = new Set(await zoneNames(last));
      figures.overwrittenEdits = made.filter((name) => !stored.has(name)).length;
      console.log(`Two tabs: ${JSON.stringify(figures)}`);
      writeFileSync(outputPath('reliability/two-tabs.json'), JSON.stringify(figures, null, 2) + '\n');
      expect(figures).toMatchObject({ lostEdits: 0, overwrittenEdits: 0, edits: made.length });
      await context.close();
    },
    STEPS * 15_000 + 60_000,
  );

  it('stops writing, and never overwrites, when a newer Cordon greets it or has stored the plan', async () => {
    const context = await planContext(chromium());
    const tab = await openPlanTab(context, baseUrl);
    await waitForPlanEditable(tab);
    await addGridZone(tab, 0, 'before the newer one', ORIGIN);
    await expect.poll(() => tab.getByTestId('save-status').textContent()).toBe('All changes saved');

    // Another page of this origin speaks as a newer Cordon would when it opens.
    const other = await context.newPage();
    await other.goto(`${baseUrl}/demo/plan.cordon.json`);
    await other.evaluate(() => new BroadcastChannel('cordon-plan').postMessage({ type: 'hello', schemaVersion: 1000 }));
    await expect
      .poll(() => tab.getByTestId('read-only-banner').textContent())
      .toContain('A newer Cordon has this plan open');
    expect(await tab.getByRole('button', { name: 'Add zone from coordinates' }).isDisabled()).toBe(true);
    expect(await storedText(other)).toContain('before the newer one');

    // A tab that never heard the greeting, while a newer Cordon stores its plan: its next save is refused.
    const second = await openPlanTab(context, baseUrl);
    await waitForPlanEditable(second);
    const newer = JSON.stringify({ format: 'cordon-plan', schemaVersion: 1000, zones: 'a future shape' });
    await putStoredText(other, newer);
    await addZoneFromText(second, squareText(120.7, 30.7, 0.001), { tier: 'sealed', name: 'after the newer one' });
    await expect
      .poll(() => second.getByTestId('read-only-banner').textContent())
      .toContain('A newer Cordon has this plan open');
    await expect.poll(() => second.getByRole('alert').filter({ hasText: 'This tab stopped saving' }).count()).toBe(1);
    await second.waitForTimeout(1500);
    expect(await storedText(other)).toBe(newer);
    await context.close();
  });
});

/** The stored plan's text, read straight from IndexedDB by another page of the origin. */
function storedText(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('cordon');
        request.onsuccess = () => {
          const get = request.result.transaction('plans').objectStore('plans').get('current');
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { text: string } | undefined)?.text);
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

function putStoredText(page: Page, text: string): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cordon');
        request.onsuccess = () => {
          const tx = request.result.transaction('plans', 'readwrite');
          tx.objectStore('plans').put({ text: value, savedAt: new Date().toISOString() }, 'current');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    text,
  );
}
