import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../cases/zone-clock';
import { DEFAULT_MEASURES } from '../publish/default-measures';
import { draftNotice, lastTierChange, noticeKindsFor, noticeText, type NoticeZone } from './notice';
import { addressPlace, buildingRuns, groupNoticePlaces } from './notice-places';
import { defaultNoticeTemplates, fillTemplate } from './notice-template';

describe('notice places', () => {
  it('keep a compound and its building from an address, never the unit, door or room', () => {
    expect(addressPlace('南湖区清桥苑3幢2单元501室')).toEqual({ name: '南湖区清桥苑', building: '3幢' });
    expect(addressPlace('清桥苑 12号楼 302')).toEqual({ name: '清桥苑', building: '12号楼' });
    expect(addressPlace('清桥苑2单元5幢')).toEqual({ name: '清桥苑' });
    expect(addressPlace('梅堤家园 3-502')).toEqual({ name: '梅堤家园' });
    expect(addressPlace('  ')).toBeUndefined();
    expect(addressPlace('501室')).toBeUndefined();
  });

  it('group addresses under the known places they name, each place once, sorted', () => {
    expect(
      groupNoticePlaces(['清桥苑', '东塘公馆'], ['南湖区清桥苑10幢', '清桥苑2幢1单元', '清桥苑2幢3单元', '新村5幢']),
    ).toEqual([
      { name: '东塘公馆', buildings: [] },
      { name: '清桥苑', buildings: ['2幢', '10幢'] },
      { name: '新村', buildings: ['5幢'] },
    ]);
  });

  it('join runs of three or more consecutive buildings into a range, and nothing else', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => `${i + 1}幢`);
    expect(buildingRuns(hundred, '至')).toEqual(['1幢至100幢']);
    expect(buildingRuns(['1幢', '2幢', '4幢', '5幢', '6幢', '8幢'], '至')).toEqual(['1幢', '2幢', '4幢至6幢', '8幢']);
    // Another word or a Chinese numeral breaks a run.
    expect(buildingRuns(['1幢', '2栋', '3幢', '三幢'], ' to ')).toEqual(['1幢', '2栋', '3幢', '三幢']);
    expect(buildingRuns(['１幢', '２幢', '３幢'], '至')).toEqual(['１幢至３幢']);
    expect(buildingRuns([], '至')).toEqual([]);
  });
});

describe('notices', () => {
  const zone: NoticeZone = {
    id: 'z',
    name: '清桥苑',
    tier: 'controlled',
    declaredOn: '2022-03-27',
    events: [
      { kind: 'declared', on: '2022-03-27' },
      { kind: 'adjusted', on: '2022-04-05', note: 'tier:sealed>controlled' },
    ],
    places: [{ name: '清桥苑', buildings: [] }],
  };
  const tierNames = { sealed: '封控区', controlled: '管控区', precaution: '防范区' };

  it('offer declaring while in force, a downgrade once recorded, lifting once lifted', () => {
    expect(lastTierChange(zone)).toEqual({ from: 'sealed', to: 'controlled', on: '2022-04-05' });
    expect(noticeKindsFor(zone)).toEqual(['declare', 'downgrade']);
    expect(noticeKindsFor({ ...zone, liftedOn: '2022-04-20' })).toEqual(['downgrade', 'lift']);
    expect(noticeKindsFor({ ...zone, events: [zone.events[0]] })).toEqual(['declare']);
  });

  it('word a downgrade with the day it happened and the new tier’s measures and rule', () => {
    const text = noticeText(
      draftNotice({
        kind: 'downgrade',
        zones: [zone],
        language: 'zh-CN',
        template: defaultNoticeTemplates()['zh-CN'],
        measures: DEFAULT_MEASURES,
        protocol: defaultProtocol(),
        date: '2022-04-05',
        tierNames,
      }),
      'zh-CN',
    );
    expect(text).toContain('关于调整清桥苑风险区域等级的通告');
    expect(text).toContain('一、自2022年4月5日起，清桥苑由封控区调整为管控区，执行管控区管控措施。');
    expect(text).toContain('二、管控区实行以下管控措施：人不出区、严禁聚集。');
    expect(text).toContain('管控区内连续7天无新增感染者的，按程序调整为防范区。');
  });

  it('fill only the names they have, leaving others as written', () => {
    expect(fillTemplate('{a} and {b} and {constructor}', { a: '1' })).toBe('1 and {b} and {constructor}');
  });
});
