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

/** Why the page could not show a publication: the file, and what is wrong with it, for the page to say. */
export class SnapshotLoadError extends Error {
  override name = 'SnapshotLoadError';
}

/** A file's text as JSON, or the error that names it. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SnapshotLoadError(`${file}: not JSON (${(error as Error).message.slice(0, 120)})`);
  }
}

/** A fetch whose failure (network or HTTP) names the file. */
async function fetchText(file: string, init?: RequestInit): Promise<{ text: string; response: Response }> {
  let response: Response;
  try {
    response = await fetch(PUBLICATION_FOLDER + file, init);
  } catch (error) {
    throw new SnapshotLoadError(`${file}: ${(error as Error).message || 'could not be fetched'}`);
  }
  if (!response.ok) throw new SnapshotLoadError(`${file}: HTTP ${response.status}`);
  return { text: await response.text(), response };
}

/**
 * The current publication: latest.json, then the snapshot it names, checked against the schema.
 * Rejects only with a SnapshotLoadError that names the file and the problem.
 */
export async function loadSnapshot(): Promise<LoadedSnapshot> {
  const pointer = await fetchText(LATEST_FILE, { cache: 'no-cache' });
  const latest = parseLatest(pointer.text);
  if (!latest) throw new SnapshotLoadError(`${LATEST_FILE} does not name a snapshot`);
  const { text } = await fetchText(latest.snapshot);
  const checked = checkSnapshot(parseJson(text, latest.snapshot));
  if (!checked.ok)
    throw new SnapshotLoadError(`${latest.snapshot}: ${checked.problems[0].path}: ${checked.problems[0].message}`);
  return { snapshot: checked.snapshot, offline: pointer.response.headers.get(FROM_CACHE_HEADER) === '1' };
}
