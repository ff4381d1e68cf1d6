import { useCallback, useEffect, useState } from 'react';
import type { Position } from 'geojson';
import { areaBBox } from '../../domain/geo/bbox';
import type { Zone } from '../../domain/zones/zone';
import { translate } from '../../i18n/i18n';
import type { MapController } from '../../map/map-controller';
import { currentPlan, usePlanStore } from '../../state/plan-store';
import { serializePlan } from '../../io/project-file/project-file';
import { usePlannerStore } from '../../state/store';
import { MapView } from '../shared/map-view';
import { BasemapDialog } from './basemap-dialog';
import { CheckPanel } from './check-panel';
import { CoordinatesDialog } from './coordinates-dialog';
import { HistoryDialog } from './history-dialog';
import { ImportZonesDialog } from './import-zones-dialog';
import { MapLegend } from './map-legend';
import { ModeHint } from './mode-hint';
import { Notices } from './notices';
import { SidePanel } from './side-panel';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { useAnalysisData } from './use-analysis-data';
import { FiguresPanel } from './figures-panel';
import { usePlanFigures } from './use-plan-figures';
import { ImportDataDialog } from './import-data/import-data-dialog';
import { useFileDrop } from './import-data/use-file-drop';
import { usePlanFiles } from './use-plan-files';
import { usePlanPersistence, type SaveStatus } from './use-plan-persistence';
import { useZoneDrawing } from './use-zone-drawing';
import { ZonePanel } from './zone-panel';
import { ZoneToolbar, type PlannerDialog } from './zone-toolbar';
import { CaseMapControls } from './case-map-controls';
import { SealAroundDialog } from './seal-around-dialog';
import { TimeBar } from './time-bar';
import { useCaseLayers } from './use-case-layers';
import { usePlayback } from './use-playback';
import { useZoneClocks } from './use-zone-clocks';
import { ZoneClockPanel } from './zone-clock-panel';

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
  usePlanFigures(controller);
  useCaseLayers(controller);
  useZoneClocks();
  usePlayback();
  const readOnly = usePlanStore((state) => state.readOnly);
  const { dragging, handlers: dropHandlers } = useFileDrop(!readOnly && !dialog, (file) => {
    setDroppedFile(file);
    setDialog('importData');
  });

  useEffect(() => {
    window.__cordonPlan = () => serializePlan(currentPlan());
    window.__cordonFigures = () => usePlannerStore.getState().figures;
    return () => {
      delete window.__cordonPlan;
      delete window.__cordonFigures;
    };
  }, []);

  useEffect(() => {
    startDemo();
    return cancelDemo;
  }, [startDemo, cancelDemo]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'pageTitle');
  }, [language]);

  useEffect(() => {
    if (controller && mapReady) controller.setLayerVisibility(visibility);
  }, [controller, mapReady, visibility]);

  useEffect(() => {
    if (controller && mapReady) void controller.setBasemap(basemap);
  }, [controller, mapReady, basemap]);

  const zoomToZone = useCallback(
    (zone: Zone) => {
      const [west, south, east, north] = areaBBox(zone.geometry);
      controller?.map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        { padding: 80, maxZoom: 17, duration: 400 },
      );
    },
    [controller],
  );
  const showSpot = useCallback(
    (at: Position, zoneId: string) => {
      usePlanStore.getState().select({ kind: 'zone', id: zoneId });
      controller?.map.flyTo({ center: [at[0], at[1]], zoom: Math.max(controller.map.getZoom(), 16), duration: 400 });
    },
    [controller],
  );

  return (
    <div className="planner">
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
        <ZonePanel onZoomTo={zoomToZone} />
        <FiguresPanel />
        <ZoneClockPanel />
        <CaseMapControls />
        <CheckPanel onShow={showSpot} />
      </SidePanel>
      <main className="planner-main" {...dropHandlers}>
        {dragging && (
          <div className="drop-hint" aria-hidden="true">
            {translate(language, 'importDropHere')}
          </div>
        )}
        <Notices onDownloadPlan={files.exportPlan} />
        <ModeHint radiusMeters={radius} />
        <MapLegend />
        <MapView onController={setController} />
        <TimeBar onSealAround={() => setDialog('sealAround')} />
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
        open={dialog === 'importData'}
        file={droppedFile}
        onClose={() => {
          setDialog(undefined);
          setDroppedFile(undefined);
        }}
      />
      <HistoryDialog open={dialog === 'history'} onClose={() => setDialog(undefined)} />
      <SealAroundDialog open={dialog === 'sealAround'} onClose={() => setDialog(undefined)} onCreated={zoomToZone} />
    </div>
  );
}
