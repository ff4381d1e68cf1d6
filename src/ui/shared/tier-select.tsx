import { TIERS, type Tier } from '../../domain/zones/tier';
import { useT } from './use-t';

/** A <select> of the three tiers, in the UI language; `allowNone` adds an empty first choice. */
export function TierSelect({
  value,
  onChange,
  disabled,
  noneLabel,
}: {
  value: Tier | '';
  onChange: (tier: Tier | '') => void;
  disabled?: boolean;
  noneLabel?: string;
}) {
  const t = useT();
  return (
    <select value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as Tier | '')}>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {TIERS.map((tier) => (
        <option key={tier} value={tier}>
          {t(`tier_${tier}`)}
        </option>
      ))}
    </select>
  );
}
