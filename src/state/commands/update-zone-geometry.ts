import { workingDateOf } from '../../domain/plan/plan';
import type { AreaGeometry } from '../../domain/geo/types';
import { normalizeArea } from '../../domain/zones/zone-geometry';
import { done, fail, findZone, replaceZone, type Command } from './command';

export interface UpdateZoneGeometryPayload {
  id: string;
  geometry: AreaGeometry;
  /** What the user did: a vertex drag, a move, a typed-in change. */
  how: 'vertex' | 'move' | 'reshape';
}

/** One finished edit of a zone's shape (a whole vertex drag or move is one step). */
export const updateZoneGeometry: Command<UpdateZoneGeometryPayload> = (plan, payload, context) => {
  const zone = findZone(plan, payload.id);
  if (!zone) return fail('errorZoneMissing');
  const geometry = normalizeArea(payload.geometry);
  if (JSON.stringify(geometry) === JSON.stringify(zone.geometry)) return fail('errorNoChange');
  const events = [...zone.events, { kind: 'adjusted' as const, on: workingDateOf(plan, context.today) }];
  const noteKey = payload.how === 'move' ? 'noteMoved' : 'noteReshaped';
  return done(
    plan,
    replaceZone(plan.zones, { ...zone, geometry, events }),
    { key: noteKey, values: { name: zone.name } },
    [zone.id],
    context,
  );
};
