import { useEffect, useRef, useState } from 'react';
import { MapController, type MapUiStrings } from '../../map/map-controller';
import { translate, type Language } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { useT } from './use-t';

function mapUiStrings(language: Language): MapUiStrings {
  return {
    map: translate(language, 'mapLabel'),
    zoomIn: translate(language, 'mapZoomIn'),
    zoomOut: translate(language, 'mapZoomOut'),
    resetBearing: translate(language, 'mapResetBearing'),
  };
}

/** The map area. Creates the MapController once and hands it to the parent. */
export function MapView({ onController }: { onController: (controller: MapController | undefined) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string>();
  const t = useT();
  const mapReady = usePlannerStore((state) => state.mapReady);
  const language = usePlannerStore((state) => state.language);
  const [controller, setController] = useState<MapController>();

  useEffect(() => {
    if (!container.current) return;
    const store = usePlannerStore.getState();
    let controller: MapController;
    try {
      controller = new MapController(
        container.current,
        window.location.origin,
        {
          onLoad: store.setMapReady,
          onView: store.setView,
          onPointer: store.setPointer,
          onBasemapError: (detail) => {
            const current = usePlannerStore.getState();
            current.setBasemap({ ...current.basemap, active: 'offline' });
            current.notify({ kind: 'error', key: 'basemapFailed', values: { detail } });
          },
        },
        mapUiStrings(store.language),
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    setController(controller);
    onController(controller);
    return () => {
      setController(undefined);
      onController(undefined);
      controller.destroy();
    };
  }, [onController]);

  useEffect(() => {
    controller?.setUiStrings(mapUiStrings(language));
    controller?.setLanguage(language);
  }, [controller, language]);

  return (
    <div className="map-area">
      <div ref={container} className="map-container" role="region" aria-label={t('mapLabel')} />
      {!mapReady && !failure && <div className="map-overlay-message">{t('mapLoading')}</div>}
      {failure && (
        <div className="map-overlay-message error" role="alert">
          {t('webglMissing', { detail: failure })}
        </div>
      )}
    </div>
  );
}
