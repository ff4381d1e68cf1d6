import { useCallback, useEffect, useState } from 'react';
import type { Position } from 'geojson';
import type { Zone } from '../../domain/zones/zone';
import { translate } from '../../i18n/i18n';
import type { MapController } from '../../map/map-controller';
import { usePlanStore } from '../../state/plan-store';
import { usePlannerStore } from '../../state/store';
import { MapView } from '../shared/map-view';
import { ErrorBoundary } from '../shared/error-boundary';
import { onAnalysisWorkerCrash } from '../../workers/analysis-client';
import { BasemapDialog } from './basemap-dialog';
import { openedBasemapFile } from './basemap-file';
import { CheckPanel } from './check-panel';
import { CoordinatesDialog } from './coordinates-dialog';
import { HistoryDialog } from './history-dialog';
import { PublishDialog } from './publish-dialog';
import { NoticeDialog } from './notice-dialog';
import { ImportZonesDialog } from './import-zones-dialog';
import { MapLegend } from './map-legend';
import { ModeHint } from './mode-hint';
import { Notices } from './notices';
import { SidePanel } from './side-panel';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { useAnalysisData } from './use-analysis-data';
import { FiguresPanel, TierFigures } from './figures-panel';
import { usePlanFigures } from './use-plan-figures';
import { ImportDataDialog } from './import-data/import-data-dialog';
import { useFileDrop } from './import-data/use-file-drop';
import { usePlanFiles } from './use-plan-files';
import { usePlanPersistence, type SaveStatus } from './use-plan-persistence';
import { useZoneDrawing } from './use-zone-drawing';
import { useSites } from './use-sites';
import { ZonePanel } from './zone-panel';
import { SitePanel } from './site-panel';
import { SiteFiguresPanel } from './site-figures-panel';
import type { Site } from '../../domain/sites/site';
import { ZoneToolbar, type PlannerDialog } from './zone-toolbar';
import { CaseMapControls } from './case-map-controls';
import { SealAroundDialog } from './seal-around-dialog';
import { TimeBar } from './time-bar';
import { useCaseLayers } from './use-case-layers';
import { usePlayback } from './use-playback';
import { useZoneClocks } from './use-zone-clocks';
import { useWindowCases } from './use-window-cases';
import { useViewUrl } from './use-view-url';
import { ZoneClockPanel } from './zone-clock-panel';
import { useBriefingStore } from '../../state/briefing-store';
import { BriefingFrame } from '../briefing/briefing-frame';
import { setSlideController, useBriefingKeys } from '../briefing/use-briefing-keys';
import { SlidesPanel } from '../briefing/slides-panel';
import { ExportDialog } from '../briefing/export/export-dialog';

