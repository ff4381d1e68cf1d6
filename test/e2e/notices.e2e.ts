import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { outputPath, useChromium } from './browser';
import { importDemoPlan, openPlanner } from './planner-helpers';

describe('zone notices', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('drafts the notice of a demo zone with the compounds it covers, for all sealed zones, and downloads it as Word', async () => {
    const { page, context, consoleErrors } = await openPlanner(chromium(), baseUrl);
    await importDemoPlan(page);

    await page.getByRole('button', { name: /^清桥苑/ }).click();
    await page.getByRole('button', { name: 'Draft notice…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a zone notice' });
    const preview = dialog.getByTestId('notice-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('关于划定清桥苑为封控区的通告');
    const text = (await preview.textContent()) ?? '';
    // The zone is the compound 清桥苑: the places it covers are the compound, listed once, with the
    // buildings of the demo's addresses inside it in number ranges, never a unit or room.
    expect(text).toMatch(/范围包括：\n {4}清桥苑：\d+幢至\d+幢(、\d+幢(至\d+幢)?)*\n\n/);
    expect(text).not.toMatch(/单元|\d+室/);
    expect(text).toContain('封控区实行以下管控措施：区域封闭、足不出户、服务上门。');
    expect(text).toContain('封控区内连续7天无新增感染者的，按程序调整为管控区。');
    await dialog.screenshot({ path: outputPath('notice-dialog.png') });

    // Every sealed zone in force, in one notice; the lifted quarantine site's zone offers a lifting notice of its own.
    await dialog.getByLabel('All Sealed zones (10)').check();
    await expect.poll(() => preview.textContent()).toContain('十、');
    const all = (await preview.textContent()) ?? '';
    for (const name of ['东塘公馆', '长泽名邸', '梅堤家园', '秀晖新村']) expect(all).toContain(name);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    const path = outputPath('notice.docx');
    await download.saveAs(path);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
    for (const name of ['清桥苑：', '幢至', '东塘公馆', '秀晖新村', '嘉兴市新冠肺炎疫情防控工作领导小组办公室（示例）'])
      expect(xml).toContain(name);

    // In English, from the same template set.
    await dialog.getByLabel('Written in').selectOption('en');
    await expect.poll(() => preview.textContent()).toContain('Notice on declaring');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
