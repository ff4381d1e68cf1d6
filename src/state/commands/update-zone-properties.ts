import { workingDateOf } from '../../domain/plan/plan';
import { MAX_ZONE_NAME_CHARACTERS } from '../../domain/plan/plan-limits';
import { dayFromIsoDate } from '../../domain/time/day-number';
import type { Tier } from '../../domain/zones/tier';
import type { Zone, ZoneEvent } from '../../domain/zones/zone';
import { done, fail, findZone, replaceZone, type Command } from './command';

export interface ZoneProperties {
  name?: string;
  tier?: Tier;
  declaredOn?: string;
  /** An ISO date lifts the zone; null un-lifts it. */
  liftedOn?: string | null;
  notes?: string;
}

const MAX_NAME = MAX_ZONE_NAME_CHARACTERS;
const MAX_NOTES = 4000;

/** Edits a zone's name, tier, dates or notes; a tier change or a lift is recorded as an event. */
export const updateZoneProperties: Command<{ id: string; changes: ZoneProperties }> = (plan, payload, context) => {
  const zone = findZone(plan, payload.id);
  if (!zone) return fail('errorZoneMissing');
  const { changes } = payload;
  const updated: Zone = { ...zone };
  const events: ZoneEvent[] = [...zone.events];
  if (changes.name !== undefined) {
    const name = changes.name.trim();
    if (!name) return fail('errorNameEmpty');
    updated.name = name.slice(0, MAX_NAME);
  }
  if (changes.notes !== undefined) updated.notes = changes.notes.slice(0, MAX_NOTES);
  if (changes.declaredOn !== undefined) {
    if (dayFromIsoDate(changes.declaredOn) === undefined) return fail('errorBadDate', { value: changes.declaredOn });
    updated.declaredOn = changes.declaredOn;
    const first = events.findIndex((event) => event.kind === 'declared');
    if (first >= 0) events[first] = { ...events[first], on: changes.declaredOn };
  }
  if (changes.tier !== undefined && changes.tier !== zone.tier) {
    updated.tier = changes.tier;
    events.push({
      kind: 'adjusted',
      on: workingDateOf(plan, context.today),
      note: `tier:${zone.tier}>${changes.tier}`,
    });
  }
  if (changes.liftedOn !== undefined) {
    if (changes.liftedOn === null) {
      delete updated.liftedOn;
    } else {
      if (dayFromIsoDate(changes.liftedOn) === undefined) return fail('errorBadDate', { value: changes.liftedOn });
      if (changes.liftedOn < updated.declaredOn) return fail('errorLiftBeforeDeclared');
      updated.liftedOn = changes.liftedOn;
      events.push({ kind: 'lifted', on: changes.liftedOn });
    }
  }
  updated.events = events;
  if (JSON.stringify(updated) === JSON.stringify(zone)) return fail('errorNoChange');
  const key =
    changes.tier !== undefined && changes.tier !== zone.tier
      ? 'noteTierChanged'
      : changes.liftedOn
        ? 'noteLifted'
        : 'noteEdited';
  return done(
    plan,
    replaceZone(plan.zones, updated),
    { key, values: { name: updated.name, tierKey: `tier_${updated.tier}` } },
    [zone.id],
    context,
  );
};
