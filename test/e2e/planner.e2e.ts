import { describe, expect, inject, it } from 'vitest';
import { isLocal, openWatchedPage, outputPath, useChromium } from './browser';
import { waitForIdle, waitForPlannerReady } from './planner-helpers';

const DISTRICTS = ['南湖区', '秀洲区', '嘉善县', '平湖市', '海宁市', '海盐县', '桐乡市'];

describe('planner start-up, offline', () => {
  const chromium = useChromium();
  const baseUrl = inject('baseUrl');

  it('draws Jiaxing, its districts and the demo data with only localhost requests and no console errors', async () => {
    const { page, context, requests, blocked, consoleErrors } = await openWatchedPage(chromium());
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    await waitForIdle(page);

    const districtNames = await page.evaluate(() => {
      const map = window.__cordon!.map;
      const names = map.queryRenderedFeatures({ layers: ['district-line'] }).map((f) => String(f.properties.nameZh));
      return [...new Set(names)].sort();
    });
    expect(districtNames).toEqual([...DISTRICTS].sort());

    const labels = await page.evaluate(() =>
      window
        .__cordon!.map.queryRenderedFeatures({ layers: ['district-labels'] })
        .map((f) => String(f.properties.nameZh)),
    );
    expect(new Set(labels).size).toBeGreaterThanOrEqual(6);

    const drawn = await page.evaluate(() => {
      const map = window.__cordon!.map;
      const clustered = window.__cordon!.controller.sourceContents('cases')?.features ?? [];
      return {
        cases: map.queryRenderedFeatures({ layers: ['cases'] }).length,
        // Clusters and single cases together hold every case (clustered in the worker).
        clusteredCases: clustered.reduce((sum, f) => sum + (f.properties?.cluster ? Number(f.properties.count) : 1), 0),
        // The density cells: points of one MultiPoint per household count (map/map-data.ts).
        densityCells: map
          .querySourceFeatures('household-density')
          .reduce((sum, f) => sum + (f.geometry.type === 'MultiPoint' ? f.geometry.coordinates.length : 1), 0),
      };
    });
    expect(drawn.cases).toBeGreaterThan(0);
    expect(drawn.clusteredCases).toBe(3000);
    expect(drawn.densityCells).toBeGreaterThan(500);
    await expect.poll(() => page.getByTestId('case-count').textContent()).toBe('3,000');
    await expect.poll(() => page.getByTestId('household-records').textContent()).toBe('300,000');

    await page.screenshot({ path: outputPath('planner-zh-CN.png') });

    // Zoom into the old town with the map's own zoom button, as a person would, to see buildings.
    await page.evaluate(() => window.__cordon!.map.jumpTo({ center: [120.755, 30.757], zoom: 12.2 }));
    const zoomIn = page.getByRole('button', { name: '放大' });
    await zoomIn.click();
    await zoomIn.click();
    await zoomIn.click();
    await waitForIdle(page);
    const buildings = await page.evaluate(() => {
      const { overlay } = window.__cordon!;
      const deck = (
        overlay as unknown as {
          _deck: {
            layerManager: {
              getLayers: () => {
                id: string;
                props: { visible: boolean };
                isLoaded: boolean;
                getNumInstances: () => number;
                constructor: { layerName: string };
              }[];
            };
          };
        }
      )._deck;
      const layer = deck.layerManager.getLayers().find((l) => l.id === 'household-points');
      const shown = layer && layer.props.visible && layer.isLoaded ? layer.getNumInstances() : 0;
      return { shown, kind: layer?.constructor.layerName };
    });
    expect(buildings.shown).toBeGreaterThan(300); // the buildings in view, of 300 000
    expect(buildings.kind).toBe('IconLayer'); // square building marks, not discs

    // The demo's compounds: outlines, and names in both languages, labelled synthetic in the attribution.
    const compounds = await page.evaluate(() => {
      const map = window.__cordon!.map;
      const names = map.queryRenderedFeatures({ layers: ['demo-compound-names'] });
      return {
        outlines: new Set(map.queryRenderedFeatures({ layers: ['demo-compound-line'] }).map((f) => f.properties.id))
          .size,
        names: names.map((f) => `${String(f.properties.nameZh)} ${String(f.properties.nameEn)}`),
      };
    });
    expect(compounds.outlines).toBeGreaterThan(20);
    expect(compounds.names.length).toBeGreaterThan(10);
    expect(compounds.names[0]).toMatch(/^\p{Script=Han}{3,5} [A-Z]/u);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Demo compounds are synthetic');
    await page.screenshot({ path: outputPath('planner-buildings.png') });

    expect(blocked).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(requests.some((url) => url.includes('/demo/households.csv.gz'))).toBe(true);
    expect(requests.some((url) => url.includes('/fonts/noto-sans-sc-chinese-simplified'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('switches the language from the toolbar, and keeps the choice after a reload', async () => {
    const { page, context, consoleErrors } = await openWatchedPage(chromium(), { locale: 'zh-CN' });
    await page.goto(baseUrl);
    await waitForPlannerReady(page);
    await expect.poll(() => page.getByRole('heading', { name: '数据', exact: true }).isVisible()).toBe(true);

    await page.getByLabel('语言', { exact: true }).selectOption('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Data', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Basemap settings' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Cordon · risk-zone planner');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: outputPath('planner-en.png') });

    await page.reload();
    await waitForPlannerReady(page);
    expect(await page.getByRole('heading', { name: 'Data', exact: true }).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
