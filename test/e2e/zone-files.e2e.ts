import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { waitForPlannerReady, openPlanner, planFilesButton } from './planner-helpers';
import { addZoneFromText, planZones } from './zone-helpers';

const typedZone = '120.7250,30.7390\n120.7280,30.7390\n120.7280,30.7420\n120.7250,30.7420';
/** The same zone as typed on a Chinese keyboard in full-width mode: read as the importer reads it. */
const fullWidth = (text: string) => text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const addZoneByKeyboard = (page: Page, text: string, tier: string, name: string) =>
  addZoneFromText(page, text, { tier, name });

describe('plan files, imports and tabs', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('adds zones from typed coordinates, exports the plan and the zones, and imports the plan back intact', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);

    await addZoneByKeyboard(page, 'not,a,zone', 'sealed', 'x');
    const dialog = page.getByRole('dialog', { name: 'Add a zone from coordinates' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Value 1 (“not”) is not a number.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await addZoneByKeyboard(page, fullWidth(typedZone), 'sealed', '隔离点 <b>A</b>');
    await addZoneByKeyboard(
      page,
      'POLYGON ((120.722 30.736, 120.731 30.736, 120.731 30.745, 120.722 30.745, 120.722 30.736))',
      'controlled',
      'Chengnan',
    );
    await expect
      .poll(() => planZones(page).then((zones) => zones.map((z) => [z.name, z.tier])))
      .toEqual([
        ['隔离点 <b>A</b>', 'sealed'],
        ['Chengnan', 'controlled'],
      ]);
    expect(await page.locator('.zone-panel b').count()).toBe(0); // shown as text, never as HTML
    await expect.poll(() => page.getByText('overlap by').count()).toBe(1);
    await page.screenshot({ path: outputPath('zones-typed.png') });

    const [planDownload] = await Promise.all([
      page.waitForEvent('download'),
      planFilesButton(page, 'Export plan').then((button) => button.click()),
    ]);
    const planPath = outputPath('exported.cordon.json');
    await planDownload.saveAs(planPath);
    const [zonesDownload] = await Promise.all([
      page.waitForEvent('download'),
      planFilesButton(page, 'Export zones (GeoJSON)').then((button) => button.click()),
    ]);
    const zonesPath = outputPath('exported-zones.geojson');
    await zonesDownload.saveAs(zonesPath);
    const exported = JSON.parse(readFileSync(zonesPath, 'utf8'));
    expect(exported.features.map((f: { properties: { tier: string } }) => f.properties.tier)).toEqual([
      'sealed',
      'controlled',
    ]);
    const before = await page.evaluate(() => window.__cordonPlan!());

    // Change the plan, then import the exported file: the plan is back as it was.
    // The zone just added is the selected one.
    expect(await page.getByRole('button', { name: /^Chengnan/ }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Delete zone' }).click();
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(1);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      planFilesButton(page, 'Import plan').then((button) => button.click()),
    ]);
    await chooser.setFiles(planPath);
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(2);
    const after = JSON.parse(await page.evaluate(() => window.__cordonPlan!()));
    const expected = JSON.parse(before);
    expect(after.zones).toEqual(expected.zones);
    expect(after.history.at(-1).note).toEqual({ key: 'noteOpenedPlan', values: { file: 'exported.cordon.json' } });

    // Importing the plan is one step: undo brings back the plan as it was before.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('refuses a bow-tie zone file with a clear message and leaves the plan unchanged', async () => {
    const { page, context } = await openPlanner(chromium(), baseUrl);
    const before = await page.evaluate(() => window.__cordonPlan!());
    const bowTie = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { tier: 'sealed', name: 'ok' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [120.74, 30.74],
                [120.75, 30.74],
                [120.75, 30.75],
                [120.74, 30.75],
                [120.74, 30.74],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { tier: '封控区', name: 'bow' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [120.76, 30.76],
                [120.77, 30.77],
                [120.77, 30.76],
                [120.76, 30.77],
                [120.76, 30.76],
              ],
            ],
          },
        },
      ],
    };
    const file = outputPath('bow-tie.geojson');
    writeFileSync(file, JSON.stringify(bowTie));
    await (await planFilesButton(page, 'Import zones (GeoJSON)')).click();
    const dialog = page.getByRole('dialog', { name: 'Import zones from GeoJSON' });
    await dialog.getByLabel('File').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const message = await alert.textContent();
    expect(message).toContain('Nothing was imported from bow-tie.geojson: 1 problem.');
    expect(message).toContain('Read 2, accepted 0, rejected 2.');
    expect(message).toContain('Feature 2: the edge crosses itself near 120.765000, 30.765000');
    await page.screenshot({ path: outputPath('import-bow-tie.png') });
    expect(await page.evaluate(() => window.__cordonPlan!())).toBe(before);

    // A file over the cap is refused before it is read, with its size and what to do.
    const huge = outputPath('huge.geojson');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    await dialog.getByLabel('File').setInputFiles(huge);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('huge.geojson is 51.0 MB; files over 50 MB are refused before reading.');
    expect(await page.evaluate(() => window.__cordonPlan!())).toBe(before);
    await context.close();
  });

  it('opens a second tab read-only, and keeps edits in memory with a download when storage fails', async () => {
    const { page, context } = await openPlanner(chromium(), baseUrl);
    await addZoneByKeyboard(page, typedZone, 'sealed', 'First tab');
    await page.waitForTimeout(1200);

    const second = await context.newPage();
    await second.goto(baseUrl);
    await waitForPlannerReady(second);
    await second.getByTestId('read-only-banner').waitFor();
    expect(await second.getByTestId('read-only-banner').textContent()).toContain('Another tab is editing this plan');
    expect(await second.getByRole('button', { name: 'Draw sealed zone' }).isDisabled()).toBe(true);
    await expect.poll(() => planZones(second).then((zones) => zones.map((z) => z.name))).toEqual(['First tab']);
    await second.close();

    // Storage that refuses every write: a persistent banner, the edit stays, the file can be downloaded.
    const failing = await chromium().newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    await failing.addInitScript(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const full = await failing.newPage();
    await full.goto(baseUrl);
    await waitForPlannerReady(full);
    await addZoneByKeyboard(full, typedZone, 'sealed', 'Kept in memory');
    const banner = full.getByRole('alert').filter({ hasText: 'could not be saved' });
    await banner.waitFor({ timeout: 5000 });
    expect(await banner.textContent()).toContain('QuotaExceededError');
    expect(await full.getByTestId('save-status').textContent()).toBe('Not saved');
    expect((await planZones(full)).map((z) => z.name)).toEqual(['Kept in memory']);
    const [download] = await Promise.all([
      full.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download project file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.cordon\.json$/);
    await full.screenshot({ path: outputPath('storage-failed.png') });
    await failing.close();
    await context.close();
  });

  it('sets a damaged stored plan aside, says so, and lets the planner go on', async () => {
    const { page, context } = await openPlanner(chromium(), baseUrl);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('cordon');
          request.onsuccess = () => {
            const tx = request.result.transaction('plans', 'readwrite');
            tx.objectStore('plans').put(
              { text: '{"format":"cordon-plan","schemaVersion":2,"zones":"oops"}', savedAt: '' },
              'current',
            );
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await waitForPlannerReady(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/kept aside under “damaged-\d{4}-/);
    expect(await page.getByRole('button', { name: 'Draw sealed zone' }).isDisabled()).toBe(false);
    await context.close();
  });
});
