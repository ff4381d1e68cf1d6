import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage, outputPath } from './browser';
import { waitForPlannerReady } from './planner-helpers';
import { clickMapAt, dragOnMap, jumpTo, planZones } from './zone-helpers';

const CENTRE: [number, number] = [120.7262, 30.7405];
const square = (d: number): [number, number][] => [
  [CENTRE[0] - d, CENTRE[1] - d],
  [CENTRE[0] + d, CENTRE[1] - d],
  [CENTRE[0] + d, CENTRE[1] + d],
  [CENTRE[0] - d, CENTRE[1] + d],
];

describe('drawing and editing zones', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws a sealed zone with the mouse, reshapes it, undoes, redoes, and keeps it over a reload', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(browser, { locale: 'en-US' });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    await jumpTo(page, CENTRE[0], CENTRE[1], 15);

    await page.getByRole('button', { name: 'Draw sealed zone' }).click();
    const corners = square(0.0015);
    await clickMapAt(page, [...corners, corners[0]]);
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(1);
    const list = page.getByRole('region', { name: 'Zones' }).or(page.locator('.zone-panel'));
    const area = () => page.getByTestId('zone-area').first().textContent();
    const drawnArea = await area();
    expect(drawnArea).toMatch(/(km²|m²)$/);
    expect(await list.getByText('S-1').isVisible()).toBe(true);
    await page.screenshot({ path: outputPath('zone-drawn.png') });

    // Drag the north-east corner outwards.
    await dragOnMap(page, corners[2], [corners[2][0] + 0.001, corners[2][1] + 0.001]);
    await expect.poll(area).not.toBe(drawnArea);
    const reshapedArea = await area();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(area).toBe(drawnArea);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(area).toBe(reshapedArea);

    await page.waitForTimeout(1200); // autosave is due within a second
    await page.reload();
    await waitForPlannerReady(page);
    await expect.poll(() => planZones(page).then((zones) => zones.map((z) => z.name))).toEqual(['S-1']);
    await expect.poll(area).toBe(reshapedArea);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
