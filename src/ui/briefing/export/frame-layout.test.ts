import { describe, expect, it } from 'vitest';
import {
  A4_LANDSCAPE_POINTS,
  fitText,
  frameLayout,
  PAGE_PIXEL_RATIO,
  PAGE_SIZE,
  scaleBar,
  wrapLines,
} from './frame-layout';
import { zoomToKeepExtent } from '../../../map/map-capture';

/** Ten units a character: enough to test breaking without a canvas. */
const measure = (text: string) => [...text].length * 10;

describe('frame layout', () => {
  it('lays a wall image out as briefing mode lays out the screen, and a page with a footer', () => {
    const wall = frameLayout('wall');
    expect(wall.map).toEqual({ x: 0, y: 96, width: 1320, height: 984 });
    expect(wall.figures.x + wall.figures.width).toBe(1920);
    expect(wall.footer).toBeUndefined();
    const page = frameLayout('page');
    expect(page.footer!.y + page.footer!.height).toBe(PAGE_SIZE.height);
    expect(page.map.y + page.map.height).toBe(page.footer!.y);
    expect(page.map.width + page.figures.width).toBe(PAGE_SIZE.width);
  });

  it('makes an A4 landscape page at 300 dpi', () => {
    const inches = { width: (A4_LANDSCAPE_POINTS.width / 72) * 300, height: (A4_LANDSCAPE_POINTS.height / 72) * 300 };
    expect(Math.abs(PAGE_SIZE.width * PAGE_PIXEL_RATIO - inches.width)).toBeLessThan(1);
    expect(Math.abs(PAGE_SIZE.height * PAGE_PIXEL_RATIO - inches.height)).toBeLessThan(1);
  });
});

describe('scale bar', () => {
  it('picks a round length that fits', () => {
    expect(scaleBar(2, 240)).toEqual({ meters: 200, cssPixels: 100, label: '200 m' });
    expect(scaleBar(30, 240)).toEqual({ meters: 5000, cssPixels: 5000 / 30, label: '5 km' });
    expect(scaleBar(0.5, 240).meters).toBe(100);
    for (const metersPerPixel of [0.013, 0.7, 3.3, 42, 977]) {
      const bar = scaleBar(metersPerPixel, 240);
      expect(bar.cssPixels).toBeLessThanOrEqual(240);
      expect(bar.cssPixels).toBeGreaterThan(240 / 5 - 1e-9);
      expect(String(bar.meters / 10 ** Math.floor(Math.log10(bar.meters)))).toMatch(/^[125]$/);
    }
  });
});

describe('text fitting', () => {
  it('wraps between words, and between Chinese characters', () => {
    expect(wrapLines('Stay at home; services come', 120, measure)).toEqual(['Stay at', 'home;', 'services', 'come']);
    expect(wrapLines('足不出户，上门服务', 50, measure)).toEqual(['足不出户，', '上门服务']);
    expect(wrapLines('封控区 Sealed zone', 90, measure)).toEqual(['封控区', 'Sealed', 'zone']);
    expect(wrapLines('', 50, measure)).toEqual([]);
    // A word longer than a line stands alone rather than being lost.
    expect(wrapLines('a Jiaxingnanhudistrict b', 50, measure)).toEqual(['a', 'Jiaxingnanhudistrict', 'b']);
  });

  it('cuts with an ellipsis only when the text does not fit', () => {
    expect(fitText('Households', 100, measure)).toBe('Households');
    expect(fitText('Households', 60, measure)).toBe('House…');
    expect(measure(fitText('Precaution zone', 75, measure))).toBeLessThanOrEqual(75);
  });

  it('keeps the extent in view when the export is larger or smaller than the screen', () => {
    expect(zoomToKeepExtent({ width: 1320, height: 984 }, { width: 1320, height: 984 })).toBe(0);
    expect(zoomToKeepExtent({ width: 660, height: 492 }, { width: 1320, height: 984 })).toBe(1);
    expect(zoomToKeepExtent({ width: 1320, height: 984 }, { width: 1154, height: 1088 })).toBeCloseTo(
      Math.log2(1154 / 1320),
      9,
    );
  });
});
