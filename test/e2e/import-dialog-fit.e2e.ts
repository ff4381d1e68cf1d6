import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { outputPath, useChromium } from './browser';
import { openPlanner, planFilesButton } from './planner-helpers';

/** A households file with one of each: a bad latitude, a latitude far outside Jiaxing, a repeated row. */
const ROWS = [
  'id,lng,lat,households,residents',
  'F1,120.7261,30.7402,12,31',
  'F2,120.7265,95.7402,3,8',
  'F3,120.7270,36.2000,4,9',
  'F4,120.7275,30.7410,5,11',
  'F1,120.7261,30.7402,12,31',
  'F5,120.7280,30.7415,6,14',
];

describe('the import dialog fits', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('shows every row not taken or skipped, each under its own column with its fix in full, over a basemap, at 1280×720', async () => {
    const file = outputPath('fit-households.csv');
    writeFileSync(file, ROWS.join('\n') + '\n');
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await page.setViewportSize({ width: 1280, height: 720 });
    await (await planFilesButton(page, 'Import data')).click();
    const dialog = page.getByRole('dialog', { name: 'Import cases or households' });
    await dialog.getByLabel('File to import').setInputFiles(file);
    await expect.poll(() => dialog.getByTestId('import-found').textContent()).toContain('6 rows');
    // Six rows are no evidence of a coordinate system: the hint says nothing rather than guess.
    expect(await dialog.getByTestId('import-crs-hint').count()).toBe(0);
    await dialog.getByLabel('WGS-84 (GPS, CGCS2000)').check();
    await dialog.getByRole('button', { name: 'Check rows' }).click();
    await expect
      .poll(() => dialog.getByTestId('import-balance').textContent())
      .toBe('6 rows read = 3 accepted + 2 rejected + 1 skipped');

    // A bad latitude is reported under the latitude's column.
    const rejections = dialog.getByTestId('import-rejections');
    const rows = await rejections
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(rows.map((cells) => [cells[0], cells[1]])).toEqual([
      ['3', 'lat'],
      ['4', 'lat'],
    ]);
    // The skipped row is listed with its line and reason, not only counted.
    const skips = await dialog.getByTestId('import-skips').textContent();
    expect(skips).toContain('6');
    expect(skips).toContain('the same record as row 2');

    // Every "How to fix" is read whole: no table scrolls sideways, and each fix lies inside the dialog.
    await rejections.scrollIntoViewIfNeeded();
    const overflow = await dialog
      .locator('.table-scroll.notes')
      .evaluateAll((boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth));
    expect(Math.max(...overflow)).toBeLessThanOrEqual(1);
    const dialogBox = (await dialog.boundingBox())!;
    for (const cell of await rejections.locator('tbody td:last-child').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
      expect((await cell.textContent())!.length).toBeGreaterThan(10);
    }

    // The preview map has the embedded basemap under the points: land, sea and district lines.
    const colours = await dialog.getByTestId('import-preview-map').evaluate(async (element) => {
      const canvas = element as HTMLCanvasElement;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(20);
    await page.screenshot({ path: outputPath('import-dialog-fit.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
