import { usePlanStore } from '../../state/plan-store';
import { useT } from '../shared/use-t';

/** What the pointer does now, in words, over the map; and the radius while a circle is drawn. */
export function ModeHint({ radiusMeters }: { radiusMeters?: number }) {
  const t = useT();
  const mode = usePlanStore((state) => state.mode);
  const zones = usePlanStore((state) => state.history.present.zones);
  const nameOf = (id: string) => zones.find((zone) => zone.id === id)?.name ?? '';
  let text: string | undefined;
  if (mode.kind === 'draw') text = t(`drawHelp_${mode.shape}`);
  else if (mode.kind === 'cut') text = t('drawHelp_cut', { name: nameOf(mode.zoneId) });
  else if (mode.kind === 'split') text = t('drawHelp_split', { name: nameOf(mode.zoneId) });
  else if (mode.kind === 'merge') text = t('drawHelp_merge', { name: nameOf(mode.zoneId) });
  else if (mode.kind === 'place') text = t('placeHelp', { kind: t(`siteKind_${mode.site}`) });
  if (!text) return null;
  return (
    <div className="mode-hint" role="status">
      <span>{text}</span>
      {radiusMeters !== undefined && (
        <strong data-testid="circle-radius"> {t('radius', { meters: Math.round(radiusMeters) })}</strong>
      )}
    </div>
  );
}
