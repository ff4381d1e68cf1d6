import { fileTooLarge } from '../../io/import/import-file';

/** Offers text to the user as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offers a blob (a workbook, say) to the user as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file's size for people: "2.3 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

/** A file name safe on every system, from a plan name. */
export function safeFileName(name: string): string {
  const printable = [...name].filter((char) => char.charCodeAt(0) >= 32).join('');
  return (
    printable
      .replace(/[\\/:*?"<>|]+/g, '_')
      .trim()
      .slice(0, 80) || 'plan'
  );
}

/** Files above this size are refused before reading, with a message. */
export const MAX_ZONE_FILE_BYTES = 50 * 1024 * 1024;

/** The values of the "file too large" message, or undefined when the file is small enough. */
export function tooLarge(file: File): Record<string, string | number> | undefined {
  return fileTooLarge(file.name, file.size, MAX_ZONE_FILE_BYTES)?.values;
}
