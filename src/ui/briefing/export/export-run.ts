import { keyFiguresDiffer, type KeyFigures } from '../../../domain/briefing/key-figures';
import type { Slide } from '../../../domain/plan/slide';
import { translate, type Language } from '../../../i18n/i18n';
import type { MapController } from '../../../map/map-controller';
import { CaptureCancelled } from '../../../map/map-capture';
import { useBriefingStore } from '../../../state/briefing-store';
import { usePlanStore } from '../../../state/plan-store';
import { usePlannerStore } from '../../../state/store';
import { useTimeStore } from '../../../state/time-store';
import { analysisActivity, analysisIdle } from '../../../workers/analysis-client';
import { Comlink, createPdfClient } from '../../../workers/clients';
import { safeFileName } from '../../shared/files';
import { currentKeyFigures } from '../use-key-figures';
import { applySlideState } from '../slide-view';
import { drawFrame, type FrameTheme } from './draw-frame';
import { frameText } from './frame-content';
import { A4_LANDSCAPE_POINTS, frameLayout, PAGE_PIXEL_RATIO, type FrameLayout } from './frame-layout';

/** How far an export has come: `done` of `total` steps. */
export interface ExportProgress {
  stage: 'png' | 'slide' | 'pdf';
  done: number;
  total: number;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  /** Milliseconds from the click to the file (printed by the end-to-end test). */
  ms: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CaptureCancelled();
}

/**
 * Waits until the planner's data has caught up with the time bar and the layers: React has run
 * its effects and no worker call is unanswered, twice in a row with no new call in between.
 */
async function settle(signal: AbortSignal): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await nextFrame();
    await nextFrame();
    const before = analysisActivity().started;
    await analysisIdle();
    checkCancelled(signal);
    await nextFrame();
    const now = analysisActivity();
    if (now.started === before && now.pending === 0) return;
  }
}

const clockTime = (language: Language) =>
  new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date());

const waitForFonts = async () => {
  // Canvas text uses the bundled font only once it is loaded: its Latin and its Chinese files.
  await Promise.all([
    document.fonts.load('24px "Noto Sans SC"', 'Aa'),
    document.fonts.load('24px "Noto Sans SC"', '区'),
  ]);
};

function composed(
  layout: FrameLayout,
  pixelRatio: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * pixelRatio);
  canvas.height = Math.round(layout.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(pixelRatio, pixelRatio);
  return { canvas, ctx };
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(`the image could not be encoded as ${type}`))),
      type,
      quality,
    ),
  );

/** Sensitive layers go into an export only when the wall shows them (S); the export then says so. */
const sensitiveShown = () => {
  const briefing = useBriefingStore.getState();
  return briefing.active && briefing.sensitive;
};

const changedSince = (slide: Slide | undefined, figures: KeyFigures) =>
  slide && slide.date === figures.asOf && keyFiguresDiffer(slide.figures, figures)
    ? slide.savedAt.slice(0, 16).replace('T', ' ')
    : undefined;

/** Runs an export with case and household points left out (unless shown on the wall), and puts things back. */
async function exporting<T>(run: () => Promise<T>): Promise<T> {
  useBriefingStore.getState().set({ exporting: true });
  try {
    return await run();
  } finally {
    useBriefingStore.getState().set({ exporting: false });
  }
}

/**
 * The view on screen as a wall image: 1920 × 1080 (scale 1) or 3840 × 2160 (scale 2), the map drawn
 * at that size off screen and the briefing's frame composed around it (docs/architecture.md, Briefing exports).
 */
export function exportViewPng(
  controller: MapController,
  scale: 1 | 2,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  return exporting(async () => {
    const start = performance.now();
    onProgress({ stage: 'png', done: 0, total: 1 });
    await settle(signal);
    await waitForFonts();
    const { language } = usePlannerStore.getState();
    const plan = usePlanStore.getState().history.present;
    const briefing = useBriefingStore.getState();
    const figures = currentKeyFigures();
    if (!figures) throw new Error(translate(language, 'exportNoFigures'));
    const layout = frameLayout('wall');
    const capture = await controller.capture(
      { cssWidth: layout.map.width, cssHeight: layout.map.height, pixelRatio: scale },
      controller.camera(),
      signal,
    );
    const slide = briefing.active && briefing.slide !== undefined ? plan.slides[briefing.slide] : undefined;
    const words = frameText({
      language,
      planName: plan.name,
      viewTitle: slide ? slide.title : translate(language, 'briefingLiveView'),
      ...(slide ? { slide: { number: (briefing.slide ?? 0) + 1, count: plan.slides.length } } : {}),
      figures,
      time: clockTime(language),
      attribution: capture.attribution,
      sensitive: sensitiveShown(),
      changedSince: changedSince(slide, figures),
    });
    const { canvas, ctx } = composed(layout, scale);
    const theme: FrameTheme = briefing.active ? briefing.theme : 'light';
    drawFrame(ctx, layout, capture, words, theme);
    checkCancelled(signal);
    const blob = await toBlob(canvas, 'image/png');
    onProgress({ stage: 'png', done: 1, total: 1 });
    return {
      blob,
      fileName: `${safeFileName(plan.name)}-${figures.asOf}-${canvas.width}x${canvas.height}.png`,
      ms: performance.now() - start,
    };
  });
}

