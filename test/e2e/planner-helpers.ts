import type { Browser, Page } from 'playwright-core';
import { openWatchedPage, type WatchedPage } from './browser';

/** Waits until the map has fired `load` and the demo data is drawn. */
export async function waitForPlannerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__cordon?.map.loaded() === true, undefined, { timeout: 60_000 });
  await page.getByTestId('load-status').waitFor({ timeout: 90_000 });
  await page.waitForFunction(
    () => {
      const map = window.__cordon?.map;
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
        const map = window.__cordon?.map;
        if (!map) return resolve();
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** A new page on the planner in English, demo data drawn. */
export async function openPlanner(browser: Browser, baseUrl: string): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, { locale: 'en-US' });
  await watched.page.goto(baseUrl);
  await waitForPlannerReady(watched.page);
  return watched;
}

/**
 * A button of the toolbar's "Plan files" menu (history, imports, exports): opens the menu as a
 * person would, and returns the button to click.
 */
export async function planFilesButton(page: Page, name: string) {
  await page.getByRole('button', { name: 'Plan files' }).click();
  return page.getByRole('group', { name: 'Plan files' }).getByRole('button', { name, exact: true });
}

/** Opens the demo plan (public/demo/plan.cordon.json) through Plan files → Import plan, and waits for its 11 zones. */
export async function importDemoPlan(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    planFilesButton(page, 'Import plan').then((button) => button.click()),
  ]);
  await chooser.setFiles('public/demo/plan.cordon.json');
  await page.waitForFunction(() => JSON.parse(window.__cordonPlan!()).zones.length === 11, undefined, {
    timeout: 30_000,
  });
}
