import { done, fail, findZone, type Command } from './command';

/** Removes a zone from the plan (undo brings it back). */
export const deleteZone: Command<{ id: string }> = (plan, payload, context) => {
  const zone = findZone(plan, payload.id);
  if (!zone) return fail('errorZoneMissing');
  return done(
    plan,
    plan.zones.filter((z) => z.id !== zone.id),
    { key: 'noteDeleted', values: { name: zone.name } },
    [zone.id],
    context,
  );
};
