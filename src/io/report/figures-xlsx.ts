import { TIERS } from '../../domain/zones/tier';
import type { ReportJson } from './figures-report';

const HEADER = ['scope', 'id', 'name', 'tier', 'records', 'households', 'residents', 'areaSquareMeters', 'cases'];
const CLOCK_HEADER = ['lastCaseOn', 'caseFreeDays', 'eligibleOn'];

/**
 * The planning report as an .xlsx workbook: the tiers and the zones on one sheet (with each zone's
 * clock when the report has them), the input files' balances on another, numbers as numbers. Names are written as text cells, which Excel never runs as formulas. exceljs is loaded
 * only when a workbook is asked for.
 */
export async function figuresXlsx(report: ReportJson): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('figures');
  const withClocks = report.zones.some((zone) => zone.caseFreeDays !== undefined);
  sheet.addRow(withClocks ? [...HEADER, ...CLOCK_HEADER] : HEADER);
  for (const tier of TIERS) {
    const t = report.tiers[tier];
    sheet.addRow(['tier', tier, tier, tier, t.records, t.households, t.residents, t.areaSquareMeters, t.cases ?? null]);
  }
  for (const zone of report.zones) {
    const clock = withClocks ? [zone.lastCaseOn ?? null, zone.caseFreeDays ?? null, zone.eligibleOn ?? null] : [];
    sheet.addRow([
      'zone',
      zone.id,
      zone.name,
      zone.tier,
      zone.records,
      zone.households,
      zone.residents,
      zone.areaSquareMeters,
      zone.cases ?? null,
      ...clock,
    ]);
  }
  sheet.getRow(1).font = { bold: true };
  // Each input file's balance, on a sheet of its own: read = accepted + rejected + skipped.
  const inputs = workbook.addWorksheet('inputs');
  inputs.addRow(['kind', 'file', 'lines', 'read', 'accepted', 'rejected', 'skipped']);
  for (const input of report.inputs)
    inputs.addRow([
      input.kind,
      input.file,
      input.lines ?? null,
      input.read ?? null,
      input.accepted,
      input.rejected ?? null,
      input.skipped ?? null,
    ]);
  inputs.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
