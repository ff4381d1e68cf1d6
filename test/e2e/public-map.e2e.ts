import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputPath, useChromium } from './browser';
import { PUBLIC_MODULES_FILE } from '../../scripts/public-site';
import { canaryCasesCsv, findLeaks } from '../publish/canaries';
import { unpackGazetteer } from '../../src/domain/publish/gazetteer-columns';
import { publish } from '../../cli/publish';

/**
 * The public risk map on the built site (issue 17), served by its own `vite preview` with the
 * README's headers, so a test can stop the server and come back offline.
 */
const browser = useChromium();
let server: PreviewServer;
let base = '';

async function startServer(port: number): Promise<void> {
  server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
}

beforeAll(async () => {
  await startServer(4301);
});
afterAll(async () => {
  await server?.close();
});

interface PublicPage {
  context: BrowserContext;
  page: Page;
  requests: string[];
  violations: string[];
  errors: string[];
}

async function openPublic(
  viewport: { width: number; height: number },
  options: { geolocation?: { longitude: number; latitude: number }; permissions?: string[] } = {},
): Promise<PublicPage> {
  const context = await browser().newContext({
    viewport,
    locale: 'zh-CN',
    deviceScaleFactor: 1,
    ...(options.geolocation ? { geolocation: options.geolocation } : {}),
    permissions: options.permissions ?? [],
  });
  const opened: PublicPage = { context, page: await context.newPage(), requests: [], violations: [], errors: [] };
  context.on('request', (request) => opened.requests.push(request.url()));
  await context.exposeBinding('reportViolation', (_source, text: string) => opened.violations.push(text));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  opened.page.on('pageerror', (error) => opened.errors.push(error.message));
  return opened;
}

const searchFor = async (page: Page, text: string) => {
  await page.getByRole('searchbox').fill(text);
  return page.getByRole('list', { name: '搜索结果' }).getByRole('button');
};

/** The first sealed zone of the demo publication, read from the built site as the page reads it. */
function demoSnapshot() {
  const latest = JSON.parse(readFileSync('dist-public/risk/latest.json', 'utf8'));
  return JSON.parse(readFileSync(join('dist-public/risk', latest.snapshot), 'utf8'));
}

