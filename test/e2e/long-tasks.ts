import type { Page } from 'playwright-core';

/**
 * Main-thread time, split into Cordon's own work and the map's drawing, from Chromium's Long
 * Animation Frames API: each frame over 50 ms lists the scripts it ran and how long each took.
 *
 * The rule (docs/architecture.md, "Main thread") is that no task of Cordon's own runs over 100 ms; WebGL frames
 * are measured apart, because here WebGL runs on the CPU (SwiftShader) and one repaint of a large
 * map is itself 100–300 ms, varying ±20 % from frame to frame. The old measure, whole long tasks
 * against the slowest of a dozen plain repaints, mixed the two and failed by a millisecond when a
 * frame was slow (CI: 114 ms against a bound of 113). Drawing is what the map and deck.gl run in
 * their animation-frame callbacks (and maplibre's canvas resize); everything else is counted as
 * ours: event handlers, timers, worker replies, React's scheduler, promise continuations.
 */
export interface MainThreadTime {
  /** Each of our scripts that ran longer than 5 ms inside a long frame: who called it, for how long (ms). */
  ours: { script: string; ms: number }[];
  /** Each long frame as a whole, drawing included, in ms. */
  frames: number[];
}

const DRAWING = ['FrameRequestCallback', 'ResizeObserverCallback'];

/** Starts recording long animation frames (from now on; earlier ones are not kept). */
export const watchLongTasks = (page: Page) =>
  page.evaluate((drawing) => {
    const time = { ours: [] as { script: string; ms: number }[], frames: [] as number[] };
    (window as unknown as { __mainThreadTime: typeof time }).__mainThreadTime = time;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as PerformanceEntry & {
          scripts: { invoker: string; sourceFunctionName: string; sourceCharPosition: number; duration: number }[];
        };
        time.frames.push(Math.round(frame.duration));
        for (const script of frame.scripts)
          if (!drawing.includes(script.invoker) && script.duration > 5)
            time.ours.push({
              script: `${script.invoker} ${script.sourceFunctionName || 'anonymous'}@${script.sourceCharPosition}`,
              ms: Math.round(script.duration),
            });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  }, DRAWING);

export const longTasks = (page: Page): Promise<MainThreadTime> =>
  page.evaluate(() => {
    const time = (window as unknown as { __mainThreadTime: MainThreadTime }).__mainThreadTime;
    return { ours: time.ours.slice(), frames: time.frames.slice() };
  });

export const clearLongTasks = (page: Page) =>
  page.evaluate(() => {
    const time = (window as unknown as { __mainThreadTime: MainThreadTime }).__mainThreadTime;
    time.ours.splice(0);
    time.frames.splice(0);
  });

/** The longest of our scripts, in ms (0 when none ran over 5 ms in a long frame). */
export const longestOfOurs = (time: MainThreadTime): number => Math.max(0, ...time.ours.map((script) => script.ms));

/** The figures a test prints: our longest scripts and the frames, drawing included. */
export const describeMainThread = (time: MainThreadTime): string =>
  `our scripts over 5 ms: ${JSON.stringify(time.ours)}; long frames, drawing included: ${JSON.stringify(time.frames)}`;
