import type { SiteKind } from '../../domain/sites/site';

/**
 * One symbol per kind of site, as SVG path data in a 24 × 24 box: a coloured shape with a white
 * edge and a white mark. The map draws them into images (site-layer.ts) and the legend as SVG, so
 * the two cannot differ. Shapes differ as well as colours (circle, square, hexagon, diamond), so
 * the kinds read in greyscale and apart from zones (fills) and cases (small dots).
 */
export const SITE_SYMBOLS: Record<SiteKind, { color: string; shape: string; mark: string }> = {
  // A swab site: a circle with a cross.
  testing: {
    color: '#00796b',
    shape: 'M12 1.5a10.5 10.5 0 1 0 0.001 0Z',
    mark: 'M10.6 6h2.8v4.6H18v2.8h-4.6V18h-2.8v-4.6H6v-2.8h4.6Z',
  },
  // A room: a square with a house.
  isolation: {
    color: '#5e35b1',
    shape: 'M2 2h20v20H2Z',
    mark: 'M12 5.5l6.5 5.4V18h-4.3v-4.2H9.8V18H5.5v-7.1Z',
  },
  // Goods: a hexagon with a parcel.
  supply: {
    color: '#2e7d32',
    shape: 'M12 1l9.8 5.6v10.8L12 23l-9.8-5.6V6.6Z',
    mark: 'M6.5 8.5h11v2.2h-11ZM7.5 11.6h9V17h-9Z',
  },
  // A barrier: a diamond with a bar.
  checkpoint: {
    color: '#263238',
    shape: 'M12 0.8L23.2 12 12 23.2 0.8 12Z',
    mark: 'M5.5 10.6h13v2.8h-13Z',
  },
};

/** The map image of a kind's symbol. */
export const siteImageId = (kind: SiteKind) => `site-${kind}`;

/** The kind a map image id names, if it is a site's. */
export function siteKindOfImage(id: string): SiteKind | undefined {
  const kind = id.startsWith('site-') ? id.slice(5) : '';
  return kind in SITE_SYMBOLS ? (kind as SiteKind) : undefined;
}
