import { useEffect, useState } from 'react';
import type { MapController } from '../../map/map-controller';
import { translate } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { MapView } from '../shared/map-view';
import { BasemapDialog } from './basemap-dialog';
import { Notices } from './notices';
import { SidePanel } from './side-panel';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { useDemoData } from './use-demo-data';

/** The planner: toolbar, side panel, map and status bar, in that focus order. */
export function PlannerApp() {
  const [controller, setController] = useState<MapController>();
  const [basemapDialog, setBasemapDialog] = useState<{ needsUrl: boolean }>();
  const language = usePlannerStore((state) => state.language);
  const basemap = usePlannerStore((state) => state.basemap);
  const visibility = usePlannerStore((state) => state.visibility);
  const mapReady = usePlannerStore((state) => state.mapReady);
  const { start: startDemo, cancel: cancelDemo } = useDemoData(controller);

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

  return (
    <div className="planner">
      <Toolbar onOpenBasemapSettings={(needsUrl) => setBasemapDialog({ needsUrl })} />
      <SidePanel />
      <main className="planner-main">
        <Notices />
        <MapView onController={setController} />
      </main>
      <StatusBar onCancelLoad={cancelDemo} onRetryLoad={startDemo} />
      <BasemapDialog open={!!basemapDialog} needsUrl={basemapDialog?.needsUrl ?? false} onClose={() => setBasemapDialog(undefined)} />
    </div>
  );
}
