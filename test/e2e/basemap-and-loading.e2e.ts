import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, outputPath, useChromium } from './browser';
import { waitForIdle, waitForPlannerReady, openPlanner } from './planner-helpers';

describe('basemap switcher and data loading', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('says clearly when an online basemap cannot be reached and keeps working on the offline map', async () => {
    const { page, context } = await openPlanner(chromium(), baseUrl);

    // Choosing an online basemap with no URL set asks for one.
    await page.getByLabel('Basemap', { exact: true }).selectOption('raster');
    await expect.poll(() => page.getByRole('dialog', { name: 'Basemaps' }).isVisible()).toBe(true);
    expect(await page.getByText('Set a URL or open a map file for this basemap first').isVisible()).toBe(true);
    const tileUrl = page.getByLabel('Raster tile URL template');
    await tileUrl.fill('https://tiles.example.org/{z}/{x}.png');
    await expect
      .poll(() => page.getByText('must start with http:// or https:// and contain {z}, {x} and {y}').isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    // A GCJ-02 source is refused with the reason: WGS-84 zones would miss their streets on it.
    await tileUrl.fill('https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8');
    await expect
      .poll(() =>
        page.getByText('Tiles from Amap (高德) are drawn in GCJ-02, several hundred metres off WGS-84').count(),
      )
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    // Tianditu (CGCS2000 ≈ WGS-84) with the user's key fills the template and the attribution.
    const key = page.getByLabel('Tianditu (天地图) key');
    await key.fill('not-a-key');
    expect(await page.getByRole('button', { name: 'Use Tianditu' }).isDisabled()).toBe(true);
    expect(await page.getByText('A Tianditu key is 32 characters').count()).toBe(1);
    await key.fill('0123456789abcdef0123456789abcdef');
    await page.getByRole('button', { name: 'Use Tianditu' }).click();
    expect(await tileUrl.inputValue()).toContain('https://t0.tianditu.gov.cn/vec_w/wmts?');
    expect(await tileUrl.inputValue()).toContain('tk=0123456789abcdef0123456789abcdef');
    expect(await page.getByLabel('Attribution (shown on the map)').inputValue()).toBe('© 天地图 Tianditu (CGCS2000)');
    await page.screenshot({ path: outputPath('basemap-tianditu.png') });

    // A port on this machine where nothing listens: as unreachable as the internet is here.
    await tileUrl.fill('http://127.0.0.1:9/{z}/{x}/{y}.png');
    await page.getByLabel('Attribution (shown on the map)').fill('<img src=x onerror="window.__pwned=1">Tiles');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByLabel('Basemap', { exact: true }).selectOption('raster');

    const alert = page.getByRole('alert').filter({ hasText: 'The online basemap could not be loaded' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('Showing the offline map instead');
    await expect.poll(() => page.getByLabel('Basemap', { exact: true }).inputValue()).toBe('offline');
    await waitForIdle(page);
    const districts = await page.evaluate(
      () =>
        new Set(
          window.__cordon!.map.queryRenderedFeatures({ layers: ['district-line'] }).map((f) => f.properties.nameZh),
        ).size,
    );
    expect(districts).toBe(7);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: outputPath('basemap-unreachable.png') });

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await context.close();
  });

  it('cancels loading on request, leaves a working map, and loads again on retry', async () => {
    const { page, context } = await openWatchedPage(chromium(), { locale: 'en-US' });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/demo/households.csv.gz', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.goto(baseUrl);
    const cancel = page.getByRole('button', { name: 'Cancel loading' });
    await cancel.waitFor();
    await cancel.click();
    await page.getByText('Loading was cancelled').waitFor();
    expect(await page.getByTestId('case-count').count()).toBe(0);

    await context.unroute('**/demo/households.csv.gz');
    release();
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForPlannerReady(page);
    await expect.poll(() => page.getByTestId('household-records').textContent()).toBe('300,000');
    await context.close();
  });
});