/**
 * All slides as a PDF: each slide's time bar and layers applied in turn, its map drawn off screen
 * for an A4 landscape page at 300 dpi with its frame and figures, the pages written by jsPDF in a
 * worker. The time bar, the layers and the camera are as they were afterwards, also on failure.
 */
export function exportSlidesPdf(
  controller: MapController,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  return exporting(async () => {
    const start = performance.now();
    const { language } = usePlannerStore.getState();
    const plan = usePlanStore.getState().history.present;
    const slides = plan.slides;
    if (slides.length === 0) throw new Error(translate(language, 'exportPdfNone'));
    const time = useTimeStore.getState();
    const kept = {
      time: { asOfDay: time.asOfDay, mode: time.mode, customFromDay: time.customFromDay, hexes: time.hexes },
      visibility: usePlannerStore.getState().visibility,
    };
    const total = slides.length + 1;
    const layout = frameLayout('page');
    const made = new Date().toISOString().slice(0, 16).replace('T', ' ');
    // Each page's JPEG is encoded while the next slide is drawn.
    const encoding: Promise<Blob>[] = [];
    await waitForFonts();
    try {
      await controller.captureSession(
        { cssWidth: layout.map.width, cssHeight: layout.map.height, pixelRatio: PAGE_PIXEL_RATIO },
        signal,
        async (capture) => {
          for (const [i, slide] of slides.entries()) {
            onProgress({ stage: 'slide', done: i, total });
            applySlideState(slide);
            await settle(signal);
            const figures = currentKeyFigures();
            if (!figures) throw new Error(translate(language, 'exportNoFigures'));
            const map = await capture(slide.camera);
            const words = frameText({
              language,
              planName: plan.name,
              viewTitle: slide.title,
              slide: { number: i + 1, count: slides.length },
              figures,
              time: clockTime(language),
              attribution: map.attribution,
              sensitive: sensitiveShown(),
              changedSince: changedSince(slide, figures),
              footer: translate(language, 'exportPageFooter', { number: i + 1, count: slides.length, made }),
            });
            const { canvas, ctx } = composed(layout, PAGE_PIXEL_RATIO);
            drawFrame(ctx, layout, map, words, 'light');
            const page = toBlob(canvas, 'image/jpeg', 0.92);
            // Awaited after the loop; if a later slide fails first, this one's failure is not also unhandled.
            page.catch(() => undefined);
            encoding.push(page);
            checkCancelled(signal);
          }
        },
      );
    } finally {
      useTimeStore.getState().set({ ...kept.time, playing: false });
      usePlannerStore.getState().setVisibility(kept.visibility);
    }
    const pages = await Promise.all(
      encoding.map(async (blob) => ({ jpeg: new Uint8Array(await (await blob).arrayBuffer()) })),
    );
    onProgress({ stage: 'pdf', done: slides.length, total });
    const pdf = createPdfClient();
    let abort = () => undefined as void;
    const cancelled = new Promise<never>((_, reject) => {
      abort = () => reject(new CaptureCancelled());
      signal.addEventListener('abort', abort, { once: true });
    });
    try {
      const bytes = await Promise.race([
        pdf.remote.makePdf(
          Comlink.transfer(
            pages,
            pages.map((page) => page.jpeg.buffer),
          ),
          { title: plan.name, subject: translate(language, 'slides'), ...A4_LANDSCAPE_POINTS },
        ),
        cancelled,
      ]);
      onProgress({ stage: 'pdf', done: total, total });
      return {
        blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        fileName: `${safeFileName(plan.name)}-slides-${new Date().toISOString().slice(0, 10)}.pdf`,
        ms: performance.now() - start,
      };
    } finally {
      signal.removeEventListener('abort', abort);
      pdf.end();
    }
  });
}
