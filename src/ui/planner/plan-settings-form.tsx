import { useState, type FormEvent } from 'react';
import type { PlanSettings, PrecautionMode } from '../../domain/plan/plan';
import {
  MAX_CASE_FREE_DAYS,
  MAX_CONTACTS_PER_CASE,
  MAX_RATE,
  MAX_RING_METERS,
  MAX_ROUND_HOURS,
  MAX_WALKING_METERS,
  MIN_ROUND_HOURS,
  updatePlanSettings,
} from '../../state/commands/update-settings';
import { protocolRuleKey } from '../../i18n/reason-keys';
import { usePlanStore } from '../../state/plan-store';
import { useT } from '../shared/use-t';
import { runCommand } from '../../state/run-command';

type Fields = Record<
  'controlled' | 'precaution' | 'packs' | 'swabs' | 'staff' | 'walking' | 'roundHours' | 'contacts',
  string
> & {
  mode: PrecautionMode;
  days: string[];
};

const fieldsOf = (settings: PlanSettings): Fields => ({
  controlled: String(settings.controlledBufferMeters),
  precaution: String(settings.precautionBufferMeters),
  mode: settings.precautionMode,
  packs: String(settings.planningRates.supplyPacksPerHousehold),
  swabs: String(settings.planningRates.swabsPerResident),
  staff: String(settings.planningRates.staffPer100Households),
  days: settings.protocol.rules.map((rule) => String(rule.caseFreeDays)),
  walking: String(settings.coverage.walkingMeters),
  roundHours: String(settings.coverage.targetRoundHours),
  contacts: String(settings.coverage.contactsPerCase),
});

/**
 * The plan's settings: the ring distances, whether the precaution area is a ring or the sealed
 * zones' districts, the planning rates, and the case-free days of the downgrading protocol. Applying them is one undoable step; a value out of
 * range is refused with the reason (the command's), and nothing changes.
 */
export function PlanSettingsForm({ settings }: { settings: PlanSettings }) {
  const t = useT();
  const readOnly = usePlanStore((state) => state.readOnly);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(settings));
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    runCommand(updatePlanSettings, {
      controlledBufferMeters: Number(fields.controlled),
      precautionBufferMeters: Number(fields.precaution),
      precautionMode: fields.mode,
      planningRates: {
        supplyPacksPerHousehold: Number(fields.packs),
        swabsPerResident: Number(fields.swabs),
        staffPer100Households: Number(fields.staff),
      },
      protocol: {
        rules: settings.protocol.rules.map((rule, i) => ({ ...rule, caseFreeDays: Number(fields.days[i]) })),
      },
      coverage: {
        walkingMeters: Number(fields.walking),
        targetRoundHours: Number(fields.roundHours),
        contactsPerCase: Number(fields.contacts),
      },
    });
  };
  const number = (name: 'controlled' | 'precaution', label: string, disabled = false) => (
    <label>
      {label}{' '}
      <input
        type="number"
        min={0}
        max={MAX_RING_METERS}
        step={50}
        value={fields[name]}
        disabled={disabled}
        onChange={set(name)}
      />
    </label>
  );
  const rate = (name: 'packs' | 'swabs' | 'staff', label: string) => (
    <label>
      {label} <input type="number" min={0} max={MAX_RATE} step={0.1} value={fields[name]} onChange={set(name)} />
    </label>
  );
  return (
    <form className="ring-form small" onSubmit={submit}>
      <fieldset>
        <legend>{t('ringsLegend')}</legend>
        {number('controlled', t('ringControlled'))}
        <label>
          {t('precautionModeLabel')}{' '}
          <select value={fields.mode} onChange={set('mode')}>
            <option value="ring">{t('precautionMode_ring')}</option>
            <option value="district">{t('precautionMode_district')}</option>
          </select>
        </label>
        {number('precaution', t('ringPrecaution'), fields.mode === 'district')}
        <span className="muted">{t('ringHint')}</span>
      </fieldset>
      <fieldset>
        <legend>{t('ratesLegend')}</legend>
        {rate('packs', t('rateSupplyPacks'))}
        {rate('swabs', t('rateSwabs'))}
        {rate('staff', t('rateStaff'))}
      </fieldset>
      <fieldset>
        <legend>{t('protocolLegend')}</legend>
        {settings.protocol.rules.map((rule, i) => (
          <label key={rule.from}>
            {t(protocolRuleKey(rule.from))}{' '}
            <input
              type="number"
              min={0}
              max={MAX_CASE_FREE_DAYS}
              step={1}
              value={fields.days[i]}
              onChange={(event) =>
                setFields({ ...fields, days: fields.days.map((day, k) => (k === i ? event.target.value : day)) })
              }
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('coverageLegend')}</legend>
        <label>
          {t('coverageWalking')}{' '}
          <input
            type="number"
            min={0}
            max={MAX_WALKING_METERS}
            step={50}
            value={fields.walking}
            onChange={set('walking')}
          />
        </label>
        <label>
          {t('coverageRoundHours')}{' '}
          <input
            type="number"
            min={MIN_ROUND_HOURS}
            max={MAX_ROUND_HOURS}
            step={0.5}
            value={fields.roundHours}
            onChange={set('roundHours')}
          />
        </label>
        <label>
          {t('coverageContacts')}{' '}
          <input
            type="number"
            min={0}
            max={MAX_CONTACTS_PER_CASE}
            step={1}
            value={fields.contacts}
            onChange={set('contacts')}
          />
        </label>
      </fieldset>
      <button type="submit" disabled={!!readOnly}>
        {t('settingsApply')}
      </button>
    </form>
  );
}
