import { workingDateOf } from '../../domain/plan/plan';
import type { AreaGeometry } from '../../domain/geo/types';
import type { Tier } from '../../domain/zones/tier';
import type { ZoneOrigin } from '../../domain/zones/zone';
import { normalizeArea } from '../../domain/zones/zone-geometry';
import { done, type Command } from './command';

export interface CreateZonePayload {
  tier: Tier;
  geometry: AreaGeometry;
  name?: string;
  origin?: ZoneOrigin;
  declaredOn?: string;
}

/** Default names: S-1, C-1, P-1… by tier. */
const NAME_PREFIX: Record<Tier, string> = { sealed: 'S', controlled: 'C', precaution: 'P' };

/** Draws (or types in) a new zone, declared today unless a date is given. */
export const createZone: Command<CreateZonePayload> = (plan, payload, context) => {
  const id = context.newId();
  const sameTier = plan.zones.filter((zone) => zone.tier === payload.tier).length;
  const declaredOn = payload.declaredOn ?? workingDateOf(plan, context.today);
  const zone = {
    id,
    tier: payload.tier,
    name: payload.name?.trim() || `${NAME_PREFIX[payload.tier]}-${sameTier + 1}`,
    geometry: normalizeArea(payload.geometry),
    declaredOn,
    origin: payload.origin ?? 'drawn',
    notes: '',
    events: [{ kind: 'declared' as const, on: declaredOn }],
  };
  return done(
    plan,
    [...plan.zones, zone],
    { key: 'noteCreated', values: { name: zone.name, tierKey: `tier_${zone.tier}` } },
    [id],
    context,
  );
};
