import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { openPlanner, waitForIdle } from './planner-helpers';
import { addZoneFromText, jumpTo, planZones, pointOnMap, squareText } from './zone-helpers';

/** The demo case farthest from any other: a click on it at street zoom hits that case, not a cluster. */
const LONE_CASE = (() => {
  const cases = gunzipSync(readFileSync('public/demo/cases.csv.gz'))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(1, 3).map(Number));
  let best = { at: cases[0], gap: 0 };
  for (const a of cases) {
    let nearest = Infinity;
    for (const b of cases) if (a !== b) nearest = Math.min(nearest, Math.hypot(a[0] - b[0], a[1] - b[1]));
    if (nearest > best.gap) best = { at: a, gap: nearest };
  }
  return best.at;
})();

/**
 * Makes the next calls of a worker method fail, in the real worker (src/workers/fault-injection.ts).
 * One step of the slider may ask more than once (a later answer supersedes an earlier one), so
 * the slider's kinds fail a few times over, and Retry is pressed until the work goes through.
 */
const failNext = (page: Page, method: string, times = 1) =>
  page.evaluate(([name, count]) => window.__cordonInjectWorkerFailure!(name, count), [method, times] as const);

/**
 * Every kind of work the page asks the analysis worker for, made to fail for real: each says what
 * failed and what still works in an alert, loses no edit, leaves no progress bar, and recovers
 * (by Retry where there is one, or by the next success).
 */
describe('worker failures', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('reports each failing worker call with what still works, keeps every edit, and recovers', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await page.setViewportSize({ width: 1400, height: 900 });
    const alert = (text: RegExp) => page.getByRole('alert').filter({ hasText: text });
    const noProgress = async () => expect(await page.locator('progress').count()).toBe(0);
    /** The alert appears with the injected cause; Retry, pressed until the work goes through, clears it. */
    const failsThenRecovers = async (text: RegExp) => {
      await expect
        .poll(() => alert(text).count(), { timeout: 10_000 })
        .toBe(1)
        .catch(async (error: unknown) => {
          console.log('alerts shown:', await page.getByRole('alert').allTextContents());
          throw error;
        });
      expect(await alert(text).textContent()).toContain('injected failure');
      await noProgress();
      for (let press = 0; press < 5 && (await alert(text).count()) > 0; press++) {
        await alert(text).getByRole('button', { name: 'Retry' }).click();
        await page.waitForTimeout(300);
      }
      await expect.poll(() => alert(text).count(), { timeout: 10_000 }).toBe(0);
    };
    await addZoneFromText(page, squareText(120.679, 30.5305, 0.002), { tier: 'sealed', name: 'First' });
    await expect.poll(() => page.getByTestId('figures-zones').locator('tbody tr').count()).toBe(1);

    // Figures: the new zone is kept, the table keeps the last figures, Retry counts it.
    await failNext(page, 'figures');
    await addZoneFromText(page, squareText(120.69, 30.5305, 0.002), { tier: 'controlled', name: 'Second' });
    await expect.poll(() => alert(/figures could not be counted/).count(), { timeout: 10_000 }).toBe(1);
    expect((await planZones(page)).map((zone) => zone.name)).toEqual(['First', 'Second']);
    expect(await page.getByTestId('figures-zones').locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: outputPath('worker-failure-figures.png') });
    await failsThenRecovers(/figures could not be counted/);
    await expect.poll(() => page.getByTestId('figures-zones').locator('tbody tr').count()).toBe(2);

    // The zone checks.
    await failNext(page, 'checkZones');
    await addZoneFromText(page, squareText(120.6805, 30.5305, 0.002), { tier: 'precaution', name: 'Third' });
    await failsThenRecovers(/Overlaps and gaps between zones could not be checked/);
    await expect.poll(() => page.locator('.check-list li').count()).toBeGreaterThan(0);

    // The slider asks for clocks, hexagons and clusters: each fails on its own.
    for (const [method, text] of [
      ['clocks', /zone clocks could not be worked out/],
      ['caseCellCounts', /case hexagons could not be counted/],
      ['caseClusters', /case points could not be clustered/],
    ] as const) {
      await failNext(page, method, 3);
      await page.getByLabel('Report date').press('ArrowLeft');
      await failsThenRecovers(text);
    }

    // The epidemic curve, asked for again when a kind filter changes.
    await failNext(page, 'caseCurve');
    await page.getByLabel('Asymptomatic').uncheck();
    await failsThenRecovers(/epidemic curve could not be drawn/);
    await page.getByLabel('Asymptomatic').check();

    // The data the plan counts with: the edit (a dataset taken out) is kept, Retry makes it active.
    await failNext(page, 'activate');
    await page.getByRole('button', { name: /^Remove .*cases.* from the plan$/ }).click();
    await failsThenRecovers(/could not be made active/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForIdle(page);

    // A case's fields: no Retry (click again); the next click shows them and the alert goes.
    const [lng, lat] = LONE_CASE;
    await page.getByLabel('Report date').press('End');
    await page.getByLabel('Window').selectOption('all');
    await jumpTo(page, lng, lat, 17);
    await waitForIdle(page);
    await failNext(page, 'caseDetails');
    const spot = await pointOnMap(page, lng, lat);
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => alert(/This case could not be shown/).count(), { timeout: 10_000 }).toBe(1);
    expect(
      await alert(/This case could not be shown/)
        .getByRole('button', { name: 'Retry' })
        .count(),
    ).toBe(0);
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => page.locator('.case-details h3').count(), { timeout: 10_000 }).toBe(1);
    // The next success takes the alert away.
    await expect.poll(() => alert(/This case could not be shown/).count()).toBe(0);

    expect((await planZones(page)).map((zone) => zone.name)).toEqual(['First', 'Second', 'Third']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