/** The planner: toolbars, side panel, map and status bar, in that focus order. */
export function PlannerApp() {
  const [controller, setController] = useState<MapController>();
  const [basemapDialog, setBasemapDialog] = useState<{ needsUrl: boolean }>();
  const [dialog, setDialog] = useState<PlannerDialog>();
  const [droppedFile, setDroppedFile] = useState<File>();
  const [saveStatus, setSaveStatus] = useState<SaveStatus>();
  const language = usePlannerStore((state) => state.language);
  const basemap = usePlannerStore((state) => state.basemap);
  const visibility = usePlannerStore((state) => state.visibility);
  const mapReady = usePlannerStore((state) => state.mapReady);
  const { start: startDemo, cancel: cancelDemo } = useAnalysisData(controller);
  const files = usePlanFiles();
  usePlanPersistence(setSaveStatus);
  const radius = useZoneDrawing(controller, mapReady);
  useSites(controller, mapReady);
  usePlanFigures(controller);
  useCaseLayers(controller);
  useZoneClocks();
  useWindowCases();
  useViewUrl(controller, mapReady);
  usePlayback();
  const readOnly = usePlanStore((state) => state.readOnly);
  const { dragging, handlers: dropHandlers } = useFileDrop(!readOnly && !dialog, (file) => {
    setDroppedFile(file);
    setDialog('importData');
  });

  useEffect(() => {
    // Hooks for the end-to-end tests, in builds made for them only (vite build --mode e2e): a
    // production bundle has none of this code (test/lint/production-bundle.test.ts).
    if (import.meta.env.MODE !== 'e2e' || !controller) return;
    let uninstall: (() => void) | undefined;
    let gone = false;
    void import('./test-hooks').then(({ installTestHooks }) => {
      if (!gone) uninstall = installTestHooks(controller);
    });
    return () => {
      gone = true;
      uninstall?.();
    };
  }, [controller]);

  useEffect(
    () =>
      onAnalysisWorkerCrash((detail) =>
        usePlannerStore
          .getState()
          .notify({ kind: 'error', key: 'workerCrashed', values: { detail }, tag: 'worker-crash' }),
      ),
    [],
  );

  useEffect(() => {
    startDemo();
    return cancelDemo;
  }, [startDemo, cancelDemo]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'pageTitle');
  }, [language]);

  // Briefing mode keeps case and household points off the wall until S shows them.
  const briefing = useBriefingStore((state) => state.active);
  const briefingTheme = useBriefingStore((state) => state.theme);
  const sensitiveShown = useBriefingStore((state) => state.sensitive);
  const exporting = useBriefingStore((state) => state.exporting);
  const exportOpen = useBriefingStore((state) => state.exportOpen);
  useBriefingKeys();
  useEffect(() => setSlideController(controller), [controller]);
  useEffect(() => {
    if (!controller || !mapReady) return;
    // Exports leave them out too, unless the wall shows them (then the export says "internal").
    const hideSensitive = briefing ? !sensitiveShown : exporting;
    controller.setLayerVisibility(hideSensitive ? { ...visibility, cases: false, householdPoints: false } : visibility);
    controller.setBriefing(briefing);
  }, [controller, mapReady, visibility, briefing, sensitiveShown, exporting]);

  useEffect(() => {
    if (!controller || !mapReady) return;
    if (basemap.active !== 'file') {
      void controller.setBasemap(basemap);
      return;
    }
    // The kept map file: opened from private storage (after a reload too), or gone back to the embedded map.
    let live = true;
    openedBasemapFile(basemap.fileName)
      .then((opened) => {
        if (!live) return;
        if (opened) controller.setFileBasemap(opened);
        else throw new Error(basemap.fileName);
      })
      .catch((error: unknown) => {
        if (!live) return;
        console.warn('Map file:', error);
        const store = usePlannerStore.getState();
        store.setBasemap({ ...store.basemap, active: 'offline', fileName: '' });
        store.notify({ kind: 'error', key: 'basemapFileLost', values: { name: basemap.fileName } });
      });
    return () => {
      live = false;
    };
  }, [controller, mapReady, basemap]);

  // The demo's compounds belong to the demo households: shown only while the plan uses them.
  const usesDemoHouseholds = usePlanStore((state) =>
    state.history.present.datasets.some((dataset) => dataset.source === 'demo' && dataset.kind === 'households'),
  );
  useEffect(() => {
    if (controller && mapReady) controller.setDemoCompounds(usesDemoHouseholds);
  }, [controller, mapReady, usesDemoHouseholds]);

  const zoomToZone = useCallback((zone: Zone) => controller?.fitArea(zone.geometry), [controller]);
  const showSite = useCallback(
    (site: Site) => {
      usePlanStore.getState().select({ kind: 'site', id: site.id });
      controller?.showPlace({ lng: site.lng, lat: site.lat }, 15);
    },
    [controller],
  );
  const showSpot = useCallback(
    (at: Position, zoneId: string) => {
      usePlanStore.getState().select({ kind: 'zone', id: zoneId });
      controller?.showPlace({ lng: at[0], lat: at[1] }, 16);
    },
    [controller],
  );

  return (
    <div className={briefing ? `planner briefing briefing-${briefingTheme}` : 'planner'}>
      <div className="top">
        <Toolbar onOpenBasemapSettings={(needsUrl) => setBasemapDialog({ needsUrl })} />
        <ZoneToolbar
          onOpenDialog={setDialog}
          onExportPlan={files.exportPlan}
          onImportPlan={files.importPlan}
          onExportZones={files.exportZones}
        />
      </div>
      <SidePanel>
        <ErrorBoundary area="side panel">
          <TierFigures />
          <SiteFiguresPanel />
          <ZonePanel onZoomTo={zoomToZone} onDraftNotice={() => setDialog('notice')} />
          <SitePanel onShow={showSite} />
          <FiguresPanel />
          <ZoneClockPanel />
          <CaseMapControls />
          <CheckPanel onShow={showSpot} />
          <SlidesPanel controller={controller} />
        </ErrorBoundary>
      </SidePanel>
      <main className="planner-main" {...dropHandlers}>
        {dragging && (
          <div className="drop-hint" aria-hidden="true">
            {translate(language, 'importDropHere')}
          </div>
        )}
        {briefing && <BriefingFrame />}
        <Notices onDownloadPlan={files.exportPlan} onSavedVersions={() => setDialog('history')} />
        <ModeHint radiusMeters={radius} />
        <MapLegend />
        <MapView onController={setController} />
        <ErrorBoundary area="time bar">
          <TimeBar onSealAround={() => setDialog('sealAround')} />
        </ErrorBoundary>
      </main>
      <StatusBar onCancelLoad={cancelDemo} onRetryLoad={startDemo} saveStatus={saveStatus} />
      <BasemapDialog
        open={!!basemapDialog}
        needsUrl={basemapDialog?.needsUrl ?? false}
        onClose={() => setBasemapDialog(undefined)}
      />
      <CoordinatesDialog open={dialog === 'coordinates'} onClose={() => setDialog(undefined)} onCreated={zoomToZone} />
      <ImportZonesDialog open={dialog === 'importZones'} onClose={() => setDialog(undefined)} />
      <ImportDataDialog
        open={dialog === 'importData' || dialog === 'importSites'}
        listKind={dialog === 'importSites' ? 'sites' : undefined}
        file={droppedFile}
        onClose={() => {
          setDialog(undefined);
          setDroppedFile(undefined);
        }}
      />
      <ExportDialog
        open={exportOpen}
        controller={controller}
        onClose={() => useBriefingStore.getState().set({ exportOpen: false })}
      />
      <HistoryDialog open={dialog === 'history'} onClose={() => setDialog(undefined)} />
      <PublishDialog open={dialog === 'publish'} onClose={() => setDialog(undefined)} />
      <NoticeDialog open={dialog === 'notice'} onClose={() => setDialog(undefined)} />
      <SealAroundDialog open={dialog === 'sealAround'} onClose={() => setDialog(undefined)} onCreated={zoomToZone} />
    </div>
  );
}
