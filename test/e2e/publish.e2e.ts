import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { outputPath, useChromium } from './browser';
import { importDemoPlan, openPlanner, planFilesButton } from './planner-helpers';
import { checkSnapshot } from '../../src/io/publish/snapshot-schema';
import { parseLatest } from '../../src/io/publish/publication-files';
import { unpackGazetteer } from '../../src/domain/publish/gazetteer-columns';

describe('publishing the public map from the planner', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('previews exactly what will be published, downloads the files, records the publication and says what changed next time', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await importDemoPlan(page);

    await (await planFilesButton(page, 'Publish public map')).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the public map' });
    await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).toContain('Publication 1');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('The first publication of this plan.');
    expect(text).toContain('Zones in force (10)');
    expect(text).toContain('Added (10)');
    // The lifted quarantine-site zone is named as not in force, never as a zone.
    expect(text).toContain('Not in force on that day: 经开区集中隔离点');
    expect(await dialog.locator('.publish-zones tbody tr').count()).toBe(10);
    await dialog.screenshot({ path: outputPath('publish-dialog.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Publish (download the files)' }).click(),
    ]);
    const zipPath = outputPath('publication-1.zip');
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const pointer = parseLatest(strFromU8(files['risk/latest.json']));
    expect(pointer?.publication).toBe(1);
    const snapshot = checkSnapshot(JSON.parse(strFromU8(files[`risk/${pointer?.snapshot}`])));
    expect(snapshot.ok).toBe(true);
    if (snapshot.ok) {
      expect(snapshot.snapshot.zones).toHaveLength(10);
      expect(snapshot.snapshot.asOf).toBe('2022-04-20');
      // The demo's compounds are the search list's places, with pinyin computed in the worker.
      expect(unpackGazetteer(snapshot.snapshot.gazetteer).find((entry) => entry.zh === '南湖区')?.py).toBe('nan hu qu');
    }
    await expect.poll(() => dialog.textContent()).toContain('Publication 1 downloaded as');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const plan = JSON.parse(await page.evaluate(() => window.__cordonPlan!()));
    expect(plan.publications).toHaveLength(1);
    expect(plan.history.at(-1).note).toEqual({ key: 'notePublished', values: { number: 1, asOf: '2022-04-20' } });

    // Published again with nothing changed: number 2, and it says so.
    await (await planFilesButton(page, 'Publish public map')).click();
    await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).toContain('Publication 2');
    expect(await dialog.textContent()).toContain('No zone changed.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Into the site's folder (File System Access). The browser's folder picker is a system dialog a
    // test cannot click, so it hands over a folder of the origin-private file system: the same
    // handles and writes as a folder on disk. The CLI has published up to number 4 there.
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const put = async (folder: string, text: string) => {
        const handle = await (
          await root.getDirectoryHandle(folder, { create: true })
        ).getFileHandle('latest.json', {
          create: true,
        });
        const writable = await handle.createWritable();
        await writable.write(text);
        await writable.close();
      };
      await put(
        'site-risk',
        JSON.stringify({
          publication: 4,
          generatedAt: '2022-04-19T08:00:00Z',
          snapshot: 'snapshot-4-0123456789ab.json',
        }),
      );
      await put('downloads', '{"name": "something else"}');
      const win = window as unknown as { showDirectoryPicker: unknown; pickFolder: string };
      win.showDirectoryPicker = async () => root.getDirectoryHandle(win.pickFolder);
    });
    await (await planFilesButton(page, 'Publish public map')).click();
    await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).toContain('Publication 2');
    await page.evaluate(() => ((window as unknown as { pickFolder: string }).pickFolder = 'downloads'));
    await dialog.getByRole('button', { name: 'Choose the site folder…' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').first().textContent())
      .toContain('The folder “downloads” has a latest.json that Cordon did not write');
    await page.evaluate(() => ((window as unknown as { pickFolder: string }).pickFolder = 'site-risk'));
    await dialog.getByRole('button', { name: 'Choose the site folder…' }).click();
    // The number follows the folder's, so the public page never goes back.
    await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).toContain('Publication 5');
    expect(await dialog.textContent()).toContain('Writing into the folder “site-risk”. It holds publication 4 now.');
    await dialog.screenshot({ path: outputPath('publish-folder.png') });
    await dialog.getByRole('button', { name: 'Publish (write into the folder)' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Publication 5 written into “site-risk”');
    const written = await page.evaluate(async () => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('site-risk');
      const read = async (name: string) => (await (await folder.getFileHandle(name)).getFile()).text();
      const latest = await read('latest.json');
      return { latest, snapshot: await read(JSON.parse(latest).snapshot) };
    });
    expect(parseLatest(written.latest)?.publication).toBe(5);
    expect(checkSnapshot(JSON.parse(written.snapshot)).ok).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const published = JSON.parse(await page.evaluate(() => window.__cordonPlan!())).publications;
    expect(published.map((entry: { number: number }) => entry.number)).toEqual([1, 5]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
