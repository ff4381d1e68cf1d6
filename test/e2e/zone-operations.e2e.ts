import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWatchedPage, outputPath, useChromium } from './browser';
import { waitForPlannerReady, openPlanner, planFilesButton } from './planner-helpers';
import { addZoneFromText, clickMapAt, dragOnMap, jumpTo, planZones, pointOnMap } from './zone-helpers';

const C: [number, number] = [120.7262, 30.7405];

const typeZone = (page: Page, ring: [number, number][], name: string) =>
  addZoneFromText(page, ring.map((p) => p.join(',')).join('\n'), { name });

describe('cutting, merging and splitting zones from the toolbar', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('cuts a hole, merges two neighbours and splits a zone along a line, each as one undoable step', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(chromium(), { locale: 'zh-CN' });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    await page.getByLabel('语言', { exact: true }).selectOption('en');
    const d = 0.001;
    await typeZone(
      page,
      [
        [C[0] - d, C[1] - d],
        [C[0], C[1] - d],
        [C[0], C[1] + d],
        [C[0] - d, C[1] + d],
      ],
      'West',
    );
    await typeZone(
      page,
      [
        [C[0], C[1] - d],
        [C[0] + d, C[1] - d],
        [C[0] + d, C[1] + d],
        [C[0], C[1] + d],
      ],
      'East',
    );
    await jumpTo(page, C[0], C[1], 16);

    // Merge: East is selected; choose Merge and click West on the map.
    await page.getByRole('button', { name: 'Merge zones' }).click();
    await clickMapAt(page, [[C[0] - d / 2, C[1]]]);
    await expect.poll(() => planZones(page).then((zones) => zones.map((z) => z.name))).toEqual(['East']);
    expect((await planZones(page))[0].geometry.coordinates[0]).toHaveLength(5); // one rectangle, no seam left

    // Cut a hole: select it, choose Cut hole, draw a small square inside.
    await page.getByRole('button', { name: /^East/ }).click();
    await page.getByRole('button', { name: 'Cut hole' }).click();
    const h = d / 4;
    await clickMapAt(page, [
      [C[0] - h, C[1] - h],
      [C[0] + h, C[1] - h],
      [C[0] + h, C[1] + h],
      [C[0] - h, C[1] + h],
      [C[0] - h, C[1] - h],
    ]);
    await expect.poll(() => planZones(page).then((zones) => zones[0].geometry.coordinates.length)).toBe(2);

    // Split along a north–south line east of the hole.
    await page.getByRole('button', { name: 'Split zone' }).click();
    await clickMapAt(page, [
      [C[0] + d / 2, C[1] - 2 * d],
      [C[0] + d / 2, C[1] + 2 * d],
    ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => planZones(page).then((zones) => zones.map((z) => z.name))).toEqual(['East', 'East-2']);
    await page.screenshot({ path: outputPath('zone-operations.png') });

    // Each operation was one step.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => planZones(page).then((zones) => zones[0].geometry.coordinates.length)).toBe(1);
    await (await planFilesButton(page, 'History')).click();
    const history = page.getByRole('dialog', { name: 'History' });
    expect(await history.textContent()).toContain('Merged West into East');
    expect(await history.textContent()).toContain('Cut a hole in East');
    await history.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('.zone-events').textContent()).toMatch(/declared.*adjusted · merged with West/s);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('deletes a vertex with a right-click, inserts one by dragging a midpoint and moves the zone by dragging inside, each one undo step', async () => {
    const { page, context } = await openPlanner(chromium(), baseUrl);
    const d = 0.001;
    const pentagon: [number, number][] = [
      [C[0] - d, C[1] - d],
      [C[0] + d, C[1] - d],
      [C[0] + d, C[1] + d],
      [C[0], C[1] + 1.5 * d],
      [C[0] - d, C[1] + d],
    ];
    await typeZone(page, pentagon, 'Pentagon');
    await jumpTo(page, C[0], C[1], 16);
    const vertices = () => planZones(page).then((zones) => zones[0].geometry.coordinates[0].length - 1);
    expect(await vertices()).toBe(5);

    const apex = await pointOnMap(page, ...pentagon[3]);
    await page.mouse.move(apex.x, apex.y, { steps: 3 });
    await page.mouse.click(apex.x, apex.y, { button: 'right' });
    await expect.poll(vertices).toBe(4);

    // Drag the midpoint of the south edge outwards: a vertex is added there.
    await dragOnMap(page, [C[0], C[1] - d], [C[0], C[1] - 2 * d]);
    await expect.poll(vertices).toBe(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(vertices).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(vertices).toBe(5);

    // Dragging inside the zone moves all of it.
    const firstLng = () => planZones(page).then((zones) => zones[0].geometry.coordinates[0][0][0]);
    const before = await firstLng();
    await dragOnMap(page, [C[0] - d / 2, C[1]], [C[0] + d / 2, C[1]]);
    await expect.poll(firstLng).toBeGreaterThan(before + d / 2);
    expect(await vertices()).toBe(5);
    await context.close();
  });
});
