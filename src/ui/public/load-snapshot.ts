import type { PublicSnapshot } from '../../domain/publish/snapshot-types';
import { LATEST_FILE, parseLatest } from '../../io/publish/publication-files';
import { checkSnapshot } from '../../io/publish/snapshot-schema';

/** Where the page finds publications, relative to public.html. */
export const PUBLICATION_FOLDER = 'risk/';
/** The header the service worker (public-sw.js) adds to a response it served from its cache. */
export const FROM_CACHE_HEADER = 'x-cordon-from-cache';

export interface LoadedSnapshot {
  snapshot: PublicSnapshot;
  /** Set when the server could not be reached and the service worker's copy was used. */
  offline: boolean;
}

/** The current publication: latest.json, then the snapshot it names, checked against the schema. */
export async function loadSnapshot(): Promise<LoadedSnapshot> {
  const pointerResponse = await fetch(PUBLICATION_FOLDER + LATEST_FILE, { cache: 'no-cache' });
  if (!pointerResponse.ok) throw new Error(`${LATEST_FILE}: HTTP ${pointerResponse.status}`);
  const pointer = parseLatest(await pointerResponse.text());
  if (!pointer) throw new Error(`${LATEST_FILE} does not name a snapshot`);
  const response = await fetch(PUBLICATION_FOLDER + pointer.snapshot);
  if (!response.ok) throw new Error(`${pointer.snapshot}: HTTP ${response.status}`);
  const checked = checkSnapshot(await response.json());
  if (!checked.ok) throw new Error(`${pointer.snapshot}: ${checked.problems[0].path}: ${checked.problems[0].message}`);
  return { snapshot: checked.snapshot, offline: pointerResponse.headers.get(FROM_CACHE_HEADER) === '1' };
}
