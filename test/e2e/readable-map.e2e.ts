import { cellToLatLng } from 'h3-js';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEX_COLORS } from '../../src/domain/hexes/hex-scale';
import { outputPath, useChromium } from './browser';
import { openPlanner, waitForIdle } from './planner-helpers';
import { addZoneFromText, clickMapAt, dragOnMap, jumpTo, planZones, pointOnMap, squareText } from './zone-helpers';

/** The busiest compound of the demo outbreak in Nanhu (where the hexagons are dense). */
const HOT: [number, number] = [120.7648, 30.7536];

const drawnHexes = (page: Page) =>
  page.evaluate(() => {
    const data = window.__cordon!.controller.caseHexContents();
    return (data?.hexes ?? []).map((h) => ({ hex: h.hex, count: h.count, color: [...h.color] }));
  });

describe('a readable map (issue 15, items 1, 2, 4, 5, 16)', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('draws case hexagons in blues, under the zones’ outlines and labels, with their classes in the map legend and a tooltip that fits', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await jumpTo(page, HOT[0], HOT[1], 14);
    await addZoneFromText(page, squareText(HOT[0], HOT[1], 0.002), { name: 'Hot compound' });
    await jumpTo(page, HOT[0], HOT[1], 14);
    await waitForIdle(page);

    // Every hexagon is coloured from the blue ramp, never the tiers' red, orange or yellow.
    await expect.poll(async () => (await drawnHexes(page)).length).toBeGreaterThan(0);
    const palette = HEX_COLORS.map((c) => c.join(','));
    for (const hex of await drawnHexes(page)) expect(palette).toContain(hex.color.join(','));

    // Zone outlines and labels are drawn above the case points, clusters and (deck.gl) hexagons.
    const order = await page.evaluate(() => {
      const ids = window.__cordon!.map.getStyle().layers.map((layer) => layer.id);
      return {
        cases: ids.indexOf('cases'),
        clusterLabels: ids.indexOf('case-cluster-labels'),
        sealedLine: ids.indexOf('zone-line-sealed'),
        labels: ids.indexOf('zone-labels'),
        effectiveLine: ids.indexOf('effective-line'),
      };
    });
    expect(order.sealedLine).toBeGreaterThan(order.clusterLabels);
    expect(order.effectiveLine).toBeGreaterThan(order.clusterLabels);
    expect(order.labels).toBeGreaterThan(order.sealedLine);
    const beforeIds = await page.evaluate(() =>
      // deck.gl keeps the overlay's props private; the layers it was given are what is checked here.
      (
        window.__cordon!.overlay as unknown as { _props: { layers: { id: string; props: { beforeId?: string } }[] } }
      )._props.layers.map((layer) => `${layer.id}:${layer.props.beforeId}`),
    );
    for (const entry of beforeIds) expect(entry).not.toMatch(/:undefined$/);
    // The zone's label is still drawn where the hexagons and clusters are.
    await expect
      .poll(() => page.evaluate(() => window.__cordon!.map.queryRenderedFeatures({ layers: ['zone-labels'] }).length))
      .toBeGreaterThan(0);

    // The map legend explains the hexagon classes.
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect.poll(() => legend.textContent()).toContain('Cases per hexagon');
    await page.screenshot({ path: outputPath('readable-map-hexagons.png') });

    // At the finest cells most hold one case: the tooltip says "1 case", and stays inside the map
    // even for the hexagon nearest its right edge.
    await page.getByLabel('Hexagon size').selectOption('10');
    await expect.poll(async () => (await drawnHexes(page)).some((h) => h.count === 1)).toBe(true);
    await waitForIdle(page);
    const mapBox = (await page.locator('.map-area').boundingBox())!;
    const onScreen = [];
    for (const hex of (await drawnHexes(page)).filter((h) => h.count === 1)) {
      const [lat, lng] = cellToLatLng(hex.hex);
      const at = await pointOnMap(page, lng, lat);
      if (
        at.x > mapBox.x + 20 &&
        at.x < mapBox.x + mapBox.width - 60 &&
        at.y > mapBox.y + 60 &&
        at.y < mapBox.y + mapBox.height - 60
      )
        onScreen.push(at);
    }
    const rightmost = onScreen.reduce((best, at) => (at.x > best.x ? at : best));
    await page.mouse.move(rightmost.x, rightmost.y, { steps: 3 });
    const tooltip = page.locator('.deck-tooltip');
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toMatch(/^1 case in this hexagon/);
    const tip = (await tooltip.boundingBox())!;
    expect(tip.x + tip.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
    expect(tip.y + tip.height).toBeLessThanOrEqual(mapBox.y + mapBox.height);
    await page.screenshot({ path: outputPath('readable-map-tooltip.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps a zone whose edges cross on the map, in the invalid style, with vertices to drag until it is fixed', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    const [lng, lat] = [120.7262, 30.7405];
    const d = 0.0015;
    await jumpTo(page, lng, lat, 15);
    await page.getByRole('button', { name: 'Draw sealed zone' }).click();

    // The drawing hint is over the map and the time bar, not behind them.
    const hint = page.getByRole('status').filter({ hasText: 'Click to add vertices' });
    await expect.poll(() => hint.isVisible()).toBe(true);
    const hintBox = (await hint.boundingBox())!;
    const topmost = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.mode-hint'), {
      x: hintBox.x + hintBox.width / 2,
      y: hintBox.y + hintBox.height / 2,
    });
    expect(topmost).toBe(true);

    // A bow tie: the second edge crosses the fourth. Alt keeps the clicks from snapping.
    await page.keyboard.down('Alt');
    await clickMapAt(page, [
      [lng - d, lat - d],
      [lng + d, lat + d],
      [lng + d, lat - d],
      [lng - d, lat + d],
    ]);
    await page.keyboard.up('Alt');
    await page.keyboard.press('Enter');
    await expect.poll(() => planZones(page).then((zones) => zones.length)).toBe(1);
    const zoneList = page.locator('.zone-panel');
    await expect.poll(() => zoneList.textContent()).toContain('Invalid');

    // Drawn in the invalid style: its outline is on the map, marked invalid.
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    const outline = () =>
      page.evaluate(
        () =>
          window
            .__cordon!.map.queryRenderedFeatures({ layers: ['zone-line-sealed'] })
            .map((f) => f.properties.invalid)[0],
      );
    await expect.poll(outline).toBe(true);
    await page.screenshot({ path: outputPath('invalid-zone-drawn.png') });

    // Selected, its vertices can be dragged: pull the crossing corner below the zone, and it is valid.
    await page.getByRole('button', { name: /S-1/ }).first().click();
    await page.waitForTimeout(300);
    await dragOnMap(page, [lng + d, lat + d], [lng, lat - 3 * d]);
    await expect.poll(() => zoneList.textContent()).not.toContain('Invalid');
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    await expect.poll(outline).toBe(false);
    await page.screenshot({ path: outputPath('invalid-zone-fixed.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
