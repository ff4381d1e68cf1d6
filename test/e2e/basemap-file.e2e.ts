import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isLocal, outputPath, useChromium } from './browser';
import { openPlanner, waitForIdle, waitForPlannerReady } from './planner-helpers';
import { clickMapAt, planZones } from './zone-helpers';
import { FIXTURE_CENTER, FIXTURE_PATH } from '../basemap-fixture/street-tiles';

/** Opens Basemap settings and chooses a file with the dialog's button, as a person would. */
async function openMapFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.getByRole('button', { name: 'Basemap settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Basemaps' });
  await dialog.waitFor();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Open map file…' }).click();
  await (await chooser).setFiles(file);
  return dialog;
}

/** The street names the map has placed on screen (maplibre's own placement, so drawn with the bundled font). */
const streetNames = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      window.__cordon!.map.queryRenderedFeatures({ layers: ['file-road-names'] }).map((f) => {
        const zh = f.properties['name:zh'];
        return `${String(zh)} ${String(f.properties['name:en'])}`;
      }),
    ),
  ]);

describe('bring your own offline basemap (.pmtiles)', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('refuses a file that is not a map, then opens a street map file, draws its street names offline, and keeps it after a reload', async () => {
    const { page, context, requests, consoleErrors } = await openPlanner(chromium(), baseUrl);

    // A CSV renamed .pmtiles: refused with the reason, the basemap unchanged.
    const dialog = await openMapFile(page, {
      name: 'streets.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('id,lng,lat\n1,120.7,30.7\n'),
    });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“streets.pmtiles” is not a PMTiles map file (version 3)');
    expect(await alert.textContent()).toContain('The basemap is unchanged.');
    expect(await page.getByLabel('Basemap', { exact: true }).inputValue()).toBe('offline');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The street fixture: the dialog closes and the map file is the basemap.
    await openMapFile(page, FIXTURE_PATH);
    await expectMapFileBasemap(page);
    await page.evaluate(
      ([lng, lat]) => window.__cordon!.map.jumpTo({ center: [lng, lat], zoom: 15.5 }),
      FIXTURE_CENTER,
    );
    await waitForIdle(page);
    await expect.poll(() => streetNames(page)).toContain('中山路 Zhongshan Road');
    const names = await streetNames(page);
    expect(names.length).toBeGreaterThanOrEqual(6);
    // Names follow the UI language: English labels on screen read "Zhongshan Road".
    const labelText = await page.evaluate(
      () =>
        window.__cordon!.map.getLayoutProperty('file-road-names', 'text-field') !== undefined &&
        window.__cordon!.map.getGlobalState().language,
    );
    expect(labelText).toBe('en');
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Cordon test streets (synthetic)');
    // Drawing still works on the new basemap: a sealed zone around one block, between its streets.
    const [lng, lat] = FIXTURE_CENTER;
    const d = 0.0009;
    await page.getByRole('button', { name: 'Draw sealed zone' }).click();
    const corners: [number, number][] = [
      [lng - d, lat - d],
      [lng + d, lat - d],
      [lng + d, lat + d],
      [lng - d, lat + d],
    ];
    await clickMapAt(page, [...corners, corners[0]]);
    await expect.poll(async () => (await planZones(page)).length).toBe(1);
    await waitForIdle(page);
    // The drawing tool's layers and deck.gl's (buildings, hexagons) are in the new style.
    const layers = await page.evaluate(() => window.__cordon!.map.getLayersOrder());
    expect(layers.filter((id) => id.startsWith('cordon-draw-')).length).toBeGreaterThanOrEqual(4);
    expect(layers.filter((id) => id.startsWith('deck-maplibre-layer-group')).length).toBe(2);
    await page.screenshot({ path: outputPath('basemap-file-streets.png') });

    // What the file holds, in the settings.
    await page.getByRole('button', { name: 'Basemap settings' }).click();
    const facts = page.getByTestId('basemap-file-facts');
    await facts.waitFor();
    const text = await facts.textContent();
    expect(text).toContain('jiaxing-test-streets.pmtiles');
    expect(text).toContain('Vector, OpenMapTiles schema');
    expect(text).toContain('12–15');
    expect(text).toContain('Cordon test streets (synthetic)');
    await page.screenshot({ path: outputPath('basemap-file-settings.png') });
    await page.getByRole('dialog', { name: 'Basemaps' }).getByRole('button', { name: 'Cancel' }).click();

    // After a reload the file is still there (kept in the origin-private file system), not opened again.
    await page.reload();
    await waitForPlannerReady(page);
    await expectMapFileBasemap(page);
    await waitForIdle(page);
    await expect.poll(async () => (await streetNames(page)).length).toBeGreaterThanOrEqual(6);

    // Removing it goes back to the embedded map.
    await page.getByRole('button', { name: 'Basemap settings' }).click();
    await page.getByRole('button', { name: 'Remove map file' }).click();
    await expect.poll(() => page.getByLabel('Basemap', { exact: true }).inputValue()).toBe('offline');
    expect(await page.getByText('No map file is kept.').isVisible()).toBe(true);

    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/**
 * The basemap chosen is the map file. A map error sends it back to the embedded map with a message;
 * that happened once in a full run (never alone), so a failure says which message it was.
 */
async function expectMapFileBasemap(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByLabel('Basemap', { exact: true }).inputValue(), { timeout: 10_000 })
    .toBe('file')
    .catch(async (error: Error) => {
      throw new Error(`${error.message}; messages: ${(await page.getByRole('alert').allTextContents()).join(' | ')}`);
    });
}
