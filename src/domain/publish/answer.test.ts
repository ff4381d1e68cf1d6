import { boxRing } from '../../../test/helpers/zone-builders';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../geo/types';
import { answerAt } from './answer';
import { searchGazetteer } from './search';
import type { GazetteerEntry } from './gazetteer';
import type { PublicSnapshot, PublicZone } from './snapshot-types';

const square = (lng: number, lat: number, half: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [boxRing(lng - half, lat - half, lng + half, lat + half)],
});
const zone = (id: string, tier: PublicZone['tier'], geometry: AreaGeometry): PublicZone => ({
  id,
  name: id,
  tier,
  declaredOn: '2022-04-01',
  geometry,
});
const sealed = zone('清桥苑', 'sealed', square(120.75, 30.75, 0.001));
const controlled = zone('城南', 'controlled', square(120.75, 30.75, 0.004));
const snapshot = {
  tiers: {
    sealed: square(120.75, 30.75, 0.001),
    controlled: {
      type: 'Polygon',
      coordinates: [square(120.75, 30.75, 0.006).coordinates[0], square(120.75, 30.75, 0.001).coordinates[0]],
    },
  },
  zones: [controlled, sealed],
} as unknown as PublicSnapshot;

describe('the public answer', () => {
  it('names the tier and the most severe zone at a place', () => {
    expect(answerAt(snapshot, 120.75, 30.75)).toEqual({ inside: true, tier: 'sealed', zone: sealed });
    expect(answerAt(snapshot, 120.753, 30.75)).toEqual({ inside: true, tier: 'controlled', zone: controlled });
    // In the derived ring only: the tier, no zone.
    expect(answerAt(snapshot, 120.755, 30.75)).toEqual({ inside: true, tier: 'controlled' });
  });

  it('says how far the nearest zone is from a place in none', () => {
    const answer = answerAt(snapshot, 120.77, 30.75);
    expect(answer.inside).toBe(false);
    if (answer.inside) return;
    expect(answer.nearest?.zone).toBe(controlled);
    // 0.016° of longitude at 30.75° N ≈ 1 529 m.
    expect(answer.nearest?.meters).toBeGreaterThan(1500);
    expect(answer.nearest?.meters).toBeLessThan(1560);
  });
});

describe('gazetteer search', () => {
  const entry = (kind: GazetteerEntry['kind'], zh: string, en: string, py: string): GazetteerEntry => ({
    kind,
    zh,
    en,
    py,
    at: [120.7, 30.7],
  });
  const entries = [
    entry('place', '南湖花园', 'Nanhu Huayuan', 'nan hu hua yuan'),
    entry('district', '南湖区', 'Nanhu', 'nan hu qu'),
    entry('place', '清桥苑', 'Qingqiao Yuan', 'qing qiao yuan'),
  ];
  it('finds by characters, pinyin, initials and English, best first', () => {
    expect(searchGazetteer(entries, '南湖').map((e) => e.zh)).toEqual(['南湖区', '南湖花园']);
    expect(searchGazetteer(entries, 'nhq').map((e) => e.zh)).toEqual(['南湖区']);
    expect(searchGazetteer(entries, 'Nan Hu').map((e) => e.zh)).toEqual(['南湖区', '南湖花园']);
    expect(searchGazetteer(entries, 'qqy').map((e) => e.zh)).toEqual(['清桥苑']);
    expect(searchGazetteer(entries, 'qiao').map((e) => e.zh)).toEqual(['清桥苑']);
    expect(searchGazetteer(entries, '  ')).toEqual([]);
  });
});
