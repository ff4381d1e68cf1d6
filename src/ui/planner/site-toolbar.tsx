import { SITE_KINDS } from '../../domain/sites/site';
import { usePlanStore } from '../../state/plan-store';
import { SiteSymbol } from '../shared/site-symbol';
import { ToolMenu } from '../shared/tool-menu';
import { useT } from '../shared/use-t';
import { downloadText, safeFileName } from '../shared/files';
import { sitesCsv, sitesGeoJson } from '../../io/sites/site-export';

/**
 * The site tools (docs/architecture.md, Sites), in a menu beside the drawing tools so the toolbar
 * keeps to one row at 1280 px: one tool per kind (a click on the map then places one, with the
 * map's own symbol beside its name), importing a list of sites and exporting them (CSV, GeoJSON).
 */
export function SiteToolbar({ onImportSites }: { onImportSites: () => void }) {
  const t = useT();
  const mode = usePlanStore((state) => state.mode);
  const readOnly = usePlanStore((state) => state.readOnly);
  const store = usePlanStore.getState;
  const sites = usePlanStore((state) => state.history.present.sites);
  const planName = usePlanStore((state) => state.history.present.name);
  const exportSites = (format: 'geojson' | 'csv') => {
    const name = `${safeFileName(planName)}-sites`;
    if (format === 'csv') downloadText(`${name}.csv`, sitesCsv(sites), 'text/csv');
    else downloadText(`${name}.geojson`, JSON.stringify(sitesGeoJson(sites), null, 1), 'application/geo+json');
  };
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
      <button type="button" disabled={sites.length === 0} onClick={() => exportSites('geojson')}>
        {t('exportSitesGeojson')}
      </button>
      <button type="button" disabled={sites.length === 0} onClick={() => exportSites('csv')}>
        {t('exportSitesCsv')}
      </button>
    </ToolMenu>
  );
}
