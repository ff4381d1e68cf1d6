import type { Page } from 'playwright-core';

/** Starts recording main-thread tasks longer than 50 ms (their durations, in ms). */
export const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: false });
  });
export const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
export const clearLongTasks = (page: Page) =>
  page.evaluate(() => void (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

/**
 * The longest main-thread task of twelve repaints of the map as it is (a WebGL frame), in ms: as
 * many frames as a scrub makes, so that both maxima come from as deep in the software renderer's
 * spread (±20 % here from one frame to the next) and compare like with like.
 */
export async function repaintCost(page: Page): Promise<number> {
  let longest = 0;
  for (let i = 0; i < 12; i++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__cordon!.map;
          map.once('render', () => setTimeout(resolve, 100));
          map.triggerRepaint();
        }),
    );
    longest = Math.max(longest, 0, ...(await longTasks(page)));
    await clearLongTasks(page);
  }
  return longest;
}