describe('public risk map', () => {
  it('answers a search by characters and by pinyin initials before the map has loaded, on a phone', async () => {
    const { context, page, requests, violations, errors } = await openPublic({ width: 390, height: 844 });
    // Hold the map's code back: the answer must not wait for it.
    let releaseMap = () => {};
    const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
    await page.route(/\/assets\/public-map-.*\.js$/, async (route) => {
      await mapHeld;
      await route.continue();
    });
    await page.goto(`${base}/public.html`);
    await expect.poll(() => page.locator('header .updated').textContent()).toMatch(/更新于 .*第 1 期/);
    const snapshot = demoSnapshot();
    const zone = snapshot.zones[0];
    const names = unpackGazetteer(snapshot.gazetteer);
    const py = names.find((entry) => entry.zh === zone.name)?.py ?? '';
    const initials = py
      .split(' ')
      .map((syllable) => syllable[0])
      .join('');
    // Characters: a district.
    const byCharacters = await searchFor(page, '南湖');
    await expect.poll(() => byCharacters.first().textContent()).toBe('南湖区');
    await byCharacters.first().click();
    const inNanhu = snapshot.zones.filter((z: { district?: string }) => z.district === '330402');
    expect(inNanhu.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.answer').textContent()).toContain(`南湖区现有 ${inNanhu.length} 个风险区`);
    expect(await page.locator('.zone-list li').count()).toBe(inNanhu.length);
    // Initials: a sealed compound.
    const byInitials = await searchFor(page, initials);
    await expect.poll(() => byInitials.allTextContents()).toContain(zone.name);
    await byInitials.filter({ hasText: zone.name }).first().click();
    const answer = page.locator('.answer');
    await expect.poll(() => answer.textContent()).toContain('位于封控区');
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain(`所在区域：${zone.name}`);
    expect(text).toMatch(/自 \d{4}年\d{1,2}月\d{1,2}日 起/);
    expect(text).toMatch(/最早 \d{4}年\d{1,2}月\d{1,2}日 可降为管控区/);
    expect(text).toContain('足不出户');
    // ...all while the map is still loading.
    expect(await page.locator('.map-note').textContent()).toContain('地图加载中');
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    await page.screenshot({ path: outputPath('public-390-answer.png') });
    releaseMap();
    await expect.poll(() => page.locator('.maplibregl-canvas').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator('.map-note').textContent(), { timeout: 30_000 }).toContain('点按地图');
    // English: the answer and the page in the other language.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => answer.textContent()).toContain('In a Sealed zone');
    await page.getByRole('button', { name: '切换到中文' }).click();
    // Every request went to this origin; the CSP was never broken; no script error.
    expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers a tap on the map, and a location granted or denied, at 1440×900', async () => {
    const snapshot = demoSnapshot();
    const zone = snapshot.zones[0];
    const [lng, lat] = unpackGazetteer(snapshot.gazetteer).find((entry) => entry.zoneId === zone.id)?.at ?? [0, 0];
    const granted = await openPublic(
      { width: 1440, height: 900 },
      { geolocation: { longitude: lng, latitude: lat }, permissions: ['geolocation'] },
    );
    const { page } = granted;
    await page.goto(`${base}/public.html`);
    await expect.poll(() => page.locator('.map-note').textContent(), { timeout: 30_000 }).toContain('点按地图');
    await page.getByRole('button', { name: '使用我的位置' }).click();
    const answer = page.locator('.answer');
    await expect.poll(() => answer.textContent()).toContain('我的位置');
    expect(await answer.textContent()).toContain(`所在区域：${zone.name}`);
    // The map centres on the place (zoom 14 or closer); a tap there asks about that spot.
    await page.waitForTimeout(1500);
    const box = (await page.locator('.map').boundingBox()) as { x: number; y: number; width: number; height: number };
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => answer.textContent()).toContain('地图上选择的位置');
    expect(await answer.textContent()).toContain('位于封控区');
    // Far from every zone: not in any, and how far the nearest is.
    await page.mouse.click(box.x + 40, box.y + box.height - 40);
    await expect.poll(() => answer.textContent()).toMatch(/不在任何风险区内|位于(管控区|防范区)/);
    await page.screenshot({ path: outputPath('public-1440-map.png') });
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} (${v.help})`)).toEqual([]);
    expect(granted.violations).toEqual([]);
    await granted.context.close();

    const denied = await openPublic({ width: 1440, height: 900 });
    await denied.page.goto(`${base}/public.html`);
    await expect.poll(() => denied.page.locator('header .updated').textContent()).toContain('更新于');
    await denied.page.getByRole('button', { name: '使用我的位置' }).click();
    await expect.poll(() => denied.page.getByRole('alert').textContent()).toContain('未获得位置权限');
    // The search stays: it still answers.
    const results = await searchFor(denied.page, '秀洲');
    await expect.poll(() => results.first().textContent()).toBe('秀洲区');
    await denied.context.close();
  });

  it('answers on a second visit with the server stopped, and says how old its data is', async () => {
    const { context, page } = await openPublic({ width: 390, height: 844 });
    await page.goto(`${base}/public.html`);
    await expect.poll(() => page.locator('header .updated').textContent()).toContain('更新于');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 })
      .toBe(true);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await server.close();
    try {
      await page.reload();
      await expect
        .poll(() => page.locator('header .offline').textContent(), { timeout: 20_000 })
        .toContain('无法连接服务器');
      const results = await searchFor(page, 'nhq');
      await expect.poll(() => results.first().textContent()).toBe('南湖区');
      await results.first().click();
      await expect.poll(() => page.locator('.answer').textContent()).toContain('南湖区');
      await page.screenshot({ path: outputPath('public-390-offline.png') });
    } finally {
      await context.close();
      await startServer(4301);
    }
  });

  it('keeps within its budgets and ships no planner code and no trace of a case', async () => {
    const { entry, chunks } = JSON.parse(readFileSync(PUBLIC_MODULES_FILE, 'utf8')) as {
      entry: string;
      chunks: Record<string, { modules: string[] }>;
    };
    const gz = (file: string) => gzipSync(readFileSync(join('dist-public', file))).length;
    const html = readFileSync('dist-public/public.html', 'utf8');
    // The answer path: what public.html loads before any dynamic import.
    const answerFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(answerFiles).toContain(entry);
    const answerBytes = answerFiles.reduce((sum, file) => sum + gz(file), 0);
    const scripts = Object.keys(chunks).filter((file) => /\.m?js$/.test(file));
    const worker = scripts.filter((file) => /worker/.test(file));
    const pageScripts = scripts.filter((file) => !worker.includes(file));
    const pageBytes = pageScripts.reduce((sum, file) => sum + gz(file), 0);
    const workerBytes = worker.reduce((sum, file) => sum + gz(file), 0);
    console.log(
      `Public page, gzip: answer path ${(answerBytes / 1024).toFixed(1)} kB (${answerFiles.join(', ')}); ` +
        `page JavaScript ${(pageBytes / 1024).toFixed(1)} kB; map worker ${(workerBytes / 1024).toFixed(1)} kB ` +
        `(all JavaScript ${((pageBytes + workerBytes) / 1024).toFixed(1)} kB)`,
    );
    expect(answerBytes / 1024, 'answer path, kB gzip').toBeLessThanOrEqual(60);
    expect(pageBytes / 1024, "page's JavaScript, kB gzip").toBeLessThanOrEqual(350);
    const modules = Object.values(chunks).flatMap((chunk) => chunk.modules);
    expect(modules.filter((id) => /deck\.gl|terra-draw|@turf|\/src\/(ui\/planner|state|workers)\//.test(id))).toEqual(
      [],
    );
    const deployed = readdirSync('dist-public', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(deployed.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(deployed.filter((file) => /demo\/|households|cases/.test(file))).toEqual([]);
    const text = deployed
      .filter((file) => !/\.(woff2|png)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Published with the canary cases (a unique id, ID number, phone, address and position), no
    // trace of them in the site or the publication. (The demo's own cases cluster inside the very
    // compounds that are sealed, so a zone's outline lies within 11 m of some of them: 4 decimals.)
    const canaryDir = mkdtempSync(join(tmpdir(), 'cordon-canary-'));
    const cases = join(canaryDir, 'cases.csv');
    writeFileSync(cases, canaryCasesCsv());
    const out = join(canaryDir, 'risk');
    await publish({
      zones: 'public/demo/plan.cordon.json',
      cases,
      places: 'public/demo/compounds.geojson',
      out,
      today: '2022-04-20',
    });
    const published = readdirSync(out).map((file) => readFileSync(join(out, file), 'utf8'));
    expect(findLeaks([text, ...published].join('\n'))).toEqual([]);
  });
});
