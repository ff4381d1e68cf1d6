import { booleanPointInPolygon, polygon } from '@turf/turf';
import { cellToLatLng } from 'h3-js';
import { describe, expect, inject, it } from 'vitest';
import { addDays, DEMO_CASES, LAST_DAY } from './demo-cases';
import type { Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { describeMainThread, longestOfOurs, longTasks, watchLongTasks } from './long-tasks';
import { openPlanner, waitForIdle } from './planner-helpers';
import { addZoneFromText, jumpTo, pointOnMap, squareText } from './zone-helpers';

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const casesBetween = (from: string, to: string) =>
  DEMO_CASES.filter((c) => c.reportedOn >= from && c.reportedOn <= to).length;

/** What the hexagon layer draws: its cells, counts and resolution (the layer's data, not pixels). */
const hexes = (page: Page) =>
  page.evaluate(() => {
    const data = window.__cordon!.controller.caseHexContents();
    return data
      ? {
          resolution: data.resolution,
          cells: data.hexes.map((h) => h.hex),
          total: data.hexes.reduce((sum, h) => sum + h.count, 0),
          counts: data.hexes.map((h) => h.count),
        }
      : undefined;
  });
const asOf = async (page: Page) => (await page.getByTestId('as-of-date').textContent()) ?? '';

describe('cases over space and time', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('draws case hexagons for the window, and the slider, the window, the filters and playback change them', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await page.setViewportSize({ width: 1400, height: 900 });
    // Every located case up to the last day, at city view (resolution 6).
    await expect.poll(async () => (await hexes(page))?.total, { timeout: 30_000 }).toBe(DEMO_CASES.length);
    expect(await asOf(page)).toBe(LAST_DAY);
    expect((await hexes(page))!.resolution).toBe(6);

    // deck.gl picks the busiest hexagon at its centre, and the tooltip says its count in words.
    const drawn = (await hexes(page))!;
    const busiest = drawn.counts.indexOf(Math.max(...drawn.counts));
    const [lat, lng] = cellToLatLng(drawn.cells[busiest]);
    const at = await pointOnMap(page, lng, lat);
    const picked = await page.evaluate(({ x, y }) => {
      const rect = window.__cordon!.map.getCanvas().getBoundingClientRect();
      const info = window.__cordon!.overlay.pickObject({
        x: x - rect.left,
        y: y - rect.top,
        layerIds: ['case-hexes'],
      });
      return (info?.object as { count: number } | undefined)?.count;
    }, at);
    expect(picked).toBe(drawn.counts[busiest]);
    await page.mouse.move(at.x + 3, at.y + 3, { steps: 3 });
    await expect
      .poll(() => page.locator('.deck-tooltip').textContent(), { timeout: 10_000 })
      .toContain(`${drawn.counts[busiest]} cases in this hexagon`);

    // The last 7 days: fewer cases, exactly those reported in them.
    await page.getByLabel('Window').selectOption('7');
    await expect.poll(async () => (await hexes(page))?.total).toBe(casesBetween(addDays(LAST_DAY, -6), LAST_DAY));
    expect(await page.getByTestId('window-cases').textContent()).toContain(
      `cases in the window (${addDays(LAST_DAY, -6)} – ${LAST_DAY})`,
    );

    // Scrubbing with the keyboard: four days back, the window follows, and none of Cordon's own
    // scripts runs over 100 ms. WebGL runs on the CPU here (SwiftShader), where one repaint of a
    // large map is itself about 100 ms; its frames are measured apart (long-tasks.ts).
    await page.setViewportSize({ width: 800, height: 600 });
    await waitForIdle(page);
    await watchLongTasks(page);
    await page.getByLabel('Report date').focus();
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(150);
    }
    const day = addDays(LAST_DAY, -4);
    await expect.poll(() => asOf(page)).toBe(day);
    await expect.poll(async () => (await hexes(page))?.total).toBe(casesBetween(addDays(day, -6), day));
    await page.waitForTimeout(500);
    const scrubbing = await longTasks(page);
    console.log(`Main thread while scrubbing 4 days: ${describeMainThread(scrubbing)}`);
    expect(longestOfOurs(scrubbing)).toBeLessThanOrEqual(100);
    await page.setViewportSize({ width: 1400, height: 900 });

    // Filters: community cases only.
    await page.getByRole('checkbox', { name: 'Quarantine site' }).uncheck();
    await page.getByRole('checkbox', { name: 'Mass screening' }).uncheck();
    await page.getByRole('checkbox', { name: 'Imported' }).uncheck();
    const community = DEMO_CASES.filter(
      (c) => c.foundIn === 'community' && c.reportedOn >= addDays(day, -6) && c.reportedOn <= day,
    ).length;
    await expect.poll(async () => (await hexes(page))?.total).toBe(community);

    // A fixed resolution overrides the zoom.
    await page.getByLabel('Hexagon size').selectOption('9');
    await expect.poll(async () => (await hexes(page))?.resolution).toBe(9);
    await expect.poll(async () => (await hexes(page))?.total).toBe(community);

    // Playback from the first day: the date moves on by itself; the space bar pauses it.
    await page.getByLabel('Window').selectOption('all');
    await page.getByLabel('Report date').press('Home');
    await expect.poll(() => asOf(page)).toBe(DEMO_CASES[0].reportedOn);
    await page.getByLabel('Speed').selectOption('8');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => daysBetween(DEMO_CASES[0].reportedOn, await asOf(page)), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    const paused = await asOf(page);
    await page.waitForTimeout(600);
    expect(await asOf(page)).toBe(paused);
    await expect
      .poll(async () => (await hexes(page))?.total)
      .toBe(DEMO_CASES.filter((c) => c.foundIn === 'community' && c.reportedOn <= paused).length);
    await page.screenshot({ path: outputPath('cases-time.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('plays 30 days without sending any zone to the map again: the clocks move on the labels, the selection is feature state', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await page.setViewportSize({ width: 1400, height: 900 });
    await addZoneFromText(page, squareText(120.679, 30.5305, 0.002), { tier: 'sealed', name: 'Played block' });
    await page.getByLabel('Declared on').fill('2022-04-01');
    await addZoneFromText(page, squareText(120.69, 30.5305, 0.003), { tier: 'controlled', name: 'East block' });
    await jumpTo(page, 120.684, 30.5305, 14);
    await waitForIdle(page);
    const counts = () =>
      page.evaluate(() => ({
        zones: window.__cordon!.controller.setDataCount('zones'),
        labels: window.__cordon!.controller.setDataCount('zone-labels'),
      }));
    const label = () =>
      page.evaluate(
        () =>
          window
            .__cordon!.controller.sourceContents('zone-labels')
            ?.features.find((f) => f.properties?.id && String(f.properties.label).includes('Played block'))?.properties
            ?.label as string | undefined,
      );

    // Selecting a zone on the map: feature state, no new data.
    const before = await counts();
    const inside = await pointOnMap(page, 120.679, 30.5305);
    await page.mouse.click(inside.x, inside.y);
    const selected = await page.evaluate(
      () =>
        window.__cordon!.controller.sourceContents('zones')?.features.find((f) => f.properties?.name === 'Played block')
          ?.properties?.id as string,
    );
    await expect
      .poll(() =>
        page.evaluate((id) => window.__cordon!.map.getFeatureState({ source: 'zones', id }).selected, selected),
      )
      .toBe(true);
    expect((await counts()).zones).toBe(before.zones);

    // Playback over every day of the demo's cases.
    await page.getByLabel('Window').selectOption('all');
    const lastDayLabel = await label();
    await page.getByLabel('Report date').press('Home');
    // The labels follow the slider a frame later: wait for the first day's clock before playing.
    await expect.poll(label).not.toBe(lastDayLabel);
    const first = await asOf(page);
    const startLabel = await label();
    const start = await counts();
    await page.getByLabel('Speed').selectOption('8');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // The demo's cases span 30 days: playback runs to the last of them and stops by itself.
    expect(daysBetween(first, LAST_DAY) + 1).toBeGreaterThanOrEqual(30);
    await expect.poll(() => asOf(page), { timeout: 30_000 }).toBe(LAST_DAY);
    await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    await waitForIdle(page);
    const end = await counts();
    console.log(
      `${daysBetween(first, LAST_DAY) + 1} days of playback: ${end.zones - start.zones} setData calls on the zone source, ${end.labels - start.labels} on the label source`,
    );
    expect(end.zones - start.zones).toBe(0);
    expect(end.labels - start.labels).toBeGreaterThan(0);
    expect(await label()).not.toBe(startLabel);
    expect(await label()).toMatch(/d clear/);
    await page.screenshot({ path: outputPath('playback-labels.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("clocks a zone as of the slider's date, shows a case's fields on a click, and seals around cases as one undoable step", async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await page.setViewportSize({ width: 1400, height: 900 });
    // A sealed zone around a community outbreak in Haining, declared on 10 April 2022.
    const ring: [number, number][] = [
      [120.6765, 30.5285],
      [120.6815, 30.5285],
      [120.6815, 30.5325],
      [120.6765, 30.5325],
    ];
    await addZoneFromText(page, ring.map(([x, y]) => `${x},${y}`).join('\n'), {
      tier: 'sealed',
      name: 'Haining block',
    });
    await page.getByLabel('Declared on').fill('2022-04-10');

    // The slider to 20 April 2022, with the keyboard.
    const date = '2022-04-20';
    await page.getByLabel('Report date').press('End');
    for (let step = 0; step < daysBetween(date, LAST_DAY); step++)
      await page.getByLabel('Report date').press('ArrowLeft');
    await expect.poll(() => asOf(page)).toBe(date);

    // The oracle: turf's point-in-polygon over the CSV.
    const shape = polygon([[...ring, ring[0]]]);
    const inside = DEMO_CASES.filter((c) => c.reportedOn <= date && booleanPointInPolygon([c.lng, c.lat], shape));
    expect(inside.length).toBeGreaterThan(0);
    const lastCase = inside.reduce((last, c) => (c.reportedOn > last ? c.reportedOn : last), '');
    const start = lastCase > '2022-04-10' ? lastCase : '2022-04-10';
    const row = page.getByTestId('clock-zone-Haining block');
    await expect.poll(() => row.locator('td').nth(0).textContent()).toBe(String(inside.length));
    expect(await row.locator('td').nth(1).textContent()).toBe(lastCase);
    expect(await row.locator('td').nth(2).textContent()).toBe(String(daysBetween(start, date)));
    const eligible = addDays(start, 7);
    expect(await row.locator('td').nth(3).textContent()).toContain(`Controlled zone on ${eligible}`);
    expect(await row.getAttribute('class')).toBe(daysBetween(date, eligible) <= 2 ? 'due' : null);
    // The badge on the zone: its days clear.
    const label = await page.evaluate(
      () => window.__cordon!.controller.sourceContents('zone-labels')?.features[0].properties?.label,
    );
    expect(label).toContain(`${daysBetween(start, date)} d clear`);
    await page.getByRole('heading', { name: 'Zone clock' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: outputPath('zone-clock.png') });

    // A click on a single case (street zoom): its fields, as text.
    const [one] = inside;
    await jumpTo(page, one.lng, one.lat, 17);
    await waitForIdle(page);
    const spot = await pointOnMap(page, one.lng, one.lat);
    await page.mouse.click(spot.x, spot.y);
    await expect
      .poll(() => page.locator('.case-details h3').textContent(), { timeout: 10_000 })
      .toMatch(/^Case JX-2022-\d+$/);

    // Seal around the community cases of the last 7 days: one new sealed zone, undone in one step.
    await page.keyboard.press('Escape');
    await page.getByLabel('Window').selectOption('7');
    await page.getByRole('button', { name: 'Seal around cases…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Propose a sealed zone around cases' });
    const community = DEMO_CASES.filter(
      (c) => c.foundIn === 'community' && c.reportedOn >= addDays(date, -6) && c.reportedOn <= date,
    ).length;
    expect(await dialog.getByTestId('seal-around-count').textContent()).toContain(`${community} cases of the window`);
    await dialog.getByLabel('Radius (m)').fill('5');
    await dialog.getByRole('button', { name: 'Propose sealed zone' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('from 10 to 2000');
    await dialog.getByLabel('Radius (m)').fill('100');
    await dialog.getByRole('button', { name: 'Propose sealed zone' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: new RegExp(`^Around ${community} cases`) }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: new RegExp(`^Around ${community} cases`) }).count())
      .toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
