/**
 * What is being typed into a zone's name or notes, kept in localStorage (synchronous, so it
 * survives a reload or a crash in the moment before it is applied). The zone editor applies a
 * field's text as one undoable step once typing pauses or the field is left; a draft found at
 * start-up is applied then (docs/architecture.md, Saving).
 */
export interface ZoneDraft {
  zoneId: string;
  name?: string;
  notes?: string;
}

const KEY = 'cordon-zone-draft';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function saveZoneDraft(draft: ZoneDraft): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // A full or blocked storage: the text stays in the field and is applied when typing pauses.
  }
}

export function clearZoneDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}

/** The draft left by the last session, read once and removed; anything malformed is dropped. */
export function takeZoneDraft(): ZoneDraft | undefined {
  const text = storage()?.getItem(KEY);
  clearZoneDraft();
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return undefined;
    const { zoneId, name, notes } = value as Record<string, unknown>;
    if (typeof zoneId !== 'string') return undefined;
    return {
      zoneId,
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof notes === 'string' ? { notes } : {}),
    };
  } catch {
    return undefined;
  }
}
