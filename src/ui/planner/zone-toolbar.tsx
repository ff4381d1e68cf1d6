import { useId, useState } from 'react';
import { TIER_COLORS, TIERS, type Tier } from '../../domain/zones/tier';
import { deleteZone } from '../../state/commands/delete-zone';
import { usePlanStore, type DrawShape } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { runCommand } from '../../state/run-command';
import { ToolMenu } from '../shared/tool-menu';
import { SiteToolbar } from './site-toolbar';

const DRAW_LABEL = { sealed: 'drawSealed', controlled: 'drawControlled', precaution: 'drawPrecaution' } as const;
/** The short label a button shows; its accessible name (DRAW_LABEL) contains it. */
const DRAW_SHORT = {
  sealed: 'tierShort_sealed',
  controlled: 'tierShort_controlled',
  precaution: 'tierShort_precaution',
} as const;

export type PlannerDialog =
  'coordinates' | 'importZones' | 'importData' | 'importSites' | 'history' | 'sealAround' | 'publish' | 'notice';

/** Drawing and editing tools, undo/redo and plan files. Every button has an accessible name. */
export function ZoneToolbar({
  onOpenDialog,
  onExportPlan,
  onImportPlan,
  onExportZones,
}: {
  onOpenDialog: (dialog: PlannerDialog) => void;
  onExportPlan: () => void;
  onImportPlan: () => void;
  onExportZones: () => void;
}) {
  const t = useT();
  const shapeId = useId();
  const [shape, setShape] = useState<DrawShape>('polygon');
  const mode = usePlanStore((state) => state.mode);
  const selection = usePlanStore((state) => state.selection);
  const readOnly = usePlanStore((state) => state.readOnly);
  const canUndo = usePlanStore((state) => state.history.past.length > 0);
  const canRedo = usePlanStore((state) => state.history.future.length > 0);
  const store = usePlanStore.getState;
  const selectedId = selection.kind === 'zone' ? selection.id : undefined;
  const needSelection = (then: (id: string) => void) => () => {
    if (selectedId) then(selectedId);
    else usePlannerStore.getState().notify({ kind: 'info', key: 'selectZoneFirst', tag: 'command' });
  };
  const drawing = (tier: Tier) => mode.kind === 'draw' && mode.tier === tier;

  return (
    <div className="zone-toolbar" role="toolbar" aria-label={t('zoneTools')}>
      <div className="tool-group" role="group" aria-label={t('drawTools')}>
        <span className="tool-group-label" aria-hidden="true">
          {t('drawTools')}
        </span>
        {TIERS.map((tier) => (
          <button
            key={tier}
            type="button"
            className={`tier-button tier-${tier}`}
            aria-pressed={drawing(tier)}
            aria-label={t(DRAW_LABEL[tier])}
            title={t(DRAW_LABEL[tier])}
            disabled={!!readOnly}
            onClick={() => store().setMode(drawing(tier) ? { kind: 'select' } : { kind: 'draw', tier, shape })}
          >
            <span className="tier-swatch" style={{ background: TIER_COLORS[tier] }} aria-hidden="true" />
            {t(DRAW_SHORT[tier])}
          </button>
        ))}
        <label htmlFor={shapeId} className="visually-hidden">
          {t('shape')}
        </label>
        <select
          id={shapeId}
          value={shape}
          disabled={!!readOnly}
          onChange={(event) => {
            const next = event.target.value as DrawShape;
            setShape(next);
            if (mode.kind === 'draw') store().setMode({ ...mode, shape: next });
          }}
        >
          {(['polygon', 'rectangle', 'circle'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`shape_${value}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!!readOnly}
          aria-label={t('addFromCoordinates')}
          title={t('addFromCoordinates')}
          onClick={() => onOpenDialog('coordinates')}
        >
          {t('addFromCoordinatesShort')}
        </button>
        <SiteToolbar onImportSites={() => onOpenDialog('importSites')} />
      </div>
      <div className="tool-group">
        <button type="button" aria-pressed={mode.kind === 'select'} onClick={() => store().setMode({ kind: 'select' })}>
          {t('selectTool')}
        </button>
        <button
          type="button"
          disabled={!!readOnly || !selectedId}
          aria-label={t('deleteZone')}
          onClick={needSelection((id) => runCommand(deleteZone, { id }))}
        >
          {t('deleteZoneShort')}
        </button>
        <button
          type="button"
          disabled={!!readOnly || !selectedId}
          onClick={needSelection((zoneId) => store().setMode({ kind: 'cut', zoneId }))}
        >
          {t('cutHole')}
        </button>
        <button
          type="button"
          disabled={!!readOnly || !selectedId}
          aria-label={t('mergeZones')}
          onClick={needSelection((zoneId) => store().setMode({ kind: 'merge', zoneId }))}
        >
          {t('mergeZonesShort')}
        </button>
        <button
          type="button"
          disabled={!!readOnly || !selectedId}
          aria-label={t('splitZone')}
          onClick={needSelection((zoneId) => store().setMode({ kind: 'split', zoneId }))}
        >
          {t('splitZoneShort')}
        </button>
      </div>
      <div className="tool-group">
        <button type="button" disabled={!!readOnly || !canUndo} onClick={() => store().undo()} title="Ctrl+Z">
          {t('undo')}
        </button>
        <button
          type="button"
          disabled={!!readOnly || !canRedo}
          onClick={() => store().redo()}
          title="Ctrl+Shift+Z / Ctrl+Y"
        >
          {t('redo')}
        </button>
      </div>
      <ToolMenu label={t('fileTools')}>
        <button type="button" onClick={() => onOpenDialog('history')}>
          {t('historyButton')}
        </button>
        <button type="button" disabled={!!readOnly} onClick={() => onOpenDialog('importData')}>
          {t('importData')}
        </button>
        <button type="button" onClick={onExportPlan}>
          {t('exportPlan')}
        </button>
        <button type="button" disabled={readOnly === 'loading'} onClick={onImportPlan}>
          {t('importPlan')}
        </button>
        <button type="button" onClick={onExportZones}>
          {t('exportZones')}
        </button>
        <button type="button" disabled={!!readOnly} onClick={() => onOpenDialog('importZones')}>
          {t('importZones')}
        </button>
        <button type="button" disabled={!!readOnly} onClick={() => onOpenDialog('publish')}>
          {t('publishOpen')}
        </button>
      </ToolMenu>
    </div>
  );
}
