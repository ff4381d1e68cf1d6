import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { openPlanner } from './planner-helpers';
import { addZoneFromText, clickMapAt, dragOnMap, jumpTo } from './zone-helpers';

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
const uncovered = (page: Page, tier: string) => page.getByTestId(`coverage-${tier}`).locator('td').nth(1).textContent();
const planSites = (
  page: Page,
): Promise<{ id: string; name: string; kind: string; lng: number; lat: number; capacity: number }[]> =>
  page.evaluate(() => JSON.parse(window.__cordonPlan!()).sites);

describe('sites and their coverage', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('places a testing site with clicks, moves it by dragging, and the sealed zone’s uncovered residents fall', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    // The demo's own sites are in the plan; none of them is a testing site in Haining.
    const demoSites = (await planSites(page)).length;
    expect(demoSites).toBeGreaterThan(0);
    // A sealed block in Haining's centre (about 580 × 550 m), where the demo has many buildings.
    await addZoneFromText(page, '120.6770,30.5125\n120.6830,30.5125\n120.6830,30.5175\n120.6770,30.5175', {
      tier: 'sealed',
      name: 'Block A',
    });
    await jumpTo(page, 120.684, 30.515, 14.5);

    // A testing site 1.2 km east of the block: none of its residents is within 500 m.
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    await page.getByRole('button', { name: 'Place testing site' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Click the map to place a testing site' }).count())
      .toBe(1);
    await clickMapAt(page, [[120.6955, 30.515]]);
    await expect.poll(async () => (await planSites(page)).length).toBe(demoSites + 1);
    const placed = (await planSites(page)).at(-1)!;
    expect(placed).toMatchObject({ name: 'T-8', kind: 'testing' });
    const panel = page.getByRole('region', { name: 'Testing, isolation and supply' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    const sealedResidents = number(await page.getByTestId('figures-sealed').locator('td').nth(1).textContent());
    expect(sealedResidents).toBeGreaterThan(0);
    await expect.poll(async () => number(await uncovered(page, 'sealed'))).toBe(sealedResidents);
    expect(await page.getByTestId('coverage-zones').textContent()).toContain('No testing site within reach');
    // The uncovered cells are drawn: the whole block.
    await expect
      .poll(() => page.evaluate(() => window.__cordon!.controller.sourceContents('uncovered')?.features.length ?? 0))
      .toBeGreaterThan(0);

    // Its capacity, typed in the panel (the site is selected after placing): 400 swabs an hour.
    const editor = page.getByRole('form', { name: 'Edit site' });
    await editor.getByLabel('Swabs an hour').fill('400');
    await editor.getByLabel('Swabs an hour').press('Enter');
    await expect.poll(async () => (await planSites(page)).at(-1)!.capacity).toBe(400);
    // Its walking catchment is drawn while it is selected.
    expect(
      await page.evaluate(() => window.__cordon!.controller.sourceContents('site-catchment')?.features.length),
    ).toBe(1);

    // Dragged into the middle of the block: every sealed resident is now within 500 m.
    await dragOnMap(page, [placed.lng, placed.lat], [120.68, 30.515]);
    await expect.poll(async () => (await planSites(page)).at(-1)!.lng).toBeLessThan(120.69);
    await expect.poll(async () => number(await uncovered(page, 'sealed'))).toBeLessThan(sealedResidents);
    expect(number(await uncovered(page, 'sealed'))).toBe(0);
    const round = (await page.getByTestId('coverage-zones').textContent()) ?? '';
    expect(round).toMatch(/Block A.*h: (fits|over the target)/);
    expect(round).toContain('T-8');
    await page.screenshot({ path: outputPath('sites-coverage.png') });

    // Undo puts it back where it was, with the figures.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => number(await uncovered(page, 'sealed'))).toBe(sealedResidents);

    // A list of isolation sites and a supply point, with Chinese headers and a row of an unknown kind.
    const list = outputPath('sites.csv');
    writeFileSync(
      list,
      [
        '编号,名称,类型,经度,纬度,能力,已用房间',
        'I1,经开区隔离酒店,集中隔离点,120.7312,30.7201,300,120',
        'X1,人民医院,医院,120.7600,30.7500,40,',
        'S1,物资保障点一,物资保障点,120.7623,30.7508,20000,',
      ].join('\n') + '\n',
    );
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    await page.getByRole('button', { name: 'Import sites…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import sites' });
    await dialog.getByLabel('File to import').setInputFiles(list);
    await expect.poll(() => dialog.getByTestId('import-found').textContent()).toContain('3 rows');
    expect(await dialog.getByLabel('名称', { exact: true }).inputValue()).toBe('siteName');
    expect(await dialog.getByLabel('能力', { exact: true }).inputValue()).toBe('capacity');
    await dialog.getByLabel('WGS-84 (GPS, CGCS2000)').check();
    await dialog.getByRole('button', { name: 'Check rows' }).click();
    await expect
      .poll(() => dialog.getByTestId('import-balance').textContent())
      .toBe('3 rows read = 2 accepted + 1 rejected + 0 skipped');
    expect(await dialog.getByTestId('import-rejections').textContent()).toContain('unknown kind of site');
    await dialog.getByRole('button', { name: 'Import 2 records' }).click();
    await expect
      .poll(async () => (await planSites(page)).map((site) => site.id).slice(-3))
      .toEqual([placed.id, 'I1', 'S1']);
    // Rooms and packs are counted at once: the demo's 260 free rooms of 750 and the list's 180 of 300;
    // the demo's supply points deliver 18,000 packs a day and the list's 20,000.
    await expect.poll(() => page.getByTestId('isolation-status').textContent()).toContain('440 rooms free of 1,050');
    expect(await page.getByTestId('supply-status').textContent()).toContain('deliver 38,000 packs a day');
    // One step: undo takes the whole list back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await planSites(page)).length).toBe(demoSites + 1);

    // Exported as CSV with the import's columns.
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export sites (CSV)' }).click(),
    ]);
    const exported = outputPath('sites-export.csv');
    await download.saveAs(exported);
    const csv = readFileSync(exported, 'utf8');
    expect(csv).toContain('id,name,kind,lng,lat,capacity,rooms in use,opens,closes,direction');
    expect(csv).toContain(`${placed.id},T-8,testing,`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
