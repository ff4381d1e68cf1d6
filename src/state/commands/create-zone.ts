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

const TIER_NAME_KEYS: Record<Tier, string> = { sealed: 'tier_sealed', controlled: 'tier_controlled', precaution: 'tier_precaution' };

/** Draws (or types in) a new zone, declared today unless a date is given. */
export const createZone: Command<CreateZonePayload> = (plan, payload, context) => {
  const id = context.newId();
  const sameTier = plan.zones.filter((zone) => zone.tier === payload.tier).length;
  const declaredOn = payload.declaredOn ?? context.today;
  const zone = {
    id,
    tier: payload.tier,
    name: payload.name?.trim() || `${payload.tier === 'sealed' ? 'S' : payload.tier === 'controlled' ? 'C' : 'P'}-${sameTier + 1}`,
    geometry: normalizeArea(payload.geometry),
    declaredOn,
    origin: payload.origin ?? 'drawn',
    notes: '',
    events: [{ kind: 'declared' as const, on: declaredOn }],
  };
  return done(plan, [...plan.zones, zone], { key: 'noteCreated', values: { name: zone.name, tierKey: TIER_NAME_KEYS[zone.tier] } }, [id], context);
};
