/**
 * Excel workbooks, read as a stream (xlsx-stream.ts): the zip's directory is checked before
 * anything is inflated, and the sheet is parsed a megabyte at a time with progress and bounds.
 */
export {
  tableFromXlsxStream as tableFromXlsx,
  XLSX_LIMITS,
  type XlsxStreamResult as XlsxTableResult,
} from './xlsx-stream';
