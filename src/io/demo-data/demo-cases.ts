import { CASE_KINDS, FOUND_IN, type CaseKind, type CaseRecord, type FoundIn } from '../../domain/cases/case-record';
import { dayFromIsoDate } from '../../domain/time/day-number';
import { DemoFormatError } from './demo-format-error';
import { LineSplitter } from './line-splitter';

/** The header of the demo case file, column for column. */
export const CASE_COLUMNS = ['id', 'lng', 'lat', 'reported_on', 'onset_on', 'kind', 'found_in'] as const;

const FILE = 'cases.csv';

/** Reads the whole demo case CSV into records; throws DemoFormatError at the first bad line. */
export function readDemoCases(text: string): CaseRecord[] {
  const records: CaseRecord[] = [];
  const splitter = new LineSplitter((line, lineNumber) => {
    if (lineNumber === 1) {
      if (line !== CASE_COLUMNS.join(','))
        throw new DemoFormatError(FILE, 1, 'header', `expected "${CASE_COLUMNS.join(',')}"`);
      return;
    }
    if (line === '') return;
    const cells = line.split(',');
    const fail = (field: string, reason: string): never => {
      throw new DemoFormatError(FILE, lineNumber, field, reason);
    };
    if (cells.length !== CASE_COLUMNS.length)
      fail('row', `expected ${CASE_COLUMNS.length} fields, found ${cells.length}`);
    const [id, lngText, latText, reportedOn, onsetOn, kind, foundIn] = cells;
    const lng = Number(lngText);
    const lat = Number(latText);
    if (lngText === '' || !Number.isFinite(lng)) fail('lng', `"${lngText}" is not a number`);
    if (latText === '' || !Number.isFinite(lat)) fail('lat', `"${latText}" is not a number`);
    if (dayFromIsoDate(reportedOn) === undefined) fail('reported_on', `"${reportedOn}" is not a YYYY-MM-DD date`);
    if (onsetOn !== '' && dayFromIsoDate(onsetOn) === undefined)
      fail('onset_on', `"${onsetOn}" is not a YYYY-MM-DD date`);
    if (!CASE_KINDS.includes(kind as CaseKind)) fail('kind', `"${kind}" is not one of ${CASE_KINDS.join(', ')}`);
    if (!FOUND_IN.includes(foundIn as FoundIn)) fail('found_in', `"${foundIn}" is not one of ${FOUND_IN.join(', ')}`);
    records.push({
      id,
      lng,
      lat,
      reportedOn,
      onsetOn: onsetOn === '' ? undefined : onsetOn,
      kind: kind as CaseKind,
      foundIn: foundIn as FoundIn,
      sourceFile: FILE,
      sourceRow: lineNumber,
    });
  });
  splitter.push(text);
  splitter.end();
  return records;
}
