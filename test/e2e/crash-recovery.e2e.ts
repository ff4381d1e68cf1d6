import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { planFilesButton } from './planner-helpers';
import { planZones } from './zone-helpers';
import { SAVE_MEASURE, SAVE_STARTED_MARK } from '../../src/state/persistence/autosave';
import {
  addGridZone,
  openPlanTab,
  killTab,
  planContext,
  seededRandom,
  waitForPlanEditable,
  zoneNames,
} from './tab-helpers';

/**
 * Issue 19, item 4 (HOSTILE-INPUTS R4): edit, kill the page at a random moment, reopen, again and
 * again. An edit is a zone added through the coordinates dialog, as a person adds one. Every edit
 * older than one second at the kill must be there after reopening; after a crash the planner
 * offers the saved versions; after a clean close it does not; the ring keeps the last 20 versions
 * and one of them can be restored from History. Writes test-output/reliability/crash-recovery.json.
 */
const CYCLES = Number(process.env.CORDON_CRASH_CYCLES ?? 12);
const SEED = Number(process.env.CORDON_CRASH_SEED ?? 20261206);
/** One cycle in ten closes the tab cleanly instead, so the marker's other side is tested too. */
const CLEAN_EVERY = 10;

interface Edit {
  name: string;
  /** When the zone was in the tab's plan (test clock). */
  at: number;
  /**
   * When the tab it was made in was killed or closed, and what that tab had saved by then. An edit
   * is judged by its age at its own tab's end: a later tab killed while starting makes no edits and
   * must not age the ones lost before it (that once counted young edits as old).
   */
  end?: { at: number; saves: Saves };
}

describe('crash and reload', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it(
    `keeps every edit older than a second through ${CYCLES} kills, and offers the saved versions after each crash`,
    async () => {
      const random = seededRandom(SEED);
      const context: BrowserContext = await planContext(chromium());
      const edits: Edit[] = [];
      const figures = {
        cycles: CYCLES,
        seed: SEED,
        crashes: 0,
        crashesWhileLoading: 0,
        cleanCloses: 0,
        edits: 0,
        lostOlderThanOneSecond: 0,
        lostYoungerThanOneSecond: 0,
        recoveryOffered: 0,
        recoveryMissing: 0,
        recoveryUnwanted: 0,
        /** From the plan being editable to the recovery offer on screen, the slowest time. */
        slowestOfferMs: 0,
        reopenMedianMs: 0,
        /** The longest autosave seen (the last one before each kill), from its start to its commit. */
        slowestSaveMs: 0,
      };
      const reopenMs: number[] = [];
      /** Whether the next start must offer recovery: after a crash of a writing tab yes, after a clean close no. */
      let expectOffer: boolean | undefined = false;
      /** Counts the edits the last kill took; forgets them, so a young one is not counted again. */
      const check = (names: Set<string>) => {
        for (let i = edits.length - 1; i >= 0; i--) {
          const { name, at, end } = edits[i];
          if (names.has(name)) continue;
          if (!end || end.at - at >= 1000) {
            figures.lostOlderThanOneSecond += 1;
            const since = (time?: number) => (time === undefined || !end ? '-' : `${time - end.at} ms`);
            const { lastStartedAt, committed } = end?.saves ?? {};
            console.log(
              `Lost ${name}, times from its tab's end: edited ${since(at)}, last save started ${since(lastStartedAt)}, ` +
                `last committed save started ${since(committed?.startedAt)} and committed ${since(committed?.committedAt)}`,
            );
          } else figures.lostYoungerThanOneSecond += 1;
          edits.splice(i, 1);
        }
      };
      /** The tab is about to end: its edits' ages are taken now. */
      const endTab = (saves: Saves) => {
        const at = Date.now();
        for (const edit of edits) edit.end ??= { at, saves };
      };

      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const started = Date.now();
        const page = await openPlanTab(context, baseUrl);
        // One cycle in eight is killed at a random moment of starting up, before it can be edited.
        if (cycle > 0 && random.next() < 1 / 8) {
          await page.waitForTimeout(random.integer(0, 2500));
          await killTab(page);
          figures.crashesWhileLoading += 1;
          if (!expectOffer) expectOffer = undefined; // it may or may not have started writing
          continue;
        }
        await waitForPlanEditable(page);
        reopenMs.push(Date.now() - started);
        check(new Set(await zoneNames(page)));

        const offer = page.getByRole('status').filter({ hasText: 'was not closed properly' });
        const editableAt = Date.now();
        const offered = await offer.waitFor({ timeout: expectOffer ? 5000 : 500 }).then(
          () => true,
          () => false,
        );
        if (offered) {
          figures.recoveryOffered += 1;
          figures.slowestOfferMs = Math.max(figures.slowestOfferMs, Date.now() - editableAt);
        }
        if (offered && figures.recoveryOffered === 1)
          await page.screenshot({ path: outputPath('crash-recovery-offered.png') });
        if (expectOffer === true && !offered) figures.recoveryMissing += 1;
        if (expectOffer === false && offered) figures.recoveryUnwanted += 1;

        for (let k = random.integer(1, 2); k > 0; k--) {
          const name = `e${figures.edits}`;
          await addGridZone(page, figures.edits, name, [120.69, 30.7]);
          figures.edits += 1;
          edits.push({ name, at: Date.now() });
        }
        await page.waitForTimeout(random.integer(0, 1600));
        const saves = await autosaves(page);
        if (saves.committed)
          figures.slowestSaveMs = Math.max(
            figures.slowestSaveMs,
            saves.committed.committedAt - saves.committed.startedAt,
          );
        endTab(saves);
        if (cycle % CLEAN_EVERY === CLEAN_EVERY - 1) {
          await page.close();
          figures.cleanCloses += 1;
          expectOffer = false;
        } else {
          await killTab(page);
          figures.crashes += 1;
          expectOffer = true;
        }
      }

      // The last reopening: everything is there, and the ring holds the last 20 versions, one restorable.
      const page = await openPlanTab(context, baseUrl);
      await waitForPlanEditable(page);
      check(new Set(await zoneNames(page)));
      await restoreAnOlderVersion(page);

      figures.reopenMedianMs = reopenMs.sort((a, b) => a - b)[Math.floor(reopenMs.length / 2)];
      console.log(`Crash and reload: ${JSON.stringify(figures)}`);
      writeFileSync(outputPath('reliability/crash-recovery.json'), JSON.stringify(figures, null, 2) + '\n');
      expect(figures).toMatchObject({ lostOlderThanOneSecond: 0, recoveryMissing: 0, recoveryUnwanted: 0 });
      await context.close();
    },
    CYCLES * 20_000 + 60_000,
  );
});

