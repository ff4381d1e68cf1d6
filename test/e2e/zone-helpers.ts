import type { Page } from 'playwright-core';

/** Screen position (page pixels) of a [lng, lat] on the map. */
export async function pointOnMap(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lngArg, latArg]) => {
      const map = window.__cordon!.map;
      const point = map.project([lngArg, latArg]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    [lng, lat],
  );
}

/** Clicks the map at each [lng, lat], as a person would, with a pause for the map to follow. */
export async function clickMapAt(page: Page, positions: [number, number][]): Promise<void> {
  for (const [lng, lat] of positions) {
    const { x, y } = await pointOnMap(page, lng, lat);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.click(x, y);
    await page.waitForTimeout(120);
  }
}

/** Drags on the map from one [lng, lat] to another with the mouse button held. */
export async function dragOnMap(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const start = await pointOnMap(page, ...from);
  const end = await pointOnMap(page, ...to);
  await page.mouse.move(start.x, start.y, { steps: 4 });
  await page.waitForTimeout(100);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 6 });
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await page.waitForTimeout(100);
  await page.mouse.up();
  await page.waitForTimeout(200);
}

/** The zones of the plan as the app holds them (via the test hook). */
export async function planZones(
  page: Page,
): Promise<{ id: string; name: string; tier: string; geometry: { coordinates: number[][][] } }[]> {
  return page.evaluate(() => JSON.parse(window.__cordonPlan!()).zones);
}

/** Centres the map on a place at a zoom, and waits for it to settle. */
export async function jumpTo(page: Page, lng: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([a, b, z]) => window.__cordon!.map.jumpTo({ center: [a, b], zoom: z }), [lng, lat, zoom]);
  await page.waitForTimeout(300);
}

/** Adds a zone through the keyboard path: the "Add zone from coordinates" dialog. */
export async function addZoneFromText(
  page: Page,
  text: string,
  options: { tier?: string; name?: string } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Add zone from coordinates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a zone from coordinates' });
  await dialog.getByLabel('Coordinates').fill(text);
  if (options.tier) await dialog.getByLabel('Tier').selectOption(options.tier);
  if (options.name !== undefined) await dialog.getByLabel('Name').fill(options.name);
  await dialog.getByRole('button', { name: 'Add zone' }).click();
}

/** A square of half-side `d` degrees around a point, as the text the coordinates dialog takes (one "lng,lat" a line). */
export function squareText(lng: number, lat: number, d: number): string {
  return [
    [lng - d, lat - d],
    [lng + d, lat - d],
    [lng + d, lat + d],
    [lng - d, lat + d],
  ]
    .map(([x, y]) => `${x},${y}`)
    .join('\n');
}
