import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWatchedPage, outputPath, useChromium } from './browser';
import { waitForPlannerReady } from './planner-helpers';
import { addZoneFromText } from './zone-helpers';

const households = (page: Page, tier: string) => page.getByTestId(`figures-${tier}`).locator('td').first().textContent();
const number = (text: string | null) => Number((text ?? '').replace(/[+−].*$/, '').replace(/,/g, ''));

describe('figures per tier', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('counts the demo households in a sealed zone and its rings, shows the change after an edit, and draws the derived areas', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(chromium(), { locale: 'en-US' });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    // A sealed block in central Nanhu, where the demo has many buildings.
    await addZoneFromText(page, '120.7500,30.7450\n120.7560,30.7450\n120.7560,30.7500\n120.7500,30.7500', { tier: 'sealed', name: 'Block A' });
    await expect.poll(async () => number(await households(page, 'sealed'))).toBeGreaterThan(0);
    const sealed = number(await households(page, 'sealed'));
    const controlled = number(await households(page, 'controlled'));
    const precaution = number(await households(page, 'precaution'));
    expect(controlled).toBeGreaterThan(0);
    expect(precaution).toBeGreaterThan(controlled);
    expect(await page.getByTestId('figures-zones').textContent()).toContain('Block A');
    const derived = await page.evaluate(() => window.__cordon!.controller.sourceContents('effective-tiers')?.features.map((f) => f.properties?.tier));
    expect(derived).toEqual(['sealed', 'controlled', 'precaution']);

    // A wider sealed zone: more sealed households, shown with the change.
    await addZoneFromText(page, '120.7560,30.7450\n120.7600,30.7450\n120.7600,30.7500\n120.7560,30.7500', { tier: 'sealed', name: 'Block B' });
    await expect.poll(async () => number(await households(page, 'sealed'))).toBeGreaterThan(sealed);
    const after = await households(page, 'sealed');
    expect(after).toMatch(/^[\d,]+\+[\d,]+$/);
    await page.screenshot({ path: outputPath('figures.png') });

    // Undo: back to the first figures.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => number(await households(page, 'sealed'))).toBe(sealed);
    expect(number(await households(page, 'precaution'))).toBe(precaution);
    await page.evaluate(() => window.__cordon!.controller.map.jumpTo({ center: [120.753, 30.7475], zoom: 12.6 }));
    await page.getByRole('heading', { name: 'Figures' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: outputPath('figures-rings.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
