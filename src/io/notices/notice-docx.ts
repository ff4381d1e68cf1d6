import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { sectionNumber, type Notice } from '../../domain/notices/notice';
import type { NoticeLanguage } from '../../domain/notices/notice-template';

/** Official notices set Chinese in FangSong (仿宋), the title in a heavier Song; Latin text in Times New Roman. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
/** Half-points: 三号 (16 pt) for the body, 二号 (22 pt) for the title, as such notices are set. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

const text = (content: string, bold = false) => new TextRun({ text: content, font: BODY_FONT, size: BODY_SIZE, bold });
const paragraph = (
  content: string,
  options: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    children: [text(content)],
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    // Two characters of first-line indent, as Chinese official documents are set.
    indent: options.indent === false ? undefined : { firstLine: BODY_SIZE * 20 },
    spacing: { line: 560, after: 0 },
  });

/**
 * A drafted notice as a Word document (docs/architecture.md, Notices): the title centred, the
 * legal basis, numbered sections with the places one a line, the closing line, and the issuer and
 * date at the right. Text only: nothing from the plan is read as markup.
 */
export async function noticeDocx(notice: Notice, language: NoticeLanguage): Promise<Uint8Array> {
  const body: Paragraph[] = [
    new Paragraph({
      children: [new TextRun({ text: notice.title, font: TITLE_FONT, size: TITLE_SIZE, bold: true })],
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
    }),
    paragraph(notice.basis),
  ];
  notice.sections.forEach((section, i) => {
    const number = sectionNumber(i, language);
    section.paragraphs.forEach((line, p) => body.push(paragraph(p === 0 ? `${number}${line}` : line)));
    for (const place of section.places ?? []) body.push(paragraph(place));
  });
  body.push(paragraph(notice.closing));
  body.push(new Paragraph({ children: [], spacing: { after: 400 } }));
  body.push(paragraph(notice.issuer, { indent: false, align: AlignmentType.RIGHT }));
  body.push(paragraph(notice.date, { indent: false, align: AlignmentType.RIGHT }));
  const document = new Document({
    creator: 'Cordon',
    title: notice.title,
    sections: [
      {
        properties: {
          // A4 with the margins of official documents (37 mm top, 28 mm left, 35 mm bottom, 26 mm right), in twips.
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, left: 1587, bottom: 1984, right: 1474 } },
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
