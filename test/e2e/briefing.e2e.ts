import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decode } from 'fast-png';
import { FOUND_IN_COLORS } from '../../src/map/styles/palette';
import { isLocal, openWatchedPage, outputPath, useChromium } from './browser';
import { waitForIdle, waitForPlannerReady } from './planner-helpers';
import { addZoneFromText, jumpTo, planZones, squareText } from './zone-helpers';

const CENTRE: [number, number] = [120.7262, 30.7405];

/** What deck.gl and maplibre draw of the sensitive layers: case points and household buildings. */
const sensitiveDrawn = (page: Page) =>
  page.evaluate(() => {
    const { map, overlay } = window.__cordon!;
    const deck = (
      overlay as unknown as {
        _deck: { layerManager: { getLayers: () => { id: string; props: { visible: boolean } }[] } };
      }
    )._deck;
    const buildings = deck.layerManager.getLayers().find((layer) => layer.id === 'household-points');
    return {
      cases:
        map.getLayoutProperty('cases', 'visibility') !== 'none' &&
        map.queryRenderedFeatures({ layers: ['cases'] }).length > 0,
      buildings: !!buildings?.props.visible,
    };
  });

/** Visible text in the page smaller than 24 px: each as "font-size text". */
const smallText = (page: Page) =>
  page.evaluate(() => {
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (!own || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < 24) small.push(`${size} ${element.textContent!.trim().slice(0, 40)}`);
    }
    return small;
  });

/** A PNG's size, how many colours it has, and how many pixels are exactly each of `colours` (#rrggbb). */
function pngPixels(path: string, colours: string[]) {
  const image = decode(readFileSync(path));
  const wanted = new Map(colours.map((colour) => [parseInt(colour.slice(1), 16), colour]));
  const counts = Object.fromEntries(colours.map((colour) => [colour, 0]));
  const seen = new Set<number>();
  const step = image.channels;
  for (let i = 0; i < image.data.length; i += step) {
    const rgb = (image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2];
    if (seen.size < 5000) seen.add(rgb);
    const colour = wanted.get(rgb);
    if (colour) counts[colour]++;
  }
  return { width: image.width, height: image.height, colours: seen.size, counts };
}

/** Where the blue hexagons (deck.gl) are in a wall image, in 1920×1080 pixels: the mean of their pixels on the map. */
function hexagonCentre(path: string) {
  const image = decode(readFileSync(path));
  const scale = image.width / 1920;
  let x = 0;
  let y = 0;
  let n = 0;
  for (let row = Math.round(96 * scale); row < image.height; row++) {
    for (let column = 0; column < Math.round(1320 * scale); column++) {
      const i = (row * image.width + column) * image.channels;
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (b - r > 40 && b - g > 20) {
        x += column;
        y += row;
        n++;
      }
    }
  }
  return { x: x / n / scale, y: y / n / scale, share: n / (image.width * image.height) };
}

const CASE_COLOURS = Object.values(FOUND_IN_COLORS);
const INTERNAL_RED = '#b3261e';

/** Clicks an export button of the export dialog and saves the file under test-output/; returns the path and the time it said. */
async function exportFile(page: Page, button: string, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = outputPath(name);
  await download.saveAs(path);
  const outcome = page.getByTestId('export-outcome');
  await outcome.waitFor();
  const seconds = Number(/([\d.]+) s\)/.exec((await outcome.textContent()) ?? '')?.[1]);
  console.log(`[briefing] ${button}: ${seconds} s (${download.suggestedFilename()})`);
  return { path, fileName: download.suggestedFilename() };
}

