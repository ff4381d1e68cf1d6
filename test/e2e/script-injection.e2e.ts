/**
 * Issue 19, items 7 and 8: script-injection payloads (test/hostile/xss-payloads.ts) in every
 * field a person sees, in the planner and on the public page, both served under their
 * Content-Security-Policy (scripts/public-site.ts). A payload that ever ran would call
 * `__xss(n)`; one blocked by the policy would raise a `securitypolicyviolation`. Both are
 * counted, must be 0, and go to test-output/reliability/xss.json for `npm run reliability`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { publish } from '../../cli/publish';
import { XSS_PAYLOADS } from '../hostile/xss-payloads';
import { openWatchedPage, outputPath, useChromium } from './browser';
import { planFilesButton, waitForPlannerReady } from './planner-helpers';

/** Counts calls of the payloads' hook and the policy's violations, from before the page's own scripts run. */
const WATCH = `
  window.__xssCalls = [];
  window.__xss = (n) => window.__xssCalls.push(n);
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || '')),
  );
`;
declare global {
  interface Window {
    __xssCalls?: number[];
    __cspViolations?: string[];
  }
}
const watched = (page: Page) =>
  page.evaluate(() => ({ calls: window.__xssCalls ?? [], violations: window.__cspViolations ?? [] }));
/** How many payloads the page shows as text right now. */
const shownAsText = (page: Page) =>
  page.evaluate((payloads) => {
    const text =
      document.body.innerText +
      [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join('\n');
    return payloads.filter((payload) => text.includes(payload)).length;
  }, XSS_PAYLOADS as string[]);

const P = XSS_PAYLOADS;
const at = (i: number) => P[i % P.length];

/** The demo plan with a payload in every text a person can type or import: zone names and notes, site names and directions, slide titles. */
function hostilePlan(): string {
  const plan = JSON.parse(readFileSync('public/demo/plan.cordon.json', 'utf8'));
  const fixture = JSON.parse(readFileSync('test/fixtures/plans/plan-v8.cordon.json', 'utf8'));
  const zones = plan.zones as { id: string; name: string; notes: string }[];
  plan.name = at(0);
  plan.zones = P.map((_, i) => ({ ...zones[i % zones.length], id: `xss-zone-${i}`, name: at(i), notes: at(i + 1) }));
  const sites = plan.sites as { id: string; name: string; kind: string; direction?: string }[];
  plan.sites = P.map((_, i) => {
    const site = { ...sites[i % sites.length], id: `xss-site-${i}`, name: at(i + 2) };
    return site.kind === 'checkpoint' ? { ...site, direction: at(i + 3) } : site;
  });
  plan.slides = P.map((_, i) => ({ ...fixture.slides[0], id: `xss-slide-${i}`, title: at(i + 4) }));
  return JSON.stringify(plan);
}

/** A case list whose text fields are payloads (most rows refused for them, and listed in the report with the values). */
function hostileCases(): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = P.map((payload, i) =>
    [quote(payload), '120.75', '30.75', '2022-04-10', quote(at(i + 1)), quote(at(i + 2)), quote(at(i + 3))].join(','),
  );
  return ['病例编号,经度,纬度,报告日期,发现方式,病例类型,姓名', ...rows].join('\n') + '\n';
}

