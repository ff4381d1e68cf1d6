import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWatchedPage, outputPath, useChromium } from './browser';
import { waitForPlannerReady } from './planner-helpers';

const box = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const rect = document.querySelector(css)!.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, height: rect.height };
  }, selector);

describe('small screens', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it.each([
    ['en-US', 'Plan files', 'History'],
    ['zh-CN', '方案文件', '历史记录'],
  ])(
    'at 1280×720 in %s: the tools on one row, the map at least 60 percent of the height, the rest in a menu',
    async (locale, menu, item) => {
      const { page, context, consoleErrors } = await openWatchedPage(chromium(), {
        locale,
        viewport: { width: 1280, height: 720 },
      });
      await page.goto(baseUrl);
      await waitForPlannerReady(page);
      const tools = await box(page, '.zone-toolbar');
      const middles = await page.locator('.zone-toolbar button:visible, .zone-toolbar select').evaluateAll((elements) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          return rect.top + rect.height / 2;
        }),
      );
      // One row: every tool sits on the same line.
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(6);
      expect(tools.height).toBeLessThan(50);
      const map = await box(page, '.map-area');
      console.log(
        `${locale} at 1280×720: map ${Math.round(map.height)} px of 720 (${((100 * map.height) / 720).toFixed(1)} %)`,
      );
      expect(map.height).toBeGreaterThanOrEqual(0.6 * 720);
      // The legend starts folded to one line, and opens with a click.
      const legend = await box(page, '.map-legend');
      expect(legend.height).toBeLessThan(40);
      await page.locator('.map-legend summary').click();
      expect((await box(page, '.map-legend')).height).toBeGreaterThan(100);
      // The rest of the tools are one click away, and Escape closes the menu.
      await page.getByRole('button', { name: menu }).click();
      await expect.poll(() => page.getByRole('button', { name: item, exact: true }).isVisible()).toBe(true);
      await page.screenshot({ path: outputPath(`small-1280-${locale}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('button', { name: item, exact: true }).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('on a 390 px phone: nothing wider than the screen, the filters on one line each, the figures and the time bar readable', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(chromium(), {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The legend sits clear of the attribution.
    const legend = await box(page, '.map-legend');
    const attribution = await box(page, '.maplibregl-ctrl-attrib');
    expect(legend.bottom <= attribution.top || legend.top >= attribution.bottom).toBe(true);
    await page.screenshot({ path: outputPath('small-phone-map.png') });
    // Each case filter reads on one line.
    const filters = await page
      .locator('.time-row.filters label')
      .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(filters.length).toBeGreaterThan(4);
    expect(Math.max(...filters)).toBeLessThan(30);
    // The time bar and the figures are read by scrolling, nothing on top of another.
    await page.getByRole('region', { name: '时间轴' }).scrollIntoViewIfNeeded();
    const timeBar = await box(page, '.time-bar');
    const figures = await box(page, '.tier-figures');
    expect(figures.top).toBeGreaterThanOrEqual(timeBar.bottom - 1);
    await page.getByRole('heading', { name: '统计', exact: true }).scrollIntoViewIfNeeded();
    expect(await page.getByRole('table').first().isVisible()).toBe(true);
    await page.screenshot({ path: outputPath('small-phone-figures.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
