/**
 * `npm run measure:public`: measures the built public page (after `npm run build`) and prints the
 * figures, asserting nothing (issue 17): Lighthouse's mobile performance score and largest
 * contentful paint, and the bytes a phone transfers on a first and on a repeat visit (the service
 * worker answering the second). Debian's Chromium, offline, on localhost.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Playwright reports a service worker's own requests only when asked to.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic'];

if (!existsSync('dist/public.html')) {
  console.error('Build first: npm run build');
  process.exit(2);
}
const server = await preview({ preview: { port: 4310, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const url = 'http://127.0.0.1:4310/public.html';
try {
  // Bytes on the wire, first and repeat visit, at a phone's size.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const visit = async () => {
    // Every response that came over the network (not from the service worker's cache), the
    // service worker's own fetches included: body and headers as sent.
    const sizes: Promise<number>[] = [];
    const onResponse = (response: import('playwright-core').Response) => {
      if (response.fromServiceWorker()) return;
      sizes.push(
        response
          .request()
          .sizes()
          .then((size) => size.responseBodySize + size.responseHeadersSize)
          .catch(() => 0),
      );
    };
    context.on('response', onResponse);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.maplibregl-canvas', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    context.off('response', onResponse);
    return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  };
  const first = await visit();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForTimeout(2000);
  const repeat = await visit();
  console.log(
    `Bytes transferred: first visit ${(first / 1024).toFixed(0)} kB, repeat visit ${(repeat / 1024).toFixed(0)} kB`,
  );
  await browser.close();

  // Lighthouse 12.2.3 (the last for Node 20), mobile preset, on the same Chromium.
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...FLAGS, '--headless=new'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    const score = lhr?.categories.performance.score;
    const lcp = lhr?.audits['largest-contentful-paint'];
    const tbt = lhr?.audits['total-blocking-time'];
    console.log(
      `Lighthouse ${lhr?.lighthouseVersion} mobile: performance ${score === null || score === undefined ? '-' : Math.round(score * 100)}, ` +
        `largest contentful paint ${lcp?.displayValue ?? '-'}, total blocking time ${tbt?.displayValue ?? '-'} ` +
        `(simulated slow 4G and a 4× slower CPU, as Lighthouse's mobile preset does)`,
    );
  } finally {
    await chrome.kill();
  }
} finally {
  await server.close();
}