describe('script injection, under the Content-Security-Policy', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');
  const fields: string[] = [];
  const placements = (field: string, count = P.length) => {
    fields.push(field);
    return count;
  };
  let placed = 0;
  const violations: Record<string, number> = {};
  let executions = 0;

  it('runs none of them in the planner: zones, sites, slides, the import report, notices, tooltips', async () => {
    const planPath = outputPath('xss-plan.cordon.json');
    writeFileSync(planPath, hostilePlan());
    const casesPath = outputPath('xss-cases.csv');
    writeFileSync(casesPath, hostileCases());

    const { page, context, consoleErrors } = await openWatchedPage(chromium(), { locale: 'en-US' });
    await page.addInitScript(WATCH);
    const response = await page.goto(baseUrl);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForPlannerReady(page);

    // The plan: zone names and notes, site names and directions, slide titles, the plan's name.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      planFilesButton(page, 'Import plan').then((button) => button.click()),
    ]);
    await chooser.setFiles(planPath);
    await page.waitForFunction((n) => JSON.parse(window.__cordonPlan!()).zones.length === n, P.length, {
      timeout: 30_000,
    });
    placed +=
      placements('zone names') + placements('zone notes') + placements('site names') + placements('slide titles');
    placed += placements('checkpoint directions', P.length / 2) + placements('plan name', 1);
    await expect.poll(() => shownAsText(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(P.length / 2);

    // A zone's editor shows its name and notes; the map's tooltip its name.
    await page.getByRole('button', { name: P[5], exact: false }).first().click();
    await expect.poll(() => shownAsText(page)).toBeGreaterThan(0);
    // Over the selected zone, where its tooltip comes up: a point just inside its first vertex, towards its centre.
    const [x, y] = await page.evaluate(() => {
      const map = window.__cordon!.map;
      const zone = JSON.parse(window.__cordonPlan!()).zones[5];
      const ring: [number, number][] =
        zone.geometry.type === 'Polygon' ? zone.geometry.coordinates[0] : zone.geometry.coordinates[0][0];
      const centre = ring.reduce(([a, b], [c, d]) => [a + c / ring.length, b + d / ring.length], [0, 0]);
      const point = map.project([(ring[0][0] + centre[0]) / 2, (ring[0][1] + centre[1]) / 2]);
      const box = map.getCanvas().getBoundingClientRect();
      return [box.left + point.x, box.top + point.y];
    });
    await page.mouse.move(x, y);
    await page.mouse.move(x + 3, y + 3);
    placed += placements('zone editor') + placements('map tooltips and labels');

    // The figures table, and a notice naming every sealed zone.
    await page.getByRole('button', { name: 'Draft notice…' }).click();
    const notice = page.getByRole('dialog', { name: 'Draft a zone notice' });
    const all = notice.getByLabel(/^All Sealed zones/);
    if (await all.count()) await all.check();
    await expect.poll(() => notice.getByTestId('notice-preview').textContent(), { timeout: 30_000 }).toContain('通告');
    await notice.getByRole('button', { name: 'Close' }).click();
    placed += placements('figures table') + placements('notice preview');

    // The sites' panel and menu.
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    await page.keyboard.press('Escape');
    placed += placements('site panel');

    // An import whose fields are payloads: the preview's first rows and the refused rows' values.
    await (await planFilesButton(page, 'Import data')).click();
    const dialog = page.getByRole('dialog', { name: 'Import cases or households' });
    await dialog.getByLabel('File to import').setInputFiles(casesPath);
    await expect
      .poll(() => dialog.getByTestId('import-found').textContent(), { timeout: 30_000 })
      .toContain(`${P.length} rows`);
    await dialog.getByLabel('WGS-84 (GPS, CGCS2000)').check();
    await dialog.getByRole('button', { name: 'Check rows' }).click();
    await expect
      .poll(() => dialog.getByTestId('import-balance').textContent(), { timeout: 30_000 })
      .toContain(`${P.length} rows read`);
    await page.screenshot({ path: outputPath('xss-import-report.png') });
    await dialog.getByRole('button', { name: 'Discard' }).click();
    placed += placements('case fields in the import preview and report', P.length * 4);

    // Briefing: every slide's title, stepped through with the keyboard.
    await page.getByRole('button', { name: 'Briefing mode' }).click();
    for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    placed += placements('briefing slides');

    const seen = await watched(page);
    executions += seen.calls.length;
    violations.planner = seen.violations.length;
    expect(seen.calls, 'payloads that ran').toEqual([]);
    expect(seen.violations, 'CSP violations in the planner').toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('runs none of them on the public page, whose zones carry them as names', async () => {
    // The public site's publication, made by the CLI from the plan with the payloads.
    const dir = outputPath('xss-site');
    mkdirSync(dir, { recursive: true });
    const planPath = join(dir, 'plan.cordon.json');
    writeFileSync(planPath, hostilePlan());
    await publish({ zones: planPath, out: join(dir, 'risk'), today: '2022-04-20', asOf: '2022-04-20' });
    const files = new Map(
      readdirSync(join(dir, 'risk')).map((name) => [name, readFileSync(join(dir, 'risk', name), 'utf8')]),
    );

    const { page, context, consoleErrors } = await openWatchedPage(chromium(), {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    await page.addInitScript(WATCH);
    await context.route('**/risk/*.json', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const body = files.get(name);
      return body ? route.fulfill({ body, contentType: 'application/json' }) : route.fulfill({ status: 404 });
    });
    const response = await page.goto(`${baseUrl}/public.html`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('searchbox').fill('南湖区');
    const results = page.getByRole('list', { name: '搜索结果' }).getByRole('button');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await results.first().click();
    await expect.poll(() => shownAsText(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: outputPath('xss-public.png') });
    placed += placements('public zone names');

    const seen = await watched(page);
    executions += seen.calls.length;
    violations.public = seen.violations.length;
    expect(seen.calls, 'payloads that ran').toEqual([]);
    expect(seen.violations, 'CSP violations on the public page').toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();

    const reliability = join('test-output', 'reliability');
    mkdirSync(reliability, { recursive: true });
    writeFileSync(
      join(reliability, 'xss.json'),
      JSON.stringify(
        { payloads: P.length, fields: fields.length, placements: placed, executions, violations },
        null,
        2,
      ) + '\n',
    );
  });
});
