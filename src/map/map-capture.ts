import type * as maplibregl from 'maplibre-gl';
import { haversineMeters } from '../domain/geo/distance';

/** A camera as slides keep it. */
export interface MapCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The size an export draws the map at: CSS pixels (what text and lines are sized in) times a pixel ratio. */
export interface CaptureSize {
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
}

/** What a capture gives: the map drawn at the asked size, and what a frame needs to describe it. */
export interface MapCapture {
  /** cssWidth × pixelRatio by cssHeight × pixelRatio device pixels. */
  image: HTMLCanvasElement;
  /** Metres one CSS pixel spans across the middle of the image. */
  metersPerCssPixel: number;
  bearing: number;
  /** The map's attribution line as its control shows it (text only). */
  attribution: string;
}

/** The map cannot be drawn that large here (the GPU's limits): an export fails rather than blurs. */
export class CaptureSizeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly maxWidth: number,
    readonly maxHeight: number,
  ) {
    super(
      `The map cannot be drawn at ${width} × ${height} here: this graphics device draws at most ${maxWidth} × ${maxHeight}.`,
    );
    this.name = 'CaptureSizeError';
  }
}

/** The export was cancelled. */
export class CaptureCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CaptureCancelled';
  }
}

/** The largest canvas this map's WebGL context can draw, in device pixels. */
export function maxCaptureSize(map: maplibregl.Map): [number, number] {
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return [0, 0];
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const texture = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
  const renderbuffer = gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number;
  return [Math.min(viewport[0], texture, renderbuffer), Math.min(viewport[1], texture, renderbuffer)];
}

/** How much to zoom so a view of `to` CSS pixels shows at least what `from` showed. */
export function zoomToKeepExtent(
  from: { width: number; height: number },
  to: { width: number; height: number },
): number {
  if (from.width <= 0 || from.height <= 0) return 0;
  return Math.log2(Math.min(to.width / from.width, to.height / from.height));
}

const waitForIdle = (map: maplibregl.Map, signal: AbortSignal | undefined, onIdle: () => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener('abort', abort);
      try {
        onIdle();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const abort = () => {
      map.off('idle', done);
      reject(new CaptureCancelled());
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    map.once('idle', done);
    map.triggerRepaint();
  });

/**
 * Draws the planner's own map off screen at an export's size and copies it (docs/architecture.md,
 * Briefing exports): the map's element is moved out of sight and sized in CSS pixels, the camera
 * placed (zoomed so the extent shown now stays in view), the pixel ratio set, and the frame copied in
 * the `idle` event, while the drawing is still in the buffer. A session draws several views (a PDF's
 * slides) without putting the map back in between. Everything is put back afterwards, even on
 * failure. A size beyond the GPU's limits is refused before anything moves.
 */
export async function withCaptureSession<T>(
  map: maplibregl.Map,
  size: CaptureSize,
  signal: AbortSignal | undefined,
  run: (capture: (camera: MapCamera) => Promise<MapCapture>) => Promise<T>,
  /** Tells what else draws into the map's canvas (deck.gl) that the canvas changed size. */
  canvasResized: () => void = () => undefined,
): Promise<T> {
  const width = Math.round(size.cssWidth * size.pixelRatio);
  const height = Math.round(size.cssHeight * size.pixelRatio);
  const [maxWidth, maxHeight] = maxCaptureSize(map);
  if (width > maxWidth || height > maxHeight) throw new CaptureSizeError(width, height, maxWidth, maxHeight);
  if (signal?.aborted) throw new CaptureCancelled();

  const container = map.getContainer();
  const before = {
    style: container.getAttribute('style'),
    width: container.clientWidth,
    height: container.clientHeight,
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  const zoomBy = zoomToKeepExtent(
    { width: before.width, height: before.height },
    { width: size.cssWidth, height: size.cssHeight },
  );
  const capture = async (camera: MapCamera): Promise<MapCapture> => {
    // First the camera at one device pixel per CSS pixel: the tiles and labels come in over several
    // cheap frames. Then the pixel ratio: one expensive frame (with no GPU, a frame of 5 million
    // pixels takes a second or two).
    map.setPixelRatio(1);
    canvasResized();
    map.jumpTo({ ...camera, zoom: camera.zoom + zoomBy });
    await waitForIdle(map, signal, () => undefined);
    map.setPixelRatio(size.pixelRatio);
    canvasResized();
    const canvas = map.getCanvas();
    // maplibre draws at a lower ratio when the canvas would pass its limits: never a blurred export.
    if (canvas.width !== width || canvas.height !== height)
      throw new CaptureSizeError(width, height, canvas.width, canvas.height);
    const image = document.createElement('canvas');
    image.width = width;
    image.height = height;
    await waitForIdle(map, signal, () => {
      const context = image.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(canvas, 0, 0);
    });
    const middle = size.cssHeight / 2;
    const left = map.unproject([size.cssWidth / 2 - 50, middle]);
    const right = map.unproject([size.cssWidth / 2 + 50, middle]);
    const attribution = container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
    return {
      image,
      metersPerCssPixel: haversineMeters([left.lng, left.lat], [right.lng, right.lat]) / 100,
      bearing: map.getBearing(),
      attribution: attribution.replace(/\s+/g, ' ').trim(),
    };
  };
  try {
    Object.assign(container.style, {
      position: 'fixed',
      left: `${-(size.cssWidth + 1000)}px`,
      top: '0px',
      width: `${size.cssWidth}px`,
      height: `${size.cssHeight}px`,
    });
    return await run(capture);
  } finally {
    if (before.style === null) container.removeAttribute('style');
    else container.setAttribute('style', before.style);
    // Back to the screen's own ratio (maplibre reads devicePixelRatio again when the override is cleared).
    map.setPixelRatio(null as unknown as number);
    canvasResized();
    map.jumpTo({ center: before.center, zoom: before.zoom, bearing: before.bearing, pitch: before.pitch });
  }
}

/** One view drawn off screen at an export's size (withCaptureSession). */
export function captureMap(
  map: maplibregl.Map,
  size: CaptureSize,
  camera: MapCamera,
  signal?: AbortSignal,
  canvasResized?: () => void,
): Promise<MapCapture> {
  return withCaptureSession(map, size, signal, (capture) => capture(camera), canvasResized);
}
