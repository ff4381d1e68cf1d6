import { describe, expect, inject, it } from 'vitest';
import { outputPath, useChromium } from './browser';
import { waitForPlannerReady, openPlanner } from './planner-helpers';
import { addZoneFromText, clickMapAt, dragOnMap, jumpTo, planZones, pointOnMap } from './zone-helpers';

const CENTRE: [number, number] = [120.7262, 30.7405];
const square = (d: number): [number, number][] => [
  [CENTRE[0] - d, CENTRE[1] - d],
  [CENTRE[0] + d, CENTRE[1] - d],
  [CENTRE[0] + d, CENTRE[1] + d],
  [CENTRE[0] - d, CENTRE[1] + d],
];

describe('drawing and editing zones', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('draws a sealed zone with the mouse, reshapes it, undoes, redoes, and keeps it over a reload', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
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

  it('snaps a new zone to a neighbour’s corners, removes a vertex with Backspace, cancels with Escape and shows a circle’s radius', async () => {
    const { page, context } = await openPlanner(chromium(), baseUrl);
    await jumpTo(page, CENTRE[0], CENTRE[1], 16);
    const corners = square(0.0006);
    await addZoneFromText(page, corners.map((c) => c.join(',')).join('\n'));
    await jumpTo(page, CENTRE[0], CENTRE[1], 16);
    const sealed = (await planZones(page))[0].geometry.coordinates[0];

    // A controlled zone east of it: its first two vertices are placed 4 px off the sealed zone's east corners.
    await page.getByRole('button', { name: 'Draw controlled zone' }).click();
    const offBy4px = async (lng: number, lat: number): Promise<[number, number]> =>
      page.evaluate(
        ([a, b]) => {
          const map = window.__cordon!.map;
          const p = map.project([a, b]);
          const moved = map.unproject([p.x + 3, p.y - 3]);
          return [moved.lng, moved.lat] as [number, number];
        },
        [lng, lat],
      );
    const ne = sealed.find((p) => p[0] > CENTRE[0] && p[1] > CENTRE[1])!;
    const se = sealed.find((p) => p[0] > CENTRE[0] && p[1] < CENTRE[1])!;
    const far: [number, number][] = [
      [se[0] + 0.001, se[1]],
      [ne[0] + 0.001, ne[1]],
    ];
    await clickMapAt(page, [
      await offBy4px(ne[0], ne[1]),
      await offBy4px(se[0], se[1]),
      far[0],
      [far[0][0] + 0.0003, far[0][1] - 0.0003],
    ]);
    await page.keyboard.press('Backspace'); // the stray last vertex goes
    await clickMapAt(page, [far[1]]);
    await page.keyboard.press('Enter');
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(2);
    const controlled = (await planZones(page))[1].geometry.coordinates[0];
    expect(controlled).toHaveLength(5);
    expect(controlled).toContainEqual(ne);
    expect(controlled).toContainEqual(se);
    await expect.poll(() => page.getByText('No overlaps, gaps or invalid zones.').isVisible()).toBe(true);

    // Holding Alt places a vertex exactly where the pointer is, with no snapping.
    await page.getByRole('button', { name: 'Draw sealed zone' }).click();
    const nearCorner = await offBy4px(corners[0][0], corners[0][1]);
    await page.keyboard.down('Alt');
    await clickMapAt(page, [nearCorner]);
    await page.keyboard.up('Alt');
    await clickMapAt(page, [
      [corners[0][0] - 0.0008, corners[0][1]],
      [corners[0][0] - 0.0008, corners[0][1] - 0.0008],
    ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(3);
    const unsnapped = (await planZones(page))[2].geometry.coordinates[0];
    const sw = sealed.find((p) => p[0] < CENTRE[0] && p[1] < CENTRE[1])!;
    expect(unsnapped).not.toContainEqual(sw);
    const placed = unsnapped.find(
      (p) => Math.abs(p[0] - nearCorner[0]) < 2e-6 && Math.abs(p[1] - nearCorner[1]) < 2e-6,
    );
    expect(placed).toBeDefined(); // where the pointer was, about 4 px from the corner
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(2);

    // Escape cancels a drawing and nothing is added.
    await page.getByRole('button', { name: 'Draw precaution zone' }).click();
    await clickMapAt(page, [
      [CENTRE[0] - 0.002, CENTRE[1] - 0.002],
      [CENTRE[0] - 0.001, CENTRE[1] - 0.002],
    ]);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Draw precaution zone' }).getAttribute('aria-pressed')).toBe('false');
    expect((await planZones(page)).length).toBe(2);

    // A circle shows its radius in metres while it is drawn.
    await page.getByLabel('Shape').selectOption('circle');
    await page.getByRole('button', { name: 'Draw precaution zone' }).click();
    await clickMapAt(page, [[CENTRE[0] - 0.003, CENTRE[1] + 0.002]]);
    const edge = await pointOnMap(page, CENTRE[0] - 0.002, CENTRE[1] + 0.002);
    await page.mouse.move(edge.x, edge.y, { steps: 5 });
    await expect.poll(() => page.getByTestId('circle-radius').textContent()).toMatch(/Radius 9\d m/);
    await page.mouse.click(edge.x, edge.y);
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(3);
    await page.screenshot({ path: outputPath('zones-snapped.png') });
    await context.close();
  });
});
