import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../domain/notices/notice';
import { noticeDocx } from './notice-docx';

describe('the notice as a Word document', () => {
  it('is a .docx (a zip with word/document.xml) holding the title, every place and the issuer, as text', async () => {
    const notice: Notice = {
      title: '关于划定清桥苑为封控区的通告',
      basis: '根据有关规定，现通告如下：',
      sections: [
        {
          paragraphs: ['自2022年3月27日起，将清桥苑划定为封控区。范围包括：'],
          places: ['清桥苑：1幢、3幢', '<script>alert(1)</script>'],
        },
      ],
      closing: '特此通告。',
      issuer: '嘉兴市疫情防控工作领导小组办公室（示例）',
      date: '2022年3月27日',
    };
    const files = unzipSync(await noticeDocx(notice, 'zh-CN'));
    const xml = strFromU8(files['word/document.xml']);
    for (const line of [
      '关于划定清桥苑为封控区的通告',
      '一、自2022年3月27日起',
      '清桥苑：1幢、3幢',
      '嘉兴市疫情防控工作领导小组办公室（示例）',
    ])
      expect(xml).toContain(line);
    // Text stays text: markup in a name is escaped, never an element.
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
  });
});