describe('briefing mode', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('projects the plan at 1920×1080: tools gone and locked, big type, key figures, sensitive layers off until S, both themes and languages', async () => {
    const { page, context, requests, consoleErrors } = await openWatchedPage(chromium(), {
      locale: 'en-US',
      viewport: { width: 1920, height: 1080 },
    });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    await addZoneFromText(page, squareText(CENTRE[0], CENTRE[1], 0.002), { name: 'Quarantine hotel' });
    await expect.poll(async () => (await planZones(page)).length).toBe(1);
    await jumpTo(page, CENTRE[0], CENTRE[1], 15);
    await waitForIdle(page);
    expect((await sensitiveDrawn(page)).buildings).toBe(true);

    await page.getByRole('button', { name: 'Briefing mode' }).click();
    await page.getByTestId('briefing-title').waitFor();
    await waitForIdle(page);
    expect(await page.getByTestId('briefing-title').textContent()).toContain('As of 2022-04-24');
    // The key figures of the demo's last day, from the epidemic curve and the counted tiers.
    await expect.poll(() => page.getByTestId('briefing-new-7').textContent()).toMatch(/^\d[\d,]*$/);
    expect(Number((await page.getByTestId('briefing-new-7').textContent())!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(await page.getByTestId('briefing-tier-sealed').textContent()).toMatch(/^Sealed zone1/);
    // Sensitive layers are off the wall.
    await expect.poll(() => sensitiveDrawn(page)).toEqual({ cases: false, buildings: false });
    // Every text at least 24 px, the map's scale bar and attribution too.
    expect(await smallText(page)).toEqual([]);
    await page.screenshot({ path: outputPath('briefing-light.png') });

    // No editing control can be reached with Tab, and Ctrl+Z changes nothing.
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          return active?.closest('.top, .side-panel, .time-bar, .status-bar') ? `tool: ${active.textContent}` : '';
        }),
      );
    }
    expect([...reached].filter(Boolean)).toEqual([]);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    expect((await planZones(page)).length).toBe(1);

    // S shows the sensitive layers, with a banner while they are.
    await page.keyboard.press('s');
    await page.getByTestId('briefing-sensitive').waitFor();
    await expect.poll(async () => (await sensitiveDrawn(page)).buildings).toBe(true);
    await page.screenshot({ path: outputPath('briefing-sensitive.png') });
    await page.keyboard.press('s');
    await expect.poll(() => page.getByTestId('briefing-sensitive').count()).toBe(0);
    await expect.poll(async () => (await sensitiveDrawn(page)).buildings).toBe(false);

    // B blanks the screen and back; T the dark theme; L the language, in briefing mode too.
    await page.keyboard.press('b');
    expect(await page.getByTestId('briefing-blank').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.getByTestId('briefing-blank').count()).toBe(0);
    await page.keyboard.press('t');
    expect(await page.locator('.planner.briefing-dark').count()).toBe(1);
    await page.keyboard.press('l');
    await expect.poll(() => page.getByTestId('briefing-tier-sealed').textContent()).toMatch(/^封控区1/);
    expect(await page.locator('.briefing-legend').textContent()).toContain('足不出户');
    expect(await page.getByTestId('briefing-title').textContent()).toContain('截至 2022-04-24');
    expect(await smallText(page)).toEqual([]);
    await page.screenshot({ path: outputPath('briefing-dark-zh.png') });
    // As a colour-blind viewer sees it: the tiers are also told apart by their outlines and labels.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
    await page.screenshot({ path: outputPath('briefing-deuteranopia.png') });
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    await page.keyboard.press('l');

    // Escape leaves: the tools are back, and so is editing.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Draw sealed zone' }).waitFor();
    await expect.poll(async () => (await sensitiveDrawn(page)).buildings).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await planZones(page)).length).toBe(0);

    // F5 enters briefing mode, as in presentation software, and does not reload the page.
    await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
    await page.keyboard.press('F5');
    await page.getByTestId('briefing-title').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
    await page.keyboard.press('Escape');

    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('briefing slides', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('saves three views at different places and dates, steps through them with a clicker’s keys, and keeps them over a reload', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(chromium(), {
      locale: 'en-US',
      viewport: { width: 1920, height: 1080 },
    });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    // The slider to a date with the keyboard: End is the demo's last day, 2022-04-24.
    const setDate = async (date: string) => {
      const slider = page.getByLabel('Report date');
      await slider.press('End');
      const days = (Date.parse('2022-04-24') - Date.parse(date)) / 86_400_000;
      for (let step = 0; step < days; step++) await slider.press('ArrowLeft');
      await expect.poll(() => page.getByTestId('as-of-date').textContent()).toBe(date);
    };
    const views: { lng: number; lat: number; zoom: number; date: string }[] = [
      { lng: 120.755, lat: 30.757, zoom: 11, date: '2022-04-24' },
      { lng: 120.7262, lat: 30.7405, zoom: 14, date: '2022-04-20' },
      { lng: 120.92, lat: 30.836, zoom: 13, date: '2022-04-22' },
    ];
    for (const view of views) {
      await jumpTo(page, view.lng, view.lat, view.zoom);
      await setDate(view.date);
      await page.getByRole('button', { name: 'Add slide' }).click();
    }
    await expect.poll(() => page.getByTestId('slide').count()).toBe(3);
    await page.getByLabel('Title of slide 2').fill('Development zone');
    await page.getByLabel('Title of slide 2').press('Enter');
    await expect.poll(async () => (await planSlides(page))[1]?.title).toBe('Development zone');

    await page.getByRole('button', { name: 'Briefing mode' }).click();
    const number = page.getByTestId('briefing-slide-number');
    await expect.poll(() => number.textContent()).toBe('1 / 3');
    const camera = () =>
      page.evaluate(() => {
        const map = window.__cordon!.map;
        return { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
      });
    const expectView = async (index: number, screenshot = false) => {
      const view = views[index];
      await expect.poll(() => number.textContent()).toBe(`${index + 1} / 3`);
      await expect.poll(async () => Math.abs((await camera()).zoom - view.zoom), { timeout: 2000 }).toBeLessThan(0.01);
      const at = await camera();
      expect(Math.abs(at.lng - view.lng)).toBeLessThan(1e-6);
      expect(Math.abs(at.lat - view.lat)).toBeLessThan(1e-6);
      expect(await page.getByTestId('briefing-title').textContent()).toContain(`As of ${view.date}`);
      if (!screenshot) return;
      await waitForIdle(page);
      await page.screenshot({ path: outputPath(`briefing-slide-${index + 1}.png`) });
    };
    await expectView(0, true);
    // The time to the next view: the key, the 800 ms camera move, and the map drawn there.
    const stepTime = page.evaluate(
      (zoom) =>
        new Promise<{ moved: number; drawn: number }>((resolve) => {
          const map = window.__cordon!.map;
          const start = performance.now();
          const arrived = () => {
            if (Math.abs(map.getZoom() - zoom) > 0.01) return; // the resize's moveend, not the step's
            map.off('moveend', arrived);
            const moved = performance.now() - start;
            map.once('idle', () => resolve({ moved, drawn: performance.now() - start }));
          };
          map.on('moveend', arrived);
        }),
      views[1].zoom,
    );
    await page.keyboard.press('ArrowRight');
    const step = await stepTime;
    console.log(
      `[briefing] next view: camera there in ${Math.round(step.moved)} ms, drawn in ${Math.round(step.drawn)} ms`,
    );
    await expectView(1, true);
    expect(await page.getByTestId('briefing-view-title').textContent()).toBe('Development zone');
    await page.keyboard.press('PageDown');
    await expectView(2, true);
    await page.keyboard.press('Space');
    await expectView(2); // the last slide stays
    await page.keyboard.press('Home');
    await expectView(0);
    await page.keyboard.press('End');
    await expectView(2);
    await page.keyboard.press('ArrowLeft');
    await expectView(1);
    await page.keyboard.press('PageUp');
    await expectView(0);
    expect(await page.getByTestId('briefing-changed').count()).toBe(0);

    // Exports for the minutes, from the wall (E), of slide 2 (street level, where cases are single points).
    await page.keyboard.press('ArrowRight');
    await expectView(1);
    await page.keyboard.press('e');
    await page.getByRole('dialog', { name: 'Export for the minutes' }).waitFor();
    const fourK = await exportFile(page, 'Export PNG 3840 × 2160', 'briefing-export-4k.png');
    expect(fourK.fileName).toMatch(/-3840x2160\.png$/);
    const wall = pngPixels(fourK.path, [...CASE_COLOURS, INTERNAL_RED]);
    expect([wall.width, wall.height]).toEqual([3840, 2160]);
    expect(wall.colours).toBeGreaterThan(500); // a map, not a blank image
    // No case point in it (their colours are no tier's, no basemap's and no text's), and no "internal" banner.
    expect(wall.counts).toEqual(Object.fromEntries([...CASE_COLOURS, INTERNAL_RED].map((colour) => [colour, 0])));
    // deck.gl's hexagons are where they are at 1920×1080 too (not drawn at the screen's pixel ratio).
    const hd = hexagonCentre((await exportFile(page, 'Export PNG 1920 × 1080', 'briefing-export-hd.png')).path);
    const uhd = hexagonCentre(fourK.path);
    expect(hd.share).toBeGreaterThan(0.001);
    expect(Math.abs(uhd.share - hd.share)).toBeLessThan(hd.share * 0.2);
    expect(Math.hypot(uhd.x - hd.x, uhd.y - hd.y)).toBeLessThan(3);
    // Escape closes the dialog, not briefing mode; with S the export has the cases and says "internal".
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByTestId('briefing-title').isVisible()).toBe(true);
    await page.keyboard.press('s');
    await page.keyboard.press('e');
    expect(await page.getByRole('note').filter({ hasText: 'Internal' }).count()).toBe(1);
    const internal = pngPixels(
      (await exportFile(page, 'Export PNG 1920 × 1080', 'briefing-export-internal.png')).path,
      [...CASE_COLOURS, INTERNAL_RED],
    );
    expect([internal.width, internal.height]).toEqual([1920, 1080]);
    expect(CASE_COLOURS.reduce((sum, colour) => sum + internal.counts[colour], 0)).toBeGreaterThan(20);
    expect(internal.counts[INTERNAL_RED]).toBeGreaterThan(10_000);
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    // All slides as a PDF: one A4 landscape page each, its image at 300 dpi.
    await page.keyboard.press('e');
    const pdf = readFileSync((await exportFile(page, 'Export slides (PDF)', 'briefing-slides.pdf')).path).toString(
      'latin1',
    );
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((box) => [
      Number(box[1]),
      Number(box[2]),
    ]);
    expect(boxes).toHaveLength(3);
    for (const [width, height] of boxes) {
      expect(width).toBeCloseTo(841.89, 1);
      expect(height).toBeCloseTo(595.28, 1);
    }
    expect(pdf.match(/\/Width 3508\b/g)).toHaveLength(3);
    expect(pdf.match(/\/Height 2480\b/g)).toHaveLength(3);
    await page.keyboard.press('Escape');
    // The wall is as it was: slide 2, its date, and the camera there.
    await expectView(1);
    await page.keyboard.press('Escape');

    // The slides are in the plan: after a reload they are all there, in order.
    await page.reload();
    await waitForPlannerReady(page);
    expect((await planSlides(page)).map((slide) => slide.title)).toEqual(['View 1', 'Development zone', 'View 3']);
    // Reordered and deleted in the planner, each an undoable step.
    await page.getByRole('button', { name: 'Move slide 3 earlier' }).click();
    await expect
      .poll(async () => (await planSlides(page)).map((slide) => slide.title))
      .toEqual(['View 1', 'View 3', 'Development zone']);
    await page.getByRole('button', { name: 'Delete slide 1' }).click();
    await expect.poll(async () => (await planSlides(page)).length).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await planSlides(page)).length).toBe(3);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});

const planSlides = (page: Page): Promise<{ title: string; date: string }[]> =>
  page.evaluate(() => JSON.parse(window.__cordonPlan!()).slides);
