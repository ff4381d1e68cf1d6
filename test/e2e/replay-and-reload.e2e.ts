import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { openPlanner, waitForIdle, waitForPlannerReady } from './planner-helpers';
import { addZoneFromText, jumpTo, planZones, squareText } from './zone-helpers';

const LAST_DAY = '2022-04-24';
const asOf = async (page: Page) => (await page.getByTestId('as-of-date').textContent()) ?? '';
const zoneNamed = async (page: Page, name: string) =>
  ((await planZones(page)) as unknown as { name: string; declaredOn: string; notes: string }[]).find(
    (zone) => zone.name === name,
  );

describe('replaying, typing and reloading (issue 15, items 8, 9, 10)', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('declares zones on the working date, sets a declared date in one click, loses nothing typed, and brings the view back after a reload', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);

    // The demo is worked on the day of its last case: a new zone is declared then, and has a clock.
    await expect.poll(() => page.getByTestId('working-date').textContent()).toBe(LAST_DAY);
    await addZoneFromText(page, squareText(120.7648, 30.7536, 0.002), { name: 'North block' });
    await expect.poll(async () => (await zoneNamed(page, 'North block'))?.declaredOn).toBe(LAST_DAY);
    const clock = page.getByRole('region', { name: 'Zone clock' }).or(page.locator('.clock-table')).first();
    await expect.poll(() => clock.textContent()).toContain('North block');

    // Five days back on the slider; one click declares the selected zone then, another makes it the working date.
    await page.getByLabel('Report date').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => asOf(page)).toBe('2022-04-19');
    await page.getByRole('button', { name: 'Declare “North block” on 2022-04-19' }).click();
    await expect.poll(async () => (await zoneNamed(page, 'North block'))?.declaredOn).toBe('2022-04-19');
    await page.getByRole('button', { name: 'Work on 2022-04-19' }).click();
    await expect.poll(() => page.getByTestId('working-date').textContent()).toBe('2022-04-19');
    await addZoneFromText(page, squareText(120.7748, 30.7536, 0.002), { tier: 'controlled', name: 'East block' });
    await expect.poll(async () => (await zoneNamed(page, 'East block'))?.declaredOn).toBe('2022-04-19');

    // A name typed and another zone clicked at once: the name is kept, as one undo step.
    await page
      .locator('.zone-panel')
      .getByRole('button', { name: /North block/ })
      .click();
    const name = page.locator('.zone-editor').getByLabel('Name');
    await expect.poll(() => name.inputValue()).toBe('North block');
    await name.fill('North block, gate 2');
    await page
      .locator('.zone-panel')
      .getByRole('button', { name: /East block/ })
      .click();
    await expect.poll(async () => !!(await zoneNamed(page, 'North block, gate 2'))).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => !!(await zoneNamed(page, 'North block'))).toBe(true);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => !!(await zoneNamed(page, 'North block, gate 2'))).toBe(true);

    // The view: a window, a place and a selected zone; then notes typed and the page reloaded at once.
    await page.getByLabel('Window').selectOption('7');
    await jumpTo(page, 120.77, 30.755, 15.25);
    await waitForIdle(page);
    const notes = page.locator('.zone-editor').getByLabel('Notes');
    await notes.fill('Guard at the east gate');
    await page.waitForTimeout(400); // the URL follows the view within a quarter of a second
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).toMatch(/^#map=15\.25\/30\.75500\/120\.77000&date=2022-04-19&window=7&zone=[\w.:-]+$/);
    await page.reload();
    await waitForPlannerReady(page);
    await expect.poll(async () => (await zoneNamed(page, 'East block'))?.notes).toBe('Guard at the east gate');
    const view = await page.evaluate(() => {
      const map = window.__cordon!.map;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(15.25, 2);
    expect(view.lng).toBeCloseTo(120.77, 4);
    expect(view.lat).toBeCloseTo(30.755, 4);
    await expect.poll(() => asOf(page)).toBe('2022-04-19');
    expect(await page.getByLabel('Window').inputValue()).toBe('7');
    await expect.poll(() => page.locator('.zone-editor').getByLabel('Name').inputValue()).toBe('East block');
    await page.screenshot({ path: outputPath('reload-view.png') });

    // A hostile URL (opened afresh) is ignored part by part, never trusted.
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#map=99/1/2&date=2099-99-99&window=<b>&zone="><img src=x onerror=alert(1)>`);
    await waitForPlannerReady(page);
    expect(await asOf(page)).toBe(LAST_DAY);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
