import type { Language } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { megabytes } from '../shared/files';

/** What the browser says of this site's storage (`navigator.storage.estimate()`, `persisted()`). */
export interface StorageUse {
  used?: number;
  quota?: number;
  persisted?: boolean;
}

/** Warn at this share of the quota (HOSTILE-INPUTS R3). */
export const STORAGE_WARNING_SHARE = 0.8;

export async function storageUse(): Promise<StorageUse> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  return { used: estimate?.usage, quota: estimate?.quota, persisted };
}

/** An amount of storage for people: "812 kB", "2.3 MB" (as file sizes are written), "1.2 GB". */
export function storageAmount(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return megabytes(bytes);
  return `${Math.ceil(bytes / 1e3)} kB`;
}

/** The share used, in whole per cent, or undefined when the browser does not say. */
export function usedPercent(use: StorageUse): number | undefined {
  if (use.used === undefined || !use.quota) return undefined;
  return Math.min(100, Math.floor((use.used / use.quota) * 100));
}

/** A save's time as the History's change log writes times: Asia/Shanghai, in the page's language. */
export function savedTime(iso: string, language: Language = usePlannerStore.getState().language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language, { timeZone: 'Asia/Shanghai' });
}

/** After the first save: a notice when the browser's storage is 80 % full or more. */
export async function warnWhenStorageNearlyFull(): Promise<void> {
  const use = await storageUse();
  const percent = usedPercent(use);
  if (percent === undefined || percent < STORAGE_WARNING_SHARE * 100) return;
  usePlannerStore.getState().notify({
    kind: 'error',
    key: 'storageNearlyFull',
    values: { percent, used: storageAmount(use.used ?? 0), quota: storageAmount(use.quota ?? 0) },
    action: 'downloadPlan',
    tag: 'storage-full',
  });
}
