import { HouseholdStoreBuilder, type HouseholdStore } from '../../domain/households/household-store';
import { MAX_HOUSEHOLDS_PER_RECORD, MAX_RESIDENTS_PER_RECORD } from '../../domain/households/household-record';
import { DemoFormatError } from './demo-format-error';
import { LineSplitter } from './line-splitter';

/** The header of the demo household file, column for column. */
export const HOUSEHOLD_COLUMNS = ['id', 'lng', 'lat', 'households', 'residents', 'grid_id', 'address'] as const;

const FILE = 'households.csv';

function number(text: string, line: number, field: string, integer: boolean): number {
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || (integer && (!Number.isInteger(value) || value < 0))) {
    throw new DemoFormatError(FILE, line, field, `"${text.slice(0, 40)}" is not a ${integer ? 'count' : 'number'}`);
  }
  const max = field === 'residents' ? MAX_RESIDENTS_PER_RECORD : MAX_HOUSEHOLDS_PER_RECORD;
  if (integer && value > max)
    throw new DemoFormatError(FILE, line, field, `${value} is more than ${max} in one record`);
  return value;
}

/**
 * Reads the demo household CSV as it streams in. `push` text chunks, then `finish()` for the store.
 * Throws DemoFormatError at the first bad line: demo files are generated, so nothing is skipped.
 */
export class DemoHouseholdReader {
  private readonly builder = new HouseholdStoreBuilder(1 << 16);
  private readonly splitter = new LineSplitter((line, lineNumber) => this.readLine(line, lineNumber));

  push(chunk: string): void {
    this.splitter.push(chunk);
  }

  finish(): HouseholdStore {
    this.splitter.end();
    return this.builder.build();
  }

  private readLine(line: string, lineNumber: number): void {
    if (lineNumber === 1) {
      if (line !== HOUSEHOLD_COLUMNS.join(',')) {
        throw new DemoFormatError(FILE, 1, 'header', `expected "${HOUSEHOLD_COLUMNS.join(',')}"`);
      }
      return;
    }
    if (line === '') return;
    const cells = line.split(',');
    if (cells.length !== HOUSEHOLD_COLUMNS.length) {
      throw new DemoFormatError(
        FILE,
        lineNumber,
        'row',
        `expected ${HOUSEHOLD_COLUMNS.length} fields, found ${cells.length}`,
      );
    }
    this.builder.addValues(
      cells[0],
      number(cells[1], lineNumber, 'lng', false),
      number(cells[2], lineNumber, 'lat', false),
      number(cells[3], lineNumber, 'households', true),
      number(cells[4], lineNumber, 'residents', true),
      cells[5],
      cells[6],
    );
  }
}
