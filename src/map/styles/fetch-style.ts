import type * as maplibregl from 'maplibre-gl';
import { assertStyle } from './online-style';

const STYLE_FETCH_TIMEOUT_MS = 8000;

/** An online basemap's style, fetched without credentials within a time limit and checked as a MapLibre style. */
export async function fetchStyle(url: string): Promise<maplibregl.StyleSpecification> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), STYLE_FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const style: unknown = await response.json();
    assertStyle(style);
    return style;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError')
      throw new Error(`no answer within ${STYLE_FETCH_TIMEOUT_MS / 1000} s`, { cause: error });
    if (error instanceof TypeError) throw new Error(`network unreachable (${error.message})`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
