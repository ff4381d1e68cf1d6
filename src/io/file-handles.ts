/**
 * Writes a file through the File System Access API as one whole: the browser swaps it in when the
 * stream closes, and a failed write is aborted, leaving the file as it was.
 */
export async function writeWhole(handle: FileSystemFileHandle, data: FileSystemWriteChunkType): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}
