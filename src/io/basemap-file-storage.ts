import { writeWhole } from './file-handles';
/**
 * The user's map file, kept in the browser's origin-private file system (OPFS) so that it is there
 * after a reload without being opened again. One file at a time; its original name is kept in the
 * basemap settings.
 */
const STORED_NAME = 'cordon-basemap.pmtiles';

const directory = (): Promise<FileSystemDirectoryHandle> => {
  if (!navigator.storage?.getDirectory) throw new Error('this browser has no origin-private file system');
  return navigator.storage.getDirectory();
};

/** Copies the file into private storage (replacing the one kept before) and returns the kept copy. */
export async function keepBasemapFile(file: File): Promise<File> {
  const root = await directory();
  // Write under a temporary name first, so a failed copy (a full disk) leaves the old file in place.
  const partial = await root.getFileHandle(`${STORED_NAME}.partial`, { create: true });
  try {
    await writeWhole(partial, file);
    await root.removeEntry(STORED_NAME).catch(() => undefined);
    // OPFS handles can be renamed in Chromium (move); copy over where that is missing.
    const movable = partial as FileSystemFileHandle & { move?: (name: string) => Promise<void> };
    if (movable.move) await movable.move(STORED_NAME);
    else {
      const target = await root.getFileHandle(STORED_NAME, { create: true });
      await writeWhole(target, await partial.getFile());
      await root.removeEntry(`${STORED_NAME}.partial`);
    }
  } catch (error) {
    await root.removeEntry(`${STORED_NAME}.partial`).catch(() => undefined);
    throw error;
  }
  return keptBasemapFile().then((kept) => {
    if (!kept) throw new Error('the map file was not kept');
    return kept;
  });
}

/** The kept map file, or undefined when there is none. */
export async function keptBasemapFile(): Promise<File | undefined> {
  try {
    const handle = await (await directory()).getFileHandle(STORED_NAME);
    return await handle.getFile();
  } catch {
    return undefined;
  }
}

export async function forgetBasemapFile(): Promise<void> {
  await (await directory()).removeEntry(STORED_NAME).catch(() => undefined);
}
