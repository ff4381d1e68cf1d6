import { describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from '../../domain/plan/plan';
import type { Site } from '../../domain/sites/site';
import { translateNote } from '../../i18n/i18n';
import { parseProjectFile, serializePlan } from '../../io/project-file/project-file';
import { testContext } from '../../../test/helpers/zone-builders';
import type { CommandResult } from './command';
import { addSite, deleteSite, importSites, moveSite, updateSite } from './sites';

const planOf = (result: CommandResult): Plan => {
  if (!result.ok) throw new Error(result.reason.key);
  return result.plan;
};

describe('site commands', () => {
  it('place, change, move and delete a site, one logged step each, kept in the saved file', () => {
    const context = testContext();
    let plan = planOf(addSite(emptyPlan('p'), { kind: 'testing', lng: 120.75, lat: 30.75, capacity: 300 }, context));
    plan = planOf(addSite(plan, { kind: 'testing', lng: 120.76, lat: 30.75 }, context));
    plan = planOf(addSite(plan, { kind: 'isolation', lng: 120.73, lat: 30.72, name: ' 隔离酒店 ' }, context));
    expect(plan.sites.map((site) => [site.name, site.kind, site.capacity])).toEqual([
      ['T-1', 'testing', 300],
      ['T-2', 'testing', 0],
      ['隔离酒店', 'isolation', 0],
    ]);
    const [first, , hotel] = plan.sites;
    plan = planOf(updateSite(plan, { site: { ...hotel, capacity: 200, roomsInUse: 80, opens: '07:00' } }, context));
    // Only the fields of its kind are kept: an isolation site has no opening hours.
    expect(plan.sites[2]).toEqual({ ...hotel, capacity: 200, roomsInUse: 80 });
    plan = planOf(moveSite(plan, { id: first.id, lng: 120.751, lat: 30.751 }, context));
    expect(plan.sites[0]).toMatchObject({ lng: 120.751, lat: 30.751 });
    plan = planOf(deleteSite(plan, { id: plan.sites[1].id }, context));
    expect(plan.sites.map((site) => site.name)).toEqual(['T-1', '隔离酒店']);
    expect(plan.history.map((entry) => translateNote('en', entry.note))).toEqual([
      'Placed T-1 (testing site)',
      'Placed T-2 (testing site)',
      'Placed 隔离酒店 (isolation site)',
      'Changed 隔离酒店 (isolation site)',
      'Moved T-1',
      'Deleted T-2 (testing site)',
    ]);
    expect(translateNote('zh-CN', plan.history[0].note)).toBe('设置了 T-1（核酸采样点）');
    expect(parseProjectFile(serializePlan(plan))).toEqual({ ok: true, plan });
  });

  it('refuses what the plan file could not hold, changing nothing', () => {
    const context = testContext();
    const plan = planOf(addSite(emptyPlan('p'), { kind: 'isolation', lng: 120.75, lat: 30.75, capacity: 10 }, context));
    const site = plan.sites[0];
    const refusals: [Site, string][] = [
      [{ ...site, name: '  ' }, 'errorSiteName'],
      [{ ...site, capacity: 2.5 }, 'errorSiteCapacity'],
      [{ ...site, capacity: -1 }, 'errorSiteCapacity'],
      [{ ...site, roomsInUse: 11 }, 'errorSiteRoomsInUse'],
      [{ ...site, lng: Number.NaN }, 'errorSitePosition'],
      [{ ...site, kind: 'hospital' as Site['kind'] }, 'errorSiteKind'],
      [{ ...site, kind: 'testing', opens: '7 am' }, 'errorSiteTime'],
    ];
    for (const [changed, key] of refusals)
      expect(updateSite(plan, { site: changed }, context)).toMatchObject({ ok: false, reason: { key } });
    expect(deleteSite(plan, { id: 'gone' }, context)).toMatchObject({ ok: false, reason: { key: 'errorSiteMissing' } });
  });

  it('imports a list as one step, refusing an id the plan already holds', () => {
    const context = testContext();
    const listed: Site[] = [
      { id: 'T1', name: '采样点', kind: 'testing', lng: 120.75, lat: 30.75, capacity: 400 },
      { id: 'K1', name: '卡口', kind: 'checkpoint', lng: 120.7, lat: 30.78, capacity: 0, direction: '进城' },
    ];
    const plan = planOf(importSites(emptyPlan('p'), { sites: listed, fileName: 'sites.csv' }, context));
    expect(plan.sites).toEqual(listed);
    expect(translateNote('en', plan.history[0].note)).toBe('Imported 2 sites from sites.csv');
    expect(importSites(plan, { sites: [listed[0]], fileName: 'again.csv' }, context)).toMatchObject({
      ok: false,
      reason: { key: 'errorSiteIdTaken', values: { id: 'T1' } },
    });
  });
});
