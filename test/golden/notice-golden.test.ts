/**
 * Golden notices (test/fixtures/notices): a sealed zone over Nanhu's old town on the demo's
 * compounds, with a few household addresses, drafted in both languages, and the notice lifting it.
 * Regenerated on purpose only: `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/domain/cases/zone-clock';
import { labelPoint } from '../../src/domain/geo/label-point';
import type { AreaGeometry } from '../../src/domain/geo/types';
import { draftNotice, noticeText, type NoticeKind, type NoticeZone } from '../../src/domain/notices/notice';
import { groupNoticePlaces, placesInArea, type NamedPlace } from '../../src/domain/notices/notice-places';
import { defaultNoticeTemplates, type NoticeLanguage } from '../../src/domain/notices/notice-template';
import { DEFAULT_MEASURES } from '../../src/domain/publish/default-measures';
import { squareAround } from '../helpers/zone-builders';
import { AreaIndex } from '../../src/domain/geo/area-index';

const compounds = JSON.parse(readFileSync('public/demo/compounds.geojson', 'utf8')) as {
  features: { properties: { nameZh: string }; geometry: AreaGeometry }[];
};
const places: NamedPlace[] = compounds.features.map((feature) => ({
  name: feature.properties.nameZh,
  geometry: feature.geometry,
}));
const zoneArea = squareAround(120.757, 30.752, 320);
const inside = placesInArea(zoneArea, places);
const addresses = inside.length
  ? [
      `南湖区${inside[0]}3幢2单元501室`,
      `${inside[0]}1幢`,
      `${inside[0]} 12幢-302`,
      `${inside[0]}3幢1单元101室`,
      '南湖区解放路88号',
    ]
  : [];
const zone: NoticeZone = {
  id: 'golden',
  name: '南湖老城片区',
  tier: 'sealed',
  declaredOn: '2022-04-02',
  events: [{ kind: 'declared', on: '2022-04-02' }],
  places: groupNoticePlaces(inside, addresses),
};
/** The same zone once lifted. */
const lifted: NoticeZone = {
  ...zone,
  liftedOn: '2022-04-20',
  events: [...zone.events, { kind: 'lifted', on: '2022-04-20' }],
};
const tierNames: Record<NoticeLanguage, Record<'sealed' | 'controlled' | 'precaution', string>> = {
  'zh-CN': { sealed: '封控区', controlled: '管控区', precaution: '防范区' },
  en: { sealed: 'sealed zone', controlled: 'controlled zone', precaution: 'precaution zone' },
};

const draft = (kind: NoticeKind, language: NoticeLanguage) =>
  noticeText(
    draftNotice({
      kind,
      zones: [kind === 'lift' ? lifted : zone],
      language,
      template: defaultNoticeTemplates()[language],
      measures: DEFAULT_MEASURES,
      protocol: defaultProtocol(),
      date: '2022-04-02',
      tierNames: tierNames[language],
    }),
    language,
  );

describe('golden notices', () => {
  it('lists each compound inside the zone once and none outside', () => {
    const index = new AreaIndex(zoneArea);
    const expected = places
      .filter((place) => {
        const [lng, lat] = labelPoint(place.geometry as AreaGeometry);
        return index.covers(lng, lat);
      })
      .map((place) => place.name);
    expect(inside.length).toBeGreaterThan(2);
    expect(new Set(zone.places.map((place) => place.name))).toEqual(new Set([...expected, '南湖区解放路88号']));
    const text = draft('declare', 'zh-CN');
    for (const name of expected) expect(text.split(name).length - 1, name).toBe(1);
    for (const place of places) if (!expected.includes(place.name)) expect(text).not.toContain(place.name);
    // Never a unit, door or room number.
    expect(text).not.toMatch(/单元|501|101|302/);
  });

  it.each([
    ['declare', 'zh-CN'],
    ['declare', 'en'],
    ['lift', 'zh-CN'],
  ] as const)('drafts the %s notice in %s as checked in', (kind, language) => {
    const path = `test/fixtures/notices/${kind}.${language}.txt`;
    const text = draft(kind, language);
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
