import { SITE_KINDS } from '../../domain/sites/site';
import { usePlanStore } from '../../state/plan-store';
import { SiteSymbol } from '../shared/site-symbol';
import { ToolMenu } from '../shared/tool-menu';
import { useT } from '../shared/use-t';

/**
 * The site tools (docs/architecture.md, Sites), in a menu beside the drawing tools so the toolbar
 * keeps to one row at 1280 px: one tool per kind (a click on the map then places one, with the
 * map's own symbol beside its name), and importing a list of sites.
 */
export function SiteToolbar({ onImportSites }: { onImportSites: () => void }) {
  const t = useT();
  const mode = usePlanStore((state) => state.mode);
  const readOnly = usePlanStore((state) => state.readOnly);
  const store = usePlanStore.getState;
  return (
    <ToolMenu label={t('siteTools')}>
      {SITE_KINDS.map((kind) => {
        const placing = mode.kind === 'place' && mode.site === kind;
        return (
          <button
            key={kind}
            type="button"
            className="site-button"
            aria-pressed={placing}
            disabled={!!readOnly}
            onClick={() => store().setMode(placing ? { kind: 'select' } : { kind: 'place', site: kind })}
          >
            <SiteSymbol kind={kind} /> {t(`place_${kind}`)}
          </button>
        );
      })}
      <button type="button" disabled={!!readOnly} onClick={onImportSites}>
        {t('importSites')}
      </button>
    </ToolMenu>
  );
}
