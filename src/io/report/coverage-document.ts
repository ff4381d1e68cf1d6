import { TIERS } from '../../domain/zones/tier';
import type { StringKey } from '../../i18n/strings';
import type { CoverageJson } from './coverage-report';
import type { ReportTable } from './figures-document';

type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/**
 * The sites' part of a report for people (docs/architecture.md, Sites): residents within walking
 * distance of a testing site per tier, each zone's testing round, and isolation rooms and supply
 * in words; zone and site names where the report has them.
 */
export function coverageTables(
  coverage: CoverageJson,
  names: { zone: (id: string) => string; site: (id: string) => string },
  t: Translate,
): { tables: ReportTable[]; about: [string, string][] } {
  const tiers: ReportTable = {
    heading: t('reportCoverageHeading', { meters: coverage.walkingMeters }),
    head: [t('reportColTier'), t('coverageCovered'), t('coverageUncovered')],
    rows: TIERS.map((tier) => [
      t(`tier_${tier}`),
      coverage.tiers[tier].residentsCovered,
      coverage.tiers[tier].residentsUncovered,
    ]),
  };
  const rounds: ReportTable = {
    heading: t('reportRoundsHeading', { hours: coverage.targetRoundHours }),
    head: [
      t('reportColZone'),
      t('coverageUncovered'),
      t('reportColSwabs'),
      t('reportColSwabsPerHour'),
      t('reportColRoundHours'),
      t('reportColFits'),
      t('roundSites'),
    ],
    rows: coverage.zones.map((zone) => [
      names.zone(zone.id),
      zone.residentsUncovered,
      zone.swabsNeeded,
      zone.swabsPerHour,
      zone.roundHours,
      t(zone.fits === null ? 'roundNoSite' : zone.fits ? 'reportYes' : 'reportNo'),
      zone.sites.map(names.site).join('、'),
    ]),
  };
  const { isolation, supply } = coverage;
  const about: [string, string][] = [
    [
      t('isolationHeading'),
      isolation.sites === 0
        ? t('isolationNone')
        : `${t('isolationRooms', {
            free: isolation.roomsFree,
            rooms: isolation.rooms,
            needed: isolation.roomsNeeded,
            cases: isolation.casesInWindow,
            contacts: isolation.contactsPerCase,
          })} ${
            isolation.roomsLeft < 0
              ? t('isolationShort', { left: -isolation.roomsLeft })
              : isolation.runsOutOn
                ? t('isolationRunsOut', {
                    left: isolation.roomsLeft,
                    trend: isolation.casesPerDayNext,
                    date: isolation.runsOutOn,
                    days: isolation.daysLeft ?? 0,
                  })
                : t('isolationEnough', { left: isolation.roomsLeft })
          }`,
    ],
    [
      t('supplyHeading'),
      supply.sites === 0
        ? t('supplyNone', { needed: supply.packsNeeded })
        : t(supply.balance < 0 ? 'supplyShort' : 'supplyEnough', {
            capacity: supply.packsPerDay,
            needed: supply.packsNeeded,
            gap: Math.abs(supply.balance),
          }),
    ],
  ];
  return { tables: [tiers, rounds], about };
}
