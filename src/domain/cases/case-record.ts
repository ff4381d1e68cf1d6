/** Whether a case showed symptoms. */
export const CASE_KINDS = ['confirmed', 'asymptomatic'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * Where a case was found. A case found in quarantine (集中隔离点) is a different situation from one
 * found in the community: its contacts are already isolated.
 */
export const FOUND_IN = ['community', 'quarantine', 'screening', 'imported'] as const;
export type FoundIn = (typeof FOUND_IN)[number];

/** One case, as imported (docs/architecture.md, Domain model). Personal fields never reach this type. */
export interface CaseRecord {
  id: string;
  lng: number;
  lat: number;
  /** ISO calendar date. */
  reportedOn: string;
  onsetOn?: string;
  kind: CaseKind;
  foundIn: FoundIn;
  sourceFile: string;
  sourceRow: number;
}
