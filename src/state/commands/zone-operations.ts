import { workingDateOf } from '../../domain/plan/plan';
import type { Position } from 'geojson';
import type { AreaGeometry } from '../../domain/geo/types';
import { mergeAreas, splitArea, subtractArea, type GeometryOpFailure } from '../../domain/zones/geometry-ops';
import type { Zone } from '../../domain/zones/zone';
import type { StringKey } from '../../i18n/strings';
import { done, fail, findZone, replaceZone, type Command, type CommandResult } from './command';

/** The message of each way a geometry operation fails; a reason without one fails the type check. */
const OP_FAILURE_KEYS: Record<GeometryOpFailure, StringKey> = {
  'nothing-left': 'errorOp_nothing-left',
  'no-overlap': 'errorOp_no-overlap',
  'line-does-not-cross': 'errorOp_line-does-not-cross',
  'not-touching': 'errorOp_not-touching',
  'line-too-short': 'errorOp_line-too-short',
};
const failure = (reason: GeometryOpFailure): CommandResult => fail(OP_FAILURE_KEYS[reason]);

/** Cuts a drawn shape out of a zone (a hole, or a bite at its edge). */
export const cutHole: Command<{ id: string; cutter: AreaGeometry }> = (plan, payload, context) => {
  const zone = findZone(plan, payload.id);
  if (!zone) return fail('errorZoneMissing');
  const result = subtractArea(context.engine, zone.geometry, payload.cutter);
  if (!result.ok) return failure(result.reason);
  const updated: Zone = {
    ...zone,
    geometry: result.value,
    events: [...zone.events, { kind: 'adjusted', on: workingDateOf(plan, context.today) }],
  };
  return done(
    plan,
    replaceZone(plan.zones, updated),
    { key: 'noteCut', values: { name: zone.name } },
    [zone.id],
    context,
  );
};

/** Merges two zones of one tier into the first; the second is removed. */
export const mergeZones: Command<{ keepId: string; otherId: string }> = (plan, payload, context) => {
  const keep = findZone(plan, payload.keepId);
  const other = findZone(plan, payload.otherId);
  if (!keep || !other || keep.id === other.id) return fail('errorZoneMissing');
  if (keep.tier !== other.tier) return fail('errorMergeTiers');
  const result = mergeAreas(context.engine, keep.geometry, other.geometry);
  if (!result.ok) return failure(result.reason);
  const merged: Zone = {
    ...keep,
    geometry: result.value,
    declaredOn: keep.declaredOn < other.declaredOn ? keep.declaredOn : other.declaredOn,
    notes: [keep.notes, other.notes].filter(Boolean).join('\n'),
    events: [
      ...keep.events,
      { kind: 'adjusted', on: workingDateOf(plan, context.today), note: `merged:${other.name}` },
    ],
  };
  const zones = replaceZone(plan.zones, merged).filter((zone) => zone.id !== other.id);
  return done(
    plan,
    zones,
    { key: 'noteMerged', values: { name: keep.name, other: other.name } },
    [keep.id, other.id],
    context,
  );
};

/** Splits a zone along a drawn line; the first part keeps the zone, the others become new zones. */
export const splitZone: Command<{ id: string; line: Position[] }> = (plan, payload, context) => {
  const zone = findZone(plan, payload.id);
  if (!zone) return fail('errorZoneMissing');
  const result = splitArea(context.engine, zone.geometry, payload.line);
  if (!result.ok) return failure(result.reason);
  const [first, ...rest] = result.value;
  const adjusted = { kind: 'adjusted' as const, on: workingDateOf(plan, context.today), note: 'split' };
  const kept: Zone = { ...zone, geometry: first, events: [...zone.events, adjusted] };
  const created: Zone[] = rest.map((geometry, i) => ({
    ...zone,
    id: context.newId(),
    name: `${zone.name}-${i + 2}`,
    geometry,
    origin: 'drawn',
    events: [...zone.events, adjusted],
  }));
  const index = plan.zones.findIndex((z) => z.id === zone.id);
  const zones = [...plan.zones.slice(0, index), kept, ...created, ...plan.zones.slice(index + 1)];
  return done(
    plan,
    zones,
    { key: 'noteSplit', values: { name: zone.name, parts: result.value.length } },
    [zone.id, ...created.map((z) => z.id)],
    context,
  );
};