interface Saves {
  /** When the last write started, committed or not. */
  lastStartedAt?: number;
  /** The last committed write. */
  committed?: { startedAt: number; committedAt: number };
}

/** The autosaver's writes as its User Timing entries tell them, in the test's clock. */
async function autosaves(page: Page): Promise<Saves> {
  const entries = (await page.evaluate(
    `[${JSON.stringify(SAVE_STARTED_MARK)}, ${JSON.stringify(SAVE_MEASURE)}].map((name) => {
      const entry = performance.getEntriesByName(name).at(-1);
      return entry && [performance.timeOrigin + entry.startTime, entry.duration];
    })`,
  )) as ([number, number] | null)[];
  const [started, measure] = entries;
  return {
    lastStartedAt: started ? Math.round(started[0]) : undefined,
    committed: measure
      ? { startedAt: Math.round(measure[0]), committedAt: Math.round(measure[0] + measure[1]) }
      : undefined,
  };
}

/** History → Saved versions: 20 kept, newest first; restoring the fifth (or the oldest of fewer) takes the plan back to it, as one undo step. */
async function restoreAnOlderVersion(page: Page): Promise<void> {
  await (await planFilesButton(page, 'History')).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  const list = dialog.getByTestId('saved-versions');
  await list.waitFor();
  const kept = await list.getByRole('listitem').count();
  expect(kept).toBeLessThanOrEqual(20);
  if (CYCLES >= 20) expect(kept).toBe(20);
  const before = (await planZones(page)).length;
  await page.screenshot({ path: outputPath('saved-versions.png') });
  const fifth = list.getByRole('listitem').nth(Math.min(4, kept - 1));
  const zones = Number(/· (\d+) zones/.exec((await fifth.textContent()) ?? '')?.[1]);
  await fifth.getByRole('button', { name: /^Restore the version saved at / }).click();
  await expect.poll(async () => (await planZones(page)).length).toBe(zones);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await planZones(page)).length).toBe(before);

  // Opened again, History reads the versions afresh: the restore and its undo, newest first.
  await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('All changes saved');
  await (await planFilesButton(page, 'History')).click();
  await list.waitFor();
  const newest = await list.getByRole('listitem').allTextContents();
  expect(newest[0]).toContain(`· ${before} zones`);
  expect(newest[1]).toContain(`· ${zones} zones`);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
}
