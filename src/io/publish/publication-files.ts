import type { PublicSnapshot } from '../../domain/publish/snapshot-types';
import { checkSnapshot } from './snapshot-schema';

/** The file every public page reads first; it names the current snapshot. Served short-lived. */
export const LATEST_FILE = 'latest.json';

/** What latest.json holds. */
export interface LatestPointer {
  publication: number;
  generatedAt: string;
  /** The snapshot's file name, relative to latest.json: content-hashed, served immutable. */
  snapshot: string;
}

/** A snapshot could not be written: the schema's problems, each with its field path. */
export class SnapshotRejected extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(`The snapshot does not match its schema: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The files of one publication, by name: the snapshot under a name made from its content's hash
 * (`snapshot-<n>-<hash12>.json`) and `latest.json` pointing at it. The snapshot is checked against
 * its schema first; a snapshot that fails is never written.
 */
export async function publicationFiles(snapshot: PublicSnapshot): Promise<Map<string, string>> {
  const checked = checkSnapshot(snapshot);
  if (!checked.ok) throw new SnapshotRejected(checked.problems);
  const text = JSON.stringify(snapshot);
  const name = `snapshot-${snapshot.publication}-${(await sha256Hex(text)).slice(0, 12)}.json`;
  const latest: LatestPointer = {
    publication: snapshot.publication,
    generatedAt: snapshot.generatedAt,
    snapshot: name,
  };
  return new Map([
    [name, text],
    [LATEST_FILE, JSON.stringify(latest, null, 2) + '\n'],
  ]);
}

/** Reads latest.json's text: the pointer, or why not. */
export function parseLatest(text: string): LatestPointer | undefined {
  try {
    const value = JSON.parse(text) as Partial<LatestPointer>;
    if (
      typeof value.publication === 'number' &&
      typeof value.generatedAt === 'string' &&
      typeof value.snapshot === 'string' &&
      /^snapshot-\d+-[0-9a-f]{12}\.json$/.test(value.snapshot)
    )
      return { publication: value.publication, generatedAt: value.generatedAt, snapshot: value.snapshot };
  } catch {
    /* not JSON: no pointer */
  }
  return undefined;
}
