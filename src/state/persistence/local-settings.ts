/**
 * Small settings kept in this browser (language, basemap). Storage may be unavailable (private
 * mode, blocked cookies, quota): reading then gives null and writing reports false, never throws.
 */
export const SETTINGS_KEYS = { language: 'cordon.language', basemap: 'cordon.basemap' } as const;

export function readSetting(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeSetting(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeSetting(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to remove where storage is blocked
  }
}
