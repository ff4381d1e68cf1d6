import { describe, expect, it } from 'vitest';
import { buildGazetteer, hasDoorNumber } from './gazetteer';
import { packGazetteer, unpackGazetteer } from './gazetteer-columns';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [120.7, 30.7],
      [120.71, 30.7],
      [120.71, 30.71],
      [120.7, 30.71],
      [120.7, 30.7],
    ],
  ],
};

describe('gazetteer', () => {
  it('never holds a room, unit or door number', () => {
    for (const name of ['3栋2单元501室', '金丝路88号1201室', '12户', 'Room 501', 'Unit 3', '#12', '＃3'])
      expect(hasDoorNumber(name), name).toBe(true);
    for (const name of ['南湖区', '清桥苑', '东塘公馆二期', '3号楼', 'Building 3'])
      expect(hasDoorNumber(name), name).toBe(false);
  });

  it('spells each name in pinyin and initials, places at a point inside, duplicates once, door numbers left out with their names', () => {
    const romanize = (zh: string) => ({ syllables: ['py', zh] });
    const { entries, leftOut } = buildGazetteer({
      districts: [{ id: '330402', nameZh: '南湖区', nameEn: 'Nanhu', geometry: square }],
      zones: [{ id: 'z1', name: '清桥苑', geometry: square }],
      places: [
        { nameZh: '清桥苑', nameEn: 'Qingqiao Yuan', geometry: square },
        { nameZh: '清桥苑', nameEn: 'Qingqiao Yuan', geometry: square },
        { nameZh: '6幢101室', geometry: { type: 'Point', coordinates: [120.7, 30.7] } },
      ],
      romanize,
    });
    expect(entries.map((entry) => [entry.kind, entry.zh, entry.en, entry.py])).toEqual([
      ['district', '南湖区', 'Nanhu', 'py 南湖区'],
      ['zone', '清桥苑', '清桥苑', 'py 清桥苑'],
      ['place', '清桥苑', 'Qingqiao Yuan', 'py 清桥苑'],
    ]);
    // Packed in columns for the snapshot, and back.
    const packed = packGazetteer(entries);
    expect(packed).toMatchObject({ kinds: 'dzp', en: ['Nanhu', '', 'Qingqiao Yuan'], ref: ['330402', 'z1', ''] });
    expect(unpackGazetteer(packed)).toEqual(entries);
    expect(entries[0].at).toEqual([120.705, 30.705]);
    expect(entries[1].zoneId).toBe('z1');
    expect(leftOut).toEqual(['6幢101室']);
  });
});
