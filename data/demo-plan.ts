import type { Feature, FeatureCollection } from 'geojson';
import { AreaIndex } from '../src/domain/geo/area-index';
import { areaBBox, bboxContains } from '../src/domain/geo/bbox';
import type { AreaGeometry } from '../src/domain/geo/types';
import type { CaseRecord } from '../src/domain/cases/case-record';
import { emptyPlan, type Plan } from '../src/domain/plan/plan';
import { dayFromIsoDate, isoDateFromDay } from '../src/domain/time/day-number';
import type { Zone } from '../src/domain/zones/zone';
import { withDemoData } from '../src/io/demo-data/demo-datasets';
import { demoSites } from '../src/io/demo-data/demo-sites';
import { QUARANTINE_SITE } from './demo-places';

/** The day the demo plan stands on: the public demo publication is as of it. */
export const DEMO_PLAN_DATE = '2022-04-20';
/** How many compounds with the most recent cases the demo plan seals. */
const SEALED_COMPOUNDS = 10;
/** Cases reported in this many days up to the plan's date make a compound a candidate. */
const RECENT_DAYS = 14;

/**
 * A plan on the demo outbreak for the public demo publication (`npm run data:demo-plan`): the
 * compounds with the most cases in the two weeks up to DEMO_PLAN_DATE sealed from the day after
 * their first case, rings of 500 m and 2 000 m around them, and the quarantine site's
 * first sealed zone, lifted since. Deterministic: the same files give the same plan.
 */
export function demoPublicPlan(cases: readonly CaseRecord[], compounds: FeatureCollection): Plan {
  const until = dayFromIsoDate(DEMO_PLAN_DATE) as number;
  const known = cases.filter((record) => (dayFromIsoDate(record.reportedOn) as number) <= until);
  const isRecent = (record: CaseRecord) => (dayFromIsoDate(record.reportedOn) as number) > until - RECENT_DAYS;
  const scored = compounds.features.map((feature: Feature) => {
    const geometry = feature.geometry as AreaGeometry;
    const box = areaBBox(geometry);
    const index = new AreaIndex(geometry);
    const inside = known.filter(
      (record) => bboxContains(box, record.lng, record.lat) && index.covers(record.lng, record.lat),
    );
    return { feature, geometry, inside, recent: inside.filter(isRecent).length };
  });
  const chosen = scored
    .filter((entry) => entry.recent > 0)
    .sort(
      (a, b) => b.recent - a.recent || String(a.feature.properties?.id).localeCompare(String(b.feature.properties?.id)),
    )
    .slice(0, SEALED_COMPOUNDS);
  const zones: Zone[] = chosen.map((entry, i) => {
    const first = Math.min(...entry.inside.map((record) => dayFromIsoDate(record.reportedOn) as number));
    const declaredOn = isoDateFromDay(Math.min(first + 1, until));
    return {
      id: `demo-sealed-${i + 1}`,
      tier: 'sealed',
      name: String(entry.feature.properties?.nameZh),
      geometry: entry.geometry,
      declaredOn,
      origin: 'drawn',
      notes: '',
      events: [{ kind: 'declared', on: declaredOn }],
    };
  });
  const d = 0.0012;
  const { lng, lat } = QUARANTINE_SITE;
  zones.push({
    id: 'demo-quarantine-site',
    tier: 'sealed',
    name: '经开区集中隔离点',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng - d, lat - d],
          [lng + d, lat - d],
          [lng + d, lat + d],
          [lng - d, lat + d],
          [lng - d, lat - d],
        ],
      ],
    },
    declaredOn: '2022-03-27',
    liftedOn: '2022-04-12',
    origin: 'drawn',
    notes: '',
    events: [
      { kind: 'declared', on: '2022-03-27' },
      { kind: 'lifted', on: '2022-04-12' },
    ],
  });
  const plan = withDemoData(emptyPlan('嘉兴 示例 Jiaxing demo'));
  return { ...plan, zones, settings: { ...plan.settings, workingDate: DEMO_PLAN_DATE }, sites: demoSites() };
}
