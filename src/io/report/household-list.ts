import type { HouseholdRecord } from '../../domain/households/household-record';
import { safeCsvCell } from '../import/report-csv';

/** The columns of a door-to-door list, in their order. */
export interface HouseholdListLabels {
  internal: string;
  zone: string;
  id: string;
  address: string;
  households: string;
  residents: string;
  grid: string;
}

/**
 * A zone's household list for door-to-door teams as CSV: a first line marking it internal (it may
 * hold addresses), the zone's name, then one row per building, by grid and id so a team walks
 * its grid in order. Formula-like cells are escaped (catalogue row G6).
 */
export function householdListCsv(
  zoneName: string,
  records: readonly HouseholdRecord[],
  labels: HouseholdListLabels,
): string {
  const sorted = [...records].sort(
    (a, b) => (a.gridId ?? '').localeCompare(b.gridId ?? '') || a.id.localeCompare(b.id),
  );
  const rows: string[][] = [
    [labels.internal],
    [labels.zone, zoneName],
    [labels.id, labels.address, labels.households, labels.residents, labels.grid],
    ...sorted.map((record) => [
      record.id,
      record.address ?? '',
      String(record.households),
      String(record.residents),
      record.gridId ?? '',
    ]),
  ];
  return '\uFEFF' + rows.map((row) => row.map(safeCsvCell).join(',')).join('\r\n') + '\r\n';
}
