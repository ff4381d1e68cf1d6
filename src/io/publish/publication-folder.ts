import { LATEST_FILE, parseLatest, type LatestPointer } from './publication-files';
import { writeWhole } from '../file-handles';

/**
 * Writing a publication straight into the public site's folder (the File System Access API, where
 * the browser has it; elsewhere the planner downloads a zip). The folder is the one that holds
 * `latest.json`, e.g. the site's `risk/`.
 */

/** The folder's latest.json is there but is not a Cordon pointer: nothing is written over it. */
export class NotAPublicationFolder extends Error {
  constructor(readonly folder: string) {
    super(`${folder}/${LATEST_FILE} is not a Cordon publication pointer`);
  }
}

/** The publication the folder holds now (its latest.json), or undefined when it has none yet. */
export async function folderLatest(folder: FileSystemDirectoryHandle): Promise<LatestPointer | undefined> {
  let text: string;
  try {
    text = await (await (await folder.getFileHandle(LATEST_FILE)).getFile()).text();
  } catch (error) {
    if ((error as DOMException)?.name === 'NotFoundError') return undefined;
    throw error;
  }
  const pointer = parseLatest(text);
  if (!pointer) throw new NotAPublicationFolder(folder.name);
  return pointer;
}

/**
 * The number of the next publication: after both the plan's last and the folder's, so a page that
 * reads the folder never goes back to an older number.
 */
export const nextPublicationNumber = (planLast: number | undefined, folder: LatestPointer | undefined): number =>
  Math.max(planLast ?? 0, folder?.publication ?? 0) + 1;

async function writeFile(folder: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
  await writeWhole(await folder.getFileHandle(name, { create: true }), text);
}

/**
 * Writes the publication's files: the snapshot first and `latest.json` last, so a page never reads
 * a pointer to a file that is not there yet (each file is swapped in whole when it is closed).
 */
export async function writePublicationFolder(
  folder: FileSystemDirectoryHandle,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [name, text] of files) if (name !== LATEST_FILE) await writeFile(folder, name, text);
  const latest = files.get(LATEST_FILE);
  if (latest !== undefined) await writeFile(folder, LATEST_FILE, latest);
}

type DirectoryPicker = (options: { id?: string; mode?: 'read' | 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

/** The browser's folder picker, or undefined where there is none (then the planner downloads a zip). */
export function directoryPicker(): DirectoryPicker | undefined {
  const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : undefined;
}
