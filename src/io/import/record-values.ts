import type { CaseRecord } from '../../domain/cases/case-record';
import type { HouseholdRecord } from '../../domain/households/household-record';
import type { Site } from '../../domain/sites/site';

type ImportedRecord = CaseRecord | HouseholdRecord | Site;

/** Whether two records say the same thing, leaving out where they were read from. */
export function sameRecord(a: ImportedRecord, b: ImportedRecord): boolean {
  const strip = (record: ImportedRecord) => {
    const copy: Record<string, unknown> = { ...record };
    delete copy.sourceRow;
    delete copy.sourceFile;
    for (const name of Object.keys(copy)) if (copy[name] === undefined) delete copy[name];
    return JSON.stringify(copy);
  };
  return strip(a) === strip(b);
}

/** Grid names shared this way at most; past that, each row keeps its own (a file of unique "grids" gains nothing). */
const MAX_SHARED_NAMES = 65_536;

/** The one string kept for a text seen before, so equal texts share memory. */
export function sharedText(names: Map<string, string>, text: string): string {
  const known = names.get(text);
  if (known !== undefined) return known;
  if (names.size < MAX_SHARED_NAMES) names.set(text, text);
  return text;
}
