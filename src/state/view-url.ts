import { dayFromIsoDate } from '../domain/time/day-number';
import { WINDOW_MODES, type WindowMode } from './time-store';

/**
 * What a planner's view is, as it goes in the page's URL (`#map=zoom/lat/lng&date=…&window=…&zone=…`)
 * so that it comes back after a reload and can be shared on the intranet. It holds no case data:
 * a camera, a date, a window and a zone's id. Read from outside, so every part is checked and a
 * bad one is dropped, never trusted (docs/architecture.md, The view in the URL).
 */
export interface UrlView {
  map?: { zoom: number; lat: number; lng: number };
  date?: string;
  window?: WindowMode;
  from?: string;
  zone?: string;
}

const MAX_ID = 100;
const ID = /^[\w.:-]+$/;

const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayFromIsoDate(value) !== undefined;

/** The view a URL hash names; parts that are missing or out of range are left out. */
export function parseUrlView(hash: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view: UrlView = {};
  const map = params.get('map')?.split('/').map(Number);
  if (
    map?.length === 3 &&
    map.every(Number.isFinite) &&
    map[0] >= 0 &&
    map[0] <= 22 &&
    Math.abs(map[1]) <= 85 &&
    Math.abs(map[2]) <= 180
  )
    view.map = { zoom: map[0], lat: map[1], lng: map[2] };
  const date = params.get('date');
  if (isDate(date)) view.date = date;
  const window = params.get('window');
  if (window && (WINDOW_MODES as readonly string[]).includes(window)) view.window = window as WindowMode;
  const from = params.get('from');
  if (isDate(from)) view.from = from;
  const zone = params.get('zone');
  if (zone && zone.length <= MAX_ID && ID.test(zone)) view.zone = zone;
  return view;
}

/** The URL hash of a view (to 5 decimals, about a metre; zoom to 2). */
export function formatUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.map) params.set('map', `${view.map.zoom.toFixed(2)}/${view.map.lat.toFixed(5)}/${view.map.lng.toFixed(5)}`);
  if (view.date) params.set('date', view.date);
  if (view.window && view.window !== 'all') params.set('window', view.window);
  if (view.window === 'custom' && view.from) params.set('from', view.from);
  if (view.zone) params.set('zone', view.zone);
  const text = params.toString().replace(/%2F/g, '/');
  return text ? `#${text}` : '';
}
