import type { Page } from 'playwright-core';

/** Waits until the map has fired `load` and the demo data is drawn. */
export async function waitForPlannerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__cordon?.controller.map.loaded() === true, undefined, { timeout: 60_000 });
  await page.getByTestId('load-status').waitFor({ timeout: 90_000 });
  await page.waitForFunction(
    () => {
      const map = window.__cordon?.controller.map;
      return !!map && map.queryRenderedFeatures({ layers: ['cases'] }).length > 0;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Waits for the map to stop moving and finish drawing. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__cordon?.controller.map;
        if (!map) return resolve();
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}
