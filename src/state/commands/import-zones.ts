import type { Zone } from '../../domain/zones/zone';
import { done, fail, type Command } from './command';

/** Adds zones read from a file, as one undoable step. Ids that already exist get new ones. */
export const importZones: Command<{ zones: Zone[]; fileName: string }> = (plan, payload, context) => {
  if (payload.zones.length === 0) return fail('errorNothingToImport');
  const taken = new Set(plan.zones.map((zone) => zone.id));
  const freshId = () => {
    let id = context.newId();
    while (taken.has(id)) id = context.newId();
    return id;
  };
  const added = payload.zones.map((zone) => {
    const id = taken.has(zone.id) ? freshId() : zone.id;
    taken.add(id);
    return id === zone.id ? zone : { ...zone, id };
  });
  return done(
    plan,
    [...plan.zones, ...added],
    { key: 'noteImported', values: { count: added.length, file: payload.fileName } },
    added.map((zone) => zone.id),
    context,
  );
};
