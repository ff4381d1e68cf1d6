import type { GazetteerEntry } from './gazetteer';

/** How a query is compared: lower case, without spaces, apostrophes or hyphens ("Nan Hu" = "nanhu"). */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’\-·]/g, '');
}

const KIND_ORDER = { district: 0, zone: 1, place: 2 } as const;

/**
 * The gazetteer's entries for a query, best first: Chinese characters (南湖), full pinyin (nanhu),
 * pinyin initials (nhq) or the English name. A whole match beats a beginning, a beginning beats a
 * part; then districts, zones, places; then shorter names.
 */
export function searchGazetteer(entries: readonly GazetteerEntry[], query: string, limit = 8): GazetteerEntry[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const scored: { entry: GazetteerEntry; score: number }[] = [];
  for (const entry of entries) {
    const syllables = entry.py.split(' ');
    const fields = [entry.zh, syllables.join(''), syllables.map((s) => s[0] ?? '').join(''), normalizeQuery(entry.en)];
    let score = Infinity;
    for (const field of fields) {
      if (field === q) score = Math.min(score, 0);
      else if (field.startsWith(q)) score = Math.min(score, 1);
      else if (q.length >= 2 && field.includes(q)) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.zh.length - b.entry.zh.length ||
      (a.entry.zh < b.entry.zh ? -1 : a.entry.zh > b.entry.zh ? 1 : 0),
  );
  return scored.slice(0, limit).map((item) => item.entry);
}
