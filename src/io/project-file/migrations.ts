import { DEMO_DATASETS } from '../demo-data/demo-datasets';
import { DEFAULT_PLANNING_RATES } from '../../domain/figures/planning-needs';
import { defaultProtocol } from '../../domain/cases/zone-clock';
import type { PlanV1, PlanV2, PlanV3, PlanV4, PlanV5, PlanV6, PlanV7, PlanV8 } from './schema';
import { defaultCoverageSettings } from '../../domain/plan/plan';
import { defaultNoticeTemplates } from '../../domain/notices/notice-template';

/**
 * Forward migrations, one per version step, pure and append-only: a file of any released
 * version becomes the current one. Frozen fixtures of every version pin them (test/fixtures/plans).
 */
export function migrateV1toV2(plan: PlanV1): PlanV2 {
  return {
    ...plan,
    schemaVersion: 2,
    zones: plan.zones.map((zone) => ({
      ...zone,
      events: [
        { kind: 'declared' as const, on: zone.declaredOn },
        ...(zone.liftedOn ? [{ kind: 'lifted' as const, on: zone.liftedOn }] : []),
      ],
    })),
    history: plan.history.map((entry) => ({
      at: entry.at,
      note: { key: 'noteLegacy', values: { text: entry.note } },
      zoneIds: [],
    })),
  };
}

/** Plans before version 3 were always made on the embedded demo data: they name it. */
export function migrateV2toV3(plan: PlanV2): PlanV3 {
  return { ...plan, schemaVersion: 3, datasets: DEMO_DATASETS.map((dataset) => ({ ...dataset })) };
}

/** Plans before version 4 always drew the precaution area as a ring, with the default rates and protocol. */
export function migrateV3toV4(plan: PlanV3): PlanV4 {
  return {
    ...plan,
    schemaVersion: 4,
    settings: {
      ...plan.settings,
      precautionMode: 'ring',
      planningRates: { ...DEFAULT_PLANNING_RATES },
      protocol: defaultProtocol(),
    },
  };
}

/** Plans before version 5 declared new zones on today's date: they follow today. */
export function migrateV4toV5(plan: PlanV4): PlanV5 {
  return { ...plan, schemaVersion: 5, settings: { ...plan.settings, workingDate: null } };
}

/** Plans before version 7 had published nothing. */
export function migrateV6toV7(plan: PlanV6): PlanV7 {
  return { ...plan, schemaVersion: 7, publications: [] };
}

/** Plans before version 6 had no briefing slides. */
export function migrateV5toV6(plan: PlanV5): PlanV6 {
  return { ...plan, schemaVersion: 6, slides: [] };
}

/** Plans before version 8 had no sites, judge coverage by the defaults and word notices with the built-in templates. */
export function migrateV7toV8(plan: PlanV7): PlanV8 {
  return {
    ...plan,
    schemaVersion: 8,
    settings: { ...plan.settings, coverage: defaultCoverageSettings(), notices: defaultNoticeTemplates() },
    sites: [],
  };
}

/** The migration from each version to the next, version 1's first: a file of version v runs UPGRADES[v - 1] onwards. */
export const UPGRADES = [
  migrateV1toV2,
  migrateV2toV3,
  migrateV3toV4,
  migrateV4toV5,
  migrateV5toV6,
  migrateV6toV7,
  migrateV7toV8,
] as const;
