/** The smallest workbook Excel's readers accept: one sheet, its XML given, zipped by fflate at `level`. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const WORKBOOK_PARTS: Zippable = {
  '[Content_Types].xml': strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
  'xl/workbook.xml': strToU8(
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="户" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  'xl/_rels/workbook.xml.rels': strToU8(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
};

export function minimalWorkbook(sheetXml: Uint8Array, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  return zipSync({ ...WORKBOOK_PARTS, 'xl/worksheets/sheet1.xml': sheetXml }, { level });
}
