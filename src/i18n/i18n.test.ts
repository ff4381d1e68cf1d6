import { describe, expect, it } from 'vitest';
import { en, zhCN } from './strings';
import { formatCount, pickLanguage, translate, translateNote } from './i18n';

describe('i18n', () => {
  it('has every string in both languages, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zhCN)]) expect(value, key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (key === 'rasterUrlHint' || key === 'invalidRasterUrl') continue; // {z} {x} {y} are URL syntax here
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('picks the saved language, then the browser, then Chinese', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['en-GB'])).toBe('en');
    expect(pickLanguage(null, ['fr-FR'])).toBe('zh-CN');
    expect(pickLanguage('klingon', [])).toBe('zh-CN');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'zoom', { zoom: 9.5 })).toBe('Zoom 9.5');
    expect(translate('zh-CN', 'loadingFile', { file: '住户', percent: 40 })).toBe('正在加载住户：40%');
    expect(translate('en', 'zoom')).toBe('Zoom {zoom}');
  });

  it('chooses plural forms by the number, in both languages', () => {
    expect(translate('en', 'hexTooltip', { count: 1, resolution: 8 })).toBe('1 case in this hexagon (resolution 8)');
    expect(translate('en', 'hexTooltip', { count: 3, resolution: 8 })).toBe('3 cases in this hexagon (resolution 8)');
    expect(translate('en', 'importCommit', { count: '1,204' })).toBe('Import 1,204 records');
    expect(translate('en', 'importCommit', { count: '1' })).toBe('Import 1 record');
    expect(translate('zh-CN', 'hexTooltip', { count: 1, resolution: 8 })).not.toMatch(/plural|[{}]/);
    for (const [key, text] of Object.entries(en)) {
      if (text.includes('plural')) expect(translate('en', key as keyof typeof en, {}), key).toContain('plural');
    }
  });

  it('groups large counts', () => {
    expect(formatCount('en', 2080510)).toBe('2,080,510');
  });
});

describe('plan notes', () => {
  it('translate nested keys, so a plan made in one language reads in the other', () => {
    const note = { key: 'noteCreated', values: { name: 'S-1', tierKey: 'tier_sealed' } };
    expect(translateNote('en', note)).toBe('Drew S-1 (Sealed zone)');
    expect(translateNote('zh-CN', note)).toBe('绘制了 S-1（封控区）');
    expect(translateNote('en', { key: 'unknown-key' })).toBe('unknown-key');
  });
});
