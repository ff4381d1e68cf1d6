import { TIER_COLORS, type Tier } from '../../../domain/zones/tier';
import type { FrameText } from './frame-content';
import { fitText, scaleBar, wrapLines, type FrameLayout, type Rect } from './frame-layout';

/** The briefing's light and dark inks (briefing.css); a page is always light. */
const THEMES = {
  light: { panel: 'rgba(255, 255, 255, 0.94)', solid: '#ffffff', ink: '#101820', muted: '#33414f', line: '#9aa6b2' },
  dark: { panel: 'rgba(12, 18, 26, 0.94)', solid: '#0c121a', ink: '#f4f7fa', muted: '#c9d3dd', line: '#56636f' },
} as const;
export type FrameTheme = keyof typeof THEMES;

const FONT = '"Noto Sans SC", system-ui, sans-serif';
const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${FONT}`;
/** Each tier's outline as the map draws it (tier-swatch.tsx): read without colour too. */
const DASH: Record<Tier, number[]> = { sealed: [], controlled: [10, 6], precaution: [2, 6] };

/** The map as captured, with what the frame says about it. */
export interface FrameMap {
  image: CanvasImageSource;
  metersPerCssPixel: number;
  bearing: number;
}

type Context = CanvasRenderingContext2D;

function panel(ctx: Context, rect: Rect, fill: string, line?: string, radius = 8): void {
  ctx.beginPath();
  ctx.roundRect(rect.x, rect.y, rect.width, rect.height, radius);
  ctx.fillStyle = fill;
  ctx.fill();
  if (line) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = line;
    ctx.stroke();
  }
}

function text(
  ctx: Context,
  value: string,
  x: number,
  y: number,
  size: number,
  color: string,
  options: { bold?: boolean; align?: CanvasTextAlign; maxWidth?: number } = {},
): number {
  ctx.font = font(size, options.bold);
  ctx.fillStyle = color;
  ctx.textAlign = options.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  const shown = options.maxWidth ? fitText(value, options.maxWidth, (s) => ctx.measureText(s).width) : value;
  ctx.fillText(shown, x, y);
  return ctx.measureText(shown).width;
}

function titleBar(ctx: Context, layout: FrameLayout, words: FrameText, theme: (typeof THEMES)[FrameTheme]): void {
  const { title } = layout;
  ctx.fillStyle = theme.solid;
  ctx.fillRect(title.x, title.y, title.width, title.height);
  ctx.fillStyle = theme.line;
  ctx.fillRect(title.x, title.y + title.height - 2, title.width, 2);
  const baseline = title.y + 62;
  const asOfWidth = text(ctx, words.asOf, title.width - 28, baseline, 32, theme.muted, { align: 'right' });
  let x = 28;
  const room = () => title.width - 28 - asOfWidth - 32 - x;
  x += text(ctx, words.planName, x, baseline, 40, theme.ink, { bold: true, maxWidth: room() * 0.5 }) + 32;
  x += text(ctx, words.viewTitle, x, baseline, 32, theme.ink, { maxWidth: room() - 120 }) + 32;
  if (words.slideNumber) text(ctx, words.slideNumber, x, baseline, 32, theme.ink, { bold: true, maxWidth: room() });
}

function legend(ctx: Context, map: Rect, words: FrameText, theme: (typeof THEMES)[FrameTheme], bottom: number): void {
  ctx.font = font(24);
  const maxText = Math.min(700, map.width - 32 - 36 - 52);
  const rows = words.tiers.map((row) => ({
    ...row,
    lines: wrapLines(`${row.name}  ${row.meaning}`, maxText, (s) => ctx.measureText(s).width),
  }));
  const lineHeight = 32;
  const height = 18 + 40 + rows.reduce((sum, row) => sum + row.lines.length * lineHeight + 8, 0) + 10;
  const width =
    36 +
    52 +
    Math.max(
      ...rows.flatMap((row) => row.lines.map((line) => ctx.measureText(line).width)),
      ctx.measureText(words.legendTitle).width * 1.25,
    );
  const box = { x: map.x + 16, y: bottom - height, width, height };
  panel(ctx, box, theme.panel, theme.line);
  text(ctx, words.legendTitle, box.x + 18, box.y + 44, 30, theme.ink, { bold: true });
  let y = box.y + 58;
  for (const row of rows) {
    const swatch = { x: box.x + 18 + 2, y: y + 4, width: 40, height: 26 };
    ctx.fillStyle = `${TIER_COLORS[row.tier]}66`;
    ctx.fillRect(swatch.x, swatch.y, swatch.width, swatch.height);
    ctx.setLineDash(DASH[row.tier]);
    ctx.lineCap = row.tier === 'precaution' ? 'round' : 'butt';
    ctx.lineWidth = 4;
    ctx.strokeStyle = TIER_COLORS[row.tier];
    ctx.strokeRect(swatch.x, swatch.y, swatch.width, swatch.height);
    ctx.setLineDash([]);
    row.lines.forEach((line, i) => {
      const lineY = y + 26 + i * lineHeight;
      if (i === 0) {
        const nameWidth = text(ctx, row.name, box.x + 18 + 52, lineY, 24, theme.ink, { bold: true });
        text(ctx, line.slice(row.name.length), box.x + 18 + 52 + nameWidth, lineY, 24, theme.ink);
      } else {
        text(ctx, line, box.x + 18 + 52, lineY, 24, theme.ink);
      }
    });
    y += row.lines.length * lineHeight + 8;
  }
}

function northArrow(
  ctx: Context,
  map: Rect,
  words: FrameText,
  bearing: number,
  theme: (typeof THEMES)[FrameTheme],
): void {
  const box = { x: map.x + 16, y: map.y + 16, width: 64, height: 100 };
  panel(ctx, box, theme.panel);
  ctx.save();
  ctx.translate(box.x + 32, box.y + 36);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -28);
  ctx.lineTo(14, 10);
  ctx.lineTo(0, 2);
  ctx.lineTo(-14, 10);
  ctx.closePath();
  ctx.fillStyle = theme.ink;
  ctx.fill();
  ctx.restore();
  text(ctx, words.north, box.x + 32, box.y + 88, 24, theme.ink, { bold: true, align: 'center' });
}

function scale(
  ctx: Context,
  map: Rect,
  metersPerCssPixel: number,
  theme: (typeof THEMES)[FrameTheme],
  bottom: number,
): void {
  const bar = scaleBar(metersPerCssPixel, Math.min(240, map.width / 4));
  const box = { x: map.x + map.width - bar.cssPixels - 48, y: bottom - 64, width: bar.cssPixels + 32, height: 56 };
  panel(ctx, box, theme.panel);
  const left = box.x + 16;
  const baseline = box.y + 44;
  ctx.strokeStyle = theme.ink;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(left, baseline - 14);
  ctx.lineTo(left, baseline);
  ctx.lineTo(left + bar.cssPixels, baseline);
  ctx.lineTo(left + bar.cssPixels, baseline - 14);
  ctx.stroke();
  text(ctx, bar.label, left + bar.cssPixels / 2, baseline - 10, 24, theme.ink, { align: 'center' });
}

function figuresPanel(ctx: Context, rect: Rect, words: FrameText, theme: (typeof THEMES)[FrameTheme]): void {
  ctx.fillStyle = theme.solid;
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
  ctx.fillStyle = theme.line;
  ctx.fillRect(rect.x, rect.y, 2, rect.height);
  const left = rect.x + 24;
  const right = rect.x + rect.width - 24;
  let y = rect.y + 16 + 34;
  text(ctx, words.figuresTitle, left, y, 30, theme.ink, { bold: true });
  y += 16;
  for (const table of words.tables) {
    y += 34;
    text(ctx, table.caption, left, y, 24, theme.ink, { bold: true });
    // Each column as wide as its widest text (bold, as totals are); the label column takes what is left.
    ctx.font = font(24, true);
    const widest = (column: number) =>
      Math.max(
        ...[table.head[column], ...table.rows.map((row) => row.cells[column])].map(
          (cell) => ctx.measureText(cell).width,
        ),
      );
    const widths = table.head.map((_, column) => (column === 0 ? 0 : widest(column) + 12));
    widths[0] = Math.max(right - left - widths.reduce((sum, width) => sum + width, 0), (right - left) * 0.3);
    // Where a column's text ends: numbers are right-aligned.
    const cellRight = (column: number) => left + widths.slice(0, column + 1).reduce((sum, width) => sum + width, 0);
    const cellText = (cell: string, column: number, bold: boolean) =>
      column === 0
        ? text(ctx, cell, left, y, 24, theme.ink, { bold, maxWidth: widths[0] - 8 })
        : text(ctx, cell, cellRight(column), y, 24, theme.ink, { bold, align: 'right', maxWidth: widths[column] - 8 });
    y += 34;
    table.head.forEach((head, column) => column > 0 && cellText(head, column, true));
    for (const row of table.rows) {
      y += 34;
      row.cells.forEach((cell, column) => cellText(cell, column, !!row.total));
    }
    y += 16;
  }
  ctx.font = font(24);
  for (const line of wrapLines(words.dueSoon, right - left, (s) => ctx.measureText(s).width)) {
    y += 34;
    text(ctx, line, left, y, 24, theme.ink);
  }
  if (words.changedNote) {
    ctx.font = font(24);
    const lines = wrapLines(words.changedNote, right - left - 28, (s) => ctx.measureText(s).width);
    const height = lines.length * 32 + 20;
    const box = { x: left, y: rect.y + rect.height - height - 16, width: right - left, height };
    panel(ctx, box, '#fff1c7', '#c78a00');
    lines.forEach((line, i) => text(ctx, line, box.x + 14, box.y + 34 + i * 32, 24, '#5a3b00'));
  }
}

function internalBanner(ctx: Context, map: Rect, words: string): void {
  ctx.font = font(28, true);
  const width = Math.min(map.width - 200, ctx.measureText(words).width + 48);
  const box = { x: map.x + (map.width - width) / 2, y: map.y + 16, width, height: 52 };
  panel(ctx, box, '#b3261e');
  text(ctx, words, box.x + width / 2, box.y + 37, 28, '#ffffff', { bold: true, align: 'center', maxWidth: width - 24 });
}

/**
 * Draws an exported frame: the captured map in its place, the title bar, the legend, the north
 * arrow, the scale bar, the attribution, the figures and, when sensitive layers are in the image,
 * the "internal" banner. `ctx` is scaled to CSS pixels by the caller; every text is at least 24 px.
 */
export function drawFrame(
  ctx: Context,
  layout: FrameLayout,
  map: FrameMap,
  words: FrameText,
  themeName: FrameTheme,
): void {
  const theme = THEMES[layout.kind === 'page' ? 'light' : themeName];
  ctx.fillStyle = theme.solid;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.drawImage(map.image, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  titleBar(ctx, layout, words, theme);
  figuresPanel(ctx, layout.figures, words, theme);
  const mapBottom = layout.map.y + layout.map.height;
  let bottom = mapBottom - 16;
  if (!layout.footer && words.attribution) {
    // On a wall image the attribution sits on the map's foot, as maplibre's control does on screen.
    ctx.font = font(24);
    const shown = fitText(words.attribution, layout.map.width - 32, (s) => ctx.measureText(s).width);
    const width = ctx.measureText(shown).width + 20;
    panel(
      ctx,
      { x: layout.map.x + layout.map.width - width, y: mapBottom - 40, width, height: 40 },
      theme.panel,
      undefined,
      0,
    );
    text(ctx, shown, layout.map.x + layout.map.width - 10, mapBottom - 12, 24, theme.ink, { align: 'right' });
    bottom = mapBottom - 56;
  }
  legend(ctx, layout.map, words, theme, bottom);
  scale(ctx, layout.map, map.metersPerCssPixel, theme, bottom + 8);
  northArrow(ctx, layout.map, words, map.bearing, theme);
  if (words.internalBanner) internalBanner(ctx, layout.map, words.internalBanner);
  if (layout.footer) {
    const { footer } = layout;
    ctx.fillStyle = theme.line;
    ctx.fillRect(footer.x, footer.y, footer.width, 2);
    const pageWidth = words.footer
      ? text(ctx, words.footer, footer.width - 28, footer.y + 38, 24, theme.muted, { align: 'right' })
      : 0;
    text(ctx, words.attribution, 28, footer.y + 38, 24, theme.muted, { maxWidth: footer.width - 84 - pageWidth });
  }
}
