import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { runCli } from '../../cli/run-cli';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outputPath, useChromium } from './browser';
import { openPlanner, planFilesButton } from './planner-helpers';
import { addZoneFromText, dragOnMap, jumpTo } from './zone-helpers';

const households = (page: Page, tier: string) =>
  page.getByTestId(`figures-${tier}`).locator('td').first().textContent();
const number = (text: string | null) => Number((text ?? '').replace(/[+−].*$/, '').replace(/,/g, ''));

describe('figures per tier', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('counts the demo households in a sealed zone and its rings, shows the change after an edit, and draws the derived areas', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    // A sealed block in central Nanhu, where the demo has many buildings.
    await addZoneFromText(page, '120.7500,30.7450\n120.7560,30.7450\n120.7560,30.7500\n120.7500,30.7500', {
      tier: 'sealed',
      name: 'Block A',
    });
    await expect.poll(async () => number(await households(page, 'sealed'))).toBeGreaterThan(0);
    const sealed = number(await households(page, 'sealed'));
    const controlled = number(await households(page, 'controlled'));
    const precaution = number(await households(page, 'precaution'));
    expect(controlled).toBeGreaterThan(0);
    expect(precaution).toBeGreaterThan(controlled);
    expect(await page.getByTestId('figures-zones').textContent()).toContain('Block A');
    const derived = await page.evaluate(() =>
      window.__cordon!.controller.sourceContents('effective-tiers')?.features.map((f) => f.properties?.tier),
    );
    expect(derived).toEqual(['sealed', 'controlled', 'precaution']);

    // A wider sealed zone: more sealed households, shown with the change.
    await addZoneFromText(page, '120.7560,30.7450\n120.7600,30.7450\n120.7600,30.7500\n120.7560,30.7500', {
      tier: 'sealed',
      name: 'Block B',
    });
    await expect.poll(async () => number(await households(page, 'sealed'))).toBeGreaterThan(sealed);
    const after = await households(page, 'sealed');
    expect(after).toMatch(/^[\d,]+\+[\d,]+$/);
    await page.screenshot({ path: outputPath('figures.png') });

    // Undo: back to the first figures.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => number(await households(page, 'sealed'))).toBe(sealed);
    expect(number(await households(page, 'precaution'))).toBe(precaution);
    // Rings off: only the sealed zone counts; undo brings the rings back. The settings are folded away.
    await page.getByText('Settings: rings, planning rates, downgrading').click();
    await page.getByLabel('Controlled (m)').fill('0');
    await page.getByLabel('Precaution (m)').fill('0');
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect.poll(async () => number(await households(page, 'precaution'))).toBe(0);
    expect(number(await households(page, 'controlled'))).toBe(0);
    expect(number(await households(page, 'sealed'))).toBe(sealed);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => number(await households(page, 'precaution'))).toBe(precaution);
    expect(await page.getByLabel('Controlled (m)').inputValue()).toBe('500');

    // Detach the controlled ring: it becomes a zone to edit by hand, counting the same buildings.
    const controlledBefore = number(await households(page, 'controlled'));
    await page.getByRole('button', { name: 'Detach the controlled ring' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Controlled ring \(500 m\)/ }).count()).toBe(1);
    expect(await page.getByLabel('Controlled (m)').inputValue()).toBe('0');
    await expect
      .poll(async () => Math.abs(number(await households(page, 'controlled')) - controlledBefore))
      .toBeLessThanOrEqual(controlledBefore * 0.01);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Controlled ring \(500 m\)/ }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Figures (CSV)' }).click(),
    ]);
    const csvPath = outputPath('figures.csv');
    await download.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    // Written for people: the plan, the day and the window, the rings, then the tiers, needs and zones (names first).
    expect(csv).toMatch(/^\uFEFFFigures: /);
    expect(csv).toContain('Rings around sealed zones,"controlled 500 m, precaution 2000 m"');
    expect(csv).toMatch(/\r\nSealed zone,\d+,\d+,\d+,\d+,\d+\.\d\d\r\n/);
    expect(csv).toContain('Tier,Supply packs a day,Swabs a round,Grid staff');
    expect(csv).toMatch(/\r\nBlock A,Sealed zone,/);
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Figures (Excel)' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/-figures\.xlsx$/);
    const xlsxPath = outputPath('figures.xlsx');
    await workbook.saveAs(xlsxPath);
    expect(readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK');
    // In Chinese, the workbook is in Chinese: sheet, heads and tier names.
    await page.getByLabel('Language').selectOption('zh-CN');
    const [chinese] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '统计表（Excel）' }).click(),
    ]);
    const chinesePath = outputPath('figures-zh.xlsx');
    await chinese.saveAs(chinesePath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(chinesePath);
    const rows: unknown[][] = [];
    book.getWorksheet('防控数据')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['截至', '封控区', '管控区', 'Block A']));
    expect(rows).toContainEqual(expect.arrayContaining(['等级', '户数', '人数', '病例', '面积（平方千米）']));
    await page.getByLabel('语言').selectOption('en');

    await page.evaluate(() => window.__cordon!.map.jumpTo({ center: [120.753, 30.7475], zoom: 12.6 }));
    await page.getByRole('heading', { name: 'Figures', exact: true }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: outputPath('figures-rings.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("takes the plan's rates and district mode, lists a zone's households for door-to-door teams, and agrees with the CLI", async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await addZoneFromText(page, '120.7500,30.7450\n120.7560,30.7450\n120.7560,30.7500\n120.7500,30.7500', {
      tier: 'sealed',
      name: 'Block A',
    });
    await expect.poll(async () => number(await households(page, 'sealed'))).toBeGreaterThan(0);
    const drawn = number(await households(page, 'sealed'));
    // Drag the north-east corner of Block A outwards with the mouse: the sealed figures grow.
    await page.getByRole('button', { name: /^Block A/ }).click();
    await jumpTo(page, 120.7565, 30.7505, 15.5);
    await dragOnMap(page, [120.756, 30.75], [120.758, 30.752]);
    await expect.poll(async () => number(await households(page, 'sealed'))).toBeGreaterThan(drawn);
    expect(await households(page, 'sealed')).toMatch(/^[\d,]+\+[\d,]+$/);
    const sealed = number(await households(page, 'sealed'));
    const packs = () => page.getByTestId('needs-sealed').locator('td').first().textContent();
    expect(number(await packs())).toBe(sealed);

    // Two packs a household a day, and the whole district as the precaution area: one undoable step.
    const precautionRing = number(await households(page, 'precaution'));
    await page.getByText('Settings: rings, planning rates, downgrading').click();
    await page.getByLabel('Supply packs per household a day').fill('2');
    await page.getByLabel('Precaution area').selectOption('district');
    expect(await page.getByLabel('Precaution (m)').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect.poll(async () => number(await packs())).toBe(2 * sealed);
    await expect
      .poll(() => page.getByTestId('precaution-districts').textContent())
      .toBe('Precaution area: 南湖区 Nanhu');
    await expect.poll(async () => number(await households(page, 'precaution'))).toBeGreaterThan(precautionRing);
    await page.evaluate(() => window.__cordon!.map.jumpTo({ center: [120.76, 30.75], zoom: 10 }));
    await page.getByRole('heading', { name: 'Figures', exact: true }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: outputPath('figures-district.png') });

    // The door-to-door list of Block A: marked internal, one row per building the zone's figures count.
    const zoneRecords = await page.evaluate(() => window.__cordonFigures!()?.zones[0].records);
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Household list of Block A/ }).click(),
    ]);
    expect(list.suggestedFilename()).toMatch(/-Block A-households-internal\.csv$/);
    const listPath = outputPath('block-a-households.csv');
    await list.saveAs(listPath);
    const lines = readFileSync(listPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^"?INTERNAL: household list/);
    expect(lines.slice(3)).toHaveLength(zoneRecords!);

    // The CLI on the saved plan and the same demo households prints the figures the panel shows.
    const [planFile] = await Promise.all([
      page.waitForEvent('download'),
      planFilesButton(page, 'Export plan').then((button) => button.click()),
    ]);
    const planPath = outputPath('figures-plan.cordon.json');
    await planFile.saveAs(planPath);
    const householdsPath = outputPath('demo-households.csv');
    writeFileSync(householdsPath, gunzipSync(readFileSync('public/demo/households.csv.gz')));
    let out = '';
    expect(
      await runCli(['report', '--zones', planPath, '--households', householdsPath], {
        out: (text) => (out += text),
        err: () => undefined,
      }),
    ).toBe(0);
    const cli = JSON.parse(out);
    const panel = await page.evaluate(() => window.__cordonFigures!());
    for (const tier of ['sealed', 'controlled', 'precaution'] as const) {
      expect(cli.tiers[tier]).toMatchObject({
        records: panel!.tiers[tier].records,
        households: panel!.tiers[tier].households,
        residents: panel!.tiers[tier].residents,
      });
      expect(number(await households(page, tier))).toBe(cli.tiers[tier].households);
    }
    expect(cli.zones[0]).toMatchObject({
      name: 'Block A',
      households: panel!.zones[0].households,
      residents: panel!.zones[0].residents,
    });
    expect(cli.settings).toMatchObject({ precautionMode: 'district', precautionDistricts: ['南湖区 Nanhu'] });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
