import { meters } from '../../domain/geo/types';
import { done, fail, type Command } from './command';

/** Largest ring distance accepted: 50 km is a city, not a ring. */
export const MAX_RING_METERS = 50_000;

/** Changes the ring distances around sealed zones (0 turns a ring off), as one undoable step. */
export const updateRingSettings: Command<{ controlledBufferMeters: number; precautionBufferMeters: number }> = (plan, payload, context) => {
  for (const value of [payload.controlledBufferMeters, payload.precautionBufferMeters]) {
    if (!Number.isFinite(value) || value < 0 || value > MAX_RING_METERS) return fail('errorRingDistance', { max: MAX_RING_METERS });
  }
  const settings = { ...plan.settings, controlledBufferMeters: meters(payload.controlledBufferMeters), precautionBufferMeters: meters(payload.precautionBufferMeters) };
  return done({ ...plan, settings }, plan.zones, { key: 'noteRingSettings', values: { controlled: payload.controlledBufferMeters, precaution: payload.precautionBufferMeters } }, [], context);
};
