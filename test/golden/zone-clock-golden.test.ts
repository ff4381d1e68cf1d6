/**
 * Golden zone clocks (test/fixtures/clock): the same zones and cases under the default protocol
 * (9th edition: 7 case-free days from sealed to controlled, and from controlled to precaution) and
 * a changed one, as of three days. Regenerated on purpose only: `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseStoreFromRecords } from '../../src/domain/cases/case-store';
import { caseDaysIn, zoneClock, type Protocol } from '../../src/domain/cases/zone-clock';
import type { AreaGeometry } from '../../src/domain/geo/types';
import { dayFromIsoDate, isoDateFromDay } from '../../src/domain/time/day-number';
import type { Tier } from '../../src/domain/zones/tier';

const input = JSON.parse(readFileSync('test/fixtures/clock/in.json', 'utf8')) as {
  asOf: string[];
  zones: { id: string; tier: Tier; declaredOn: string; geometry: AreaGeometry }[];
  cases: { id: string; lng: number; lat: number; reportedOn: string }[];
  protocols: Record<string, Protocol>;
};
const day = (iso: string) => dayFromIsoDate(iso) as number;
const store = caseStoreFromRecords(
  input.cases.map((c, i) => ({
    ...c,
    kind: 'confirmed',
    foundIn: 'community',
    sourceFile: 'in.json',
    sourceRow: i + 1,
  })),
);

describe('golden zone clocks', () => {
  for (const [name, protocol] of Object.entries(input.protocols)) {
    it(`${name} protocol`, () => {
      const clocks = input.asOf.map((asOf) => ({
        asOf,
        zones: input.zones.map((zone) => {
          const clock = zoneClock(
            caseDaysIn(store, zone.geometry),
            day(zone.declaredOn),
            day(asOf),
            zone.tier,
            protocol,
          );
          return {
            id: zone.id,
            cases: clock.cases,
            lastCaseOn: clock.lastCaseDay === undefined ? null : isoDateFromDay(clock.lastCaseDay),
            caseFreeDays: clock.caseFreeDays,
            eligibleOn: clock.eligibleDay === undefined ? null : isoDateFromDay(clock.eligibleDay),
            becomes: clock.becomes ?? null,
          };
        }),
      }));
      const outPath = `test/fixtures/clock/out-${name}.json`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(outPath, JSON.stringify(clocks, null, 1) + '\n');
      expect(clocks).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});
