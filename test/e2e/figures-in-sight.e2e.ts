import { describe, expect, inject, it } from 'vitest';
import { addDays, DEMO_CASES, LAST_DAY } from './demo-cases';
import type { Page } from 'playwright-core';
import { areaCoversPoint } from '../../src/domain/geo/point-in-polygon';
import { openWatchedPage, outputPath, useChromium } from './browser';
import { waitForPlannerReady } from './planner-helpers';
import { addZoneFromText, jumpTo, planZones, squareText } from './zone-helpers';

/** The busiest compound of the demo outbreak in Nanhu. */
const HOT: [number, number] = [120.7648, 30.7536];

const sealedCases = async (page: Page) =>
  Number((await page.getByTestId('figures-sealed').locator('td').nth(2).textContent())?.replace(/,/g, ''));

describe('the figures in sight (issue 15, items 6 and 7)', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ])
    it(`keeps the tier table in view with a zone selected at ${viewport.width}×${viewport.height}, and its cases follow the time window`, async () => {
      const { page, context, consoleErrors } = await openWatchedPage(chromium(), { locale: 'en-US', viewport });
      await page.goto(baseUrl);
      await waitForPlannerReady(page);
      await jumpTo(page, HOT[0], HOT[1], 14);
      await addZoneFromText(page, squareText(HOT[0], HOT[1], 0.004), { name: 'Hot compound' });
      await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(1);
      const zone = (await planZones(page))[0];

      // With the zone selected, the whole tier table is on screen, in type as large as the body's.
      const table = page.getByTestId('figures-sealed').locator('xpath=ancestor::table');
      await expect.poll(() => page.getByTestId('figures-precaution').isVisible()).toBe(true);
      const box = (await table.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const sizes = await page.evaluate(() => ({
        cell: parseFloat(getComputedStyle(document.querySelector('[data-testid="figures-sealed"] td')!).fontSize),
        root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      }));
      expect(sizes.cell).toBeGreaterThanOrEqual(sizes.root);
      // The settings are folded away under their own heading.
      expect(await page.getByLabel('Controlled (m)').isVisible()).toBe(false);
      await page.screenshot({ path: outputPath(`figures-in-sight-${viewport.width}.png`) });

      // Every window: the sealed tier's cases are those inside the zone reported in it (an oracle on the CSV).
      const inside = DEMO_CASES.filter((c) => areaCoversPoint(zone.geometry as never, c.lng, c.lat));
      const between = (from: string, to: string) => inside.filter((c) => c.reportedOn >= from && c.reportedOn <= to);
      expect(inside.length).toBeGreaterThan(0);
      await expect.poll(() => sealedCases(page)).toBe(inside.length);
      await page.getByLabel('Window').selectOption('7');
      await expect.poll(() => sealedCases(page)).toBe(between(addDays(LAST_DAY, -6), LAST_DAY).length);
      expect(await page.getByTestId('figures-case-window').textContent()).toContain(
        `${addDays(LAST_DAY, -6)} – ${LAST_DAY}`,
      );
      // Four days back on the slider: the window moves, and so do the counts.
      await page.getByLabel('Report date').focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      const to = addDays(LAST_DAY, -4);
      await expect.poll(() => sealedCases(page)).toBe(between(addDays(to, -6), to).length);
      // Community cases only: the filter applies to the figures too.
      await page.getByRole('checkbox', { name: 'Quarantine site' }).uncheck();
      await page.getByRole('checkbox', { name: 'Mass screening' }).uncheck();
      await page.getByRole('checkbox', { name: 'Imported' }).uncheck();
      await expect
        .poll(() => sealedCases(page))
        .toBe(between(addDays(to, -6), to).filter((c) => c.foundIn === 'community').length);
      expect(await page.getByTestId('figures-case-window').textContent()).toContain('filters');
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
});
