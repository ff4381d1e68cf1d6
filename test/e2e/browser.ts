import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags Cordon's machines need (no sandbox as root, no GPU, no background network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];

export const OUTPUT_DIR = 'test-output';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A page that records every request, blocks any that leaves localhost, and collects console errors. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  requests: string[];
  blocked: string[];
  consoleErrors: string[];
}

const isLocal = (url: string): boolean => {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
};

export async function openWatchedPage(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  const watched: WatchedPage = { context, page: await context.newPage(), requests: [], blocked: [], consoleErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    watched.blocked.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => watched.requests.push(request.url()));
  watched.page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
    if (process.env.CORDON_E2E_CONSOLE && message.type() === 'info') console.log(message.text());
  });
  watched.page.on('pageerror', (error) => watched.consoleErrors.push(`pageerror: ${error.message}`));
  return watched;
}

/** A path under test-output/ for a screenshot or a figures file, its folders made (`reliability/…` too). */
export function outputPath(name: string): string {
  const path = `${OUTPUT_DIR}/${name}`;
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

export { isLocal };

/** One Chromium for a spec file: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}
