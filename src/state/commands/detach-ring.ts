import type { AreaGeometry } from '../../domain/geo/types';
import { meters } from '../../domain/geo/types';
import { done, fail, type Command } from './command';
import { createZone } from './create-zone';

/**
 * Turns a derived ring into a zone the planner edits by hand, as one step: the zone takes the
 * ring's current shape (origin "derived", with its distance), and the plan's ring of that tier is
 * set to 0 so the area is not derived twice. Undo brings the ring back.
 */
export const detachRing: Command<{
  tier: 'controlled' | 'precaution';
  geometry: AreaGeometry | undefined;
  name: string;
}> = (plan, payload, context) => {
  if (!payload.geometry) return fail('errorNoRing');
  const distance =
    payload.tier === 'controlled' ? plan.settings.controlledBufferMeters : plan.settings.precautionBufferMeters;
  const created = createZone(
    plan,
    { tier: payload.tier, geometry: payload.geometry, name: payload.name, origin: 'derived' },
    context,
  );
  if (!created.ok) return created;
  const zone = {
    ...created.plan.zones[created.plan.zones.length - 1],
    derivedFrom: 'sealed-ring',
    bufferMeters: distance,
  };
  const settings =
    payload.tier === 'controlled'
      ? { ...plan.settings, controlledBufferMeters: meters(0) }
      : { ...plan.settings, precautionBufferMeters: meters(0) };
  return done(
    { ...plan, settings },
    [...plan.zones, zone],
    { key: 'noteDetachedRing', values: { name: zone.name, meters: distance } },
    [zone.id],
    context,
  );
};
