import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../../domain/briefing/key-figures';
import { frameText } from './frame-content';

const figures = keyFigures({ asOfDay: 19_100, zones: [] });

describe('frame text', () => {
  it('says what the briefing frame says, in the language asked for', () => {
    const en = frameText({
      language: 'en',
      planName: 'Jiaxing',
      viewTitle: 'Old town',
      slide: { number: 2, count: 5 },
      figures,
      time: '09:30',
      attribution: '© demo',
      sensitive: false,
    });
    expect(en.slideNumber).toBe('2 / 5');
    expect(en.asOf).toBe(`As of ${figures.asOf} · 09:30`);
    expect(en.tiers.map((tier) => tier.name)).toEqual(['Sealed zone', 'Controlled zone', 'Precaution zone']);
    expect(en.tables[0].rows[0]).toEqual({ cells: ['New cases', '0', '0'], total: true });
    expect(en.tables[1].head).toEqual(['', 'Zones', 'Households', 'Residents']);
    expect(en.internalBanner).toBeUndefined();
    const zh = frameText({
      language: 'zh-CN',
      planName: '嘉兴',
      viewTitle: '老城',
      figures,
      time: '09:30',
      attribution: '',
      sensitive: true,
      changedSince: '2022-04-20 08:00',
    });
    expect(zh.slideNumber).toBeUndefined();
    expect(zh.tiers[0]).toMatchObject({ name: '封控区', meaning: '足不出户，上门服务' });
    expect(zh.internalBanner).toBe('内部资料 — 含病例位置');
    expect(zh.changedNote).toContain('2022-04-20 08:00');
  });
});
