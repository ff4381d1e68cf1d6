import type { PlanningRates } from '../../domain/figures/planning-needs';
import { meters } from '../../domain/geo/types';
import type { CoverageSettings, PlanSettings, PrecautionMode } from '../../domain/plan/plan';
import type { Protocol } from '../../domain/cases/zone-clock';
import { done, fail, type Command } from './command';

import {
  MAX_CASE_FREE_DAYS,
  MAX_CONTACTS_PER_CASE,
  MAX_RATE,
  MAX_RING_METERS,
  MAX_ROUND_HOURS,
  MAX_WALKING_METERS,
} from '../../domain/plan/plan-limits';

export { MAX_CASE_FREE_DAYS, MAX_CONTACTS_PER_CASE, MAX_RATE, MAX_RING_METERS, MAX_ROUND_HOURS, MAX_WALKING_METERS };

/** The least a testing round's target may be, in hours. */
export const MIN_ROUND_HOURS = 0.5;

export interface SettingsChange {
  controlledBufferMeters: number;
  precautionBufferMeters: number;
  precautionMode: PrecautionMode;
  planningRates: PlanningRates;
  protocol: Protocol;
  /** How sites' coverage is judged; the plan's own when left out. */
  coverage?: CoverageSettings;
}

const within = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;

/**
 * Changes the plan's settings (ring distances, 0 turning a ring off; how the precaution area is
 * drawn; the planning rates) as one undoable step. Values out of range change nothing.
 */
export const updatePlanSettings: Command<SettingsChange> = (plan, payload, context) => {
  for (const value of [payload.controlledBufferMeters, payload.precautionBufferMeters]) {
    if (!Number.isFinite(value) || value < 0 || value > MAX_RING_METERS)
      return fail('errorRingDistance', { max: MAX_RING_METERS });
  }
  const rates = payload.planningRates;
  for (const value of [rates.supplyPacksPerHousehold, rates.swabsPerResident, rates.staffPer100Households]) {
    if (!Number.isFinite(value) || value < 0 || value > MAX_RATE) return fail('errorRate', { max: MAX_RATE });
  }
  if (payload.precautionMode !== 'ring' && payload.precautionMode !== 'district')
    return fail('errorPrecautionMode', { value: String(payload.precautionMode).slice(0, 40) });
  for (const rule of payload.protocol.rules) {
    if (!Number.isInteger(rule.caseFreeDays) || rule.caseFreeDays < 0 || rule.caseFreeDays > MAX_CASE_FREE_DAYS)
      return fail('errorCaseFreeDays', { max: MAX_CASE_FREE_DAYS });
  }
  const coverage = payload.coverage ?? plan.settings.coverage;
  if (!within(coverage.walkingMeters, 0, MAX_WALKING_METERS))
    return fail('errorWalkingMeters', { max: MAX_WALKING_METERS });
  if (!within(coverage.targetRoundHours, MIN_ROUND_HOURS, MAX_ROUND_HOURS))
    return fail('errorRoundHours', { min: MIN_ROUND_HOURS, max: MAX_ROUND_HOURS });
  if (!within(coverage.contactsPerCase, 0, MAX_CONTACTS_PER_CASE))
    return fail('errorContactsPerCase', { max: MAX_CONTACTS_PER_CASE });
  const settings: PlanSettings = {
    controlledBufferMeters: meters(payload.controlledBufferMeters),
    precautionBufferMeters: meters(payload.precautionBufferMeters),
    precautionMode: payload.precautionMode,
    planningRates: {
      supplyPacksPerHousehold: rates.supplyPacksPerHousehold,
      swabsPerResident: rates.swabsPerResident,
      staffPer100Households: rates.staffPer100Households,
    },
    protocol: { rules: payload.protocol.rules.map((rule) => ({ ...rule })) },
    workingDate: plan.settings.workingDate,
    coverage: {
      walkingMeters: coverage.walkingMeters,
      targetRoundHours: coverage.targetRoundHours,
      contactsPerCase: coverage.contactsPerCase,
    },
    notices: plan.settings.notices,
  };
  const note = {
    key: 'notePlanSettings',
    values: {
      controlled: payload.controlledBufferMeters,
      precaution: payload.precautionBufferMeters,
      modeKey: `precautionMode_${payload.precautionMode}`,
      packs: rates.supplyPacksPerHousehold,
      swabs: rates.swabsPerResident,
      staff: rates.staffPer100Households,
    },
  };
  return done({ ...plan, settings }, plan.zones, note, [], context);
};
