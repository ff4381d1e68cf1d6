import { BasemapFileError } from '../../map/basemap-file/archive-info';
import { openArchive, type OpenedArchive } from '../../map/basemap-file/open-archive';
import { forgetBasemapFile, keepBasemapFile, keptBasemapFile } from '../../io/basemap-file-storage';

/** The kept map file, opened once per session (the dialog and the map share it). */
let current: Promise<OpenedArchive | undefined> | undefined;

/** The kept map file, opened; undefined when none is kept. */
export function openedBasemapFile(name: string): Promise<OpenedArchive | undefined> {
  current ??= keptBasemapFile().then((file) => (file ? openArchive(file, name) : undefined));
  current.catch(() => (current = undefined));
  return current;
}

/**
 * Opens a map file the user chose: reads it first (a file that is not a usable map changes
 * nothing), then keeps a copy in private storage, so it is there after a reload.
 */
export async function chooseBasemapFile(file: File): Promise<OpenedArchive> {
  await openArchive(file, file.name); // refuses a bad file before anything is stored
  let kept: File;
  try {
    kept = await keepBasemapFile(file);
  } catch (error) {
    throw new BasemapFileError('storage', error instanceof Error ? error.message : String(error));
  }
  const opened = await openArchive(kept, file.name);
  current = Promise.resolve(opened);
  return opened;
}

export async function removeBasemapFile(): Promise<void> {
  current = undefined;
  await forgetBasemapFile();
}
