import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isLocal } from './browser';
import { addZoneFromText, squareText } from './zone-helpers';

export { seededRandom } from '../helpers/seeded-random';

/** A browser context for tabs of one planner (one origin, so one stored plan), offline but for localhost. */
export async function planContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 700 } });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  return context;
}

/** A new tab on the planner (not waiting for the map or the demo data: tabs are about the plan). */
export async function openPlanTab(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  return page;
}

/** Waits until this tab may edit the plan: loaded, and the writer. */
export async function waitForPlanEditable(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) =>
          b.getAttribute('aria-label') === 'Add zone from coordinates' || b.textContent === 'Add zone from coordinates',
      );
      return !!window.__cordonPlan && !!button && !button.disabled;
    },
    undefined,
    { timeout },
  );
}

/** The zone names of the plan this tab holds. */
export async function zoneNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (JSON.parse(window.__cordonPlan!()) as { zones: { name: string }[] }).zones.map((z) => z.name),
  );
}

/**
 * Kills the tab as a crash does: SIGKILL to the browser's renderer processes (the spec's browser has
 * only this tab open), so no pagehide, no unload, nothing flushed. (CDP's Page.crash closes the whole
 * context here once the page runs workers, so it cannot be used.)
 */
export async function killTab(page: Page): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('killTab needs a launched browser');
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  for (const process_ of processInfo) if (process_.type === 'renderer') process.kill(process_.id, 'SIGKILL');
  await crashed;
  await page.close().catch(() => undefined);
}

/**
 * Adds a small sealed zone, the index-th of a grid of them, through the coordinates dialog as a
 * person would, and waits until it is in the tab's plan.
 */
export async function addGridZone(page: Page, index: number, name: string, origin: [number, number]): Promise<void> {
  const text = squareText(origin[0] + (index % 25) * 0.003, origin[1] + Math.floor(index / 25) * 0.003, 0.001);
  await addZoneFromText(page, text, { tier: 'sealed', name });
  await page.waitForFunction(
    (n) => (JSON.parse(window.__cordonPlan!()) as { zones: { name: string }[] }).zones.some((z) => z.name === n),
    name,
  );
}
