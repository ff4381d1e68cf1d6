import * as Comlink from 'comlink';
import { jsPDF } from 'jspdf';

/** One page: a JPEG of the whole page, drawn by the briefing's frame (ui/briefing/export). */
export interface PdfPage {
  jpeg: Uint8Array;
}

export interface PdfInfo {
  title: string;
  subject: string;
  /** Page size in points (1/72 inch): A4 landscape is 841.89 × 595.28. */
  width: number;
  height: number;
}

/**
 * Writes the slides' PDF with jsPDF, one image per page at the page's full size. Here, off the
 * main thread: jsPDF copies every image through strings, tens of megabytes for ten pages.
 */
function makePdf(pages: PdfPage[], info: PdfInfo): Uint8Array {
  const format: [number, number] = [info.width, info.height];
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format, compress: true });
  pdf.setProperties({ title: info.title, subject: info.subject, creator: 'Cordon' });
  pages.forEach((page, i) => {
    if (i > 0) pdf.addPage(format, 'landscape');
    pdf.addImage(page.jpeg, 'JPEG', 0, 0, info.width, info.height, `page-${i + 1}`, 'NONE');
  });
  const bytes = new Uint8Array(pdf.output('arraybuffer'));
  return Comlink.transfer(bytes, [bytes.buffer]);
}

const api = { makePdf };
export type PdfApi = typeof api;
Comlink.expose(api);
