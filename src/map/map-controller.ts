import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { FeatureCollection } from 'geojson';
import type { HouseholdPoints } from '../types/analysis-data';
import { DEFAULT_VISIBILITY, type LayerVisibility } from '../types/layer-visibility';
import { JIAXING_BBOX } from '../domain/geo/jiaxing';
import { areaBBox } from '../domain/geo/bbox';
import type { AreaGeometry } from '../domain/geo/types';
import { ZoneDraw, type ZoneDrawEvents } from './draw/zone-draw';
import type { BasemapSettings } from '../types/basemap-settings';
import { householdPointsLayer, householdMarkSizes, HOUSEHOLD_POINTS_MIN_ZOOM } from './layers/household-points-layer';
import { caseHexLayer } from './layers/case-hex-layer';
import { NO_HEXES, type CaseHex, type CaseHexData } from '../domain/hexes/hex-data';
import { NO_POINTS, pointsInView, viewInside, type PointsInView } from './layers/points-in-view';
import { LAYER_IDS, offlineStyle, SOURCE_IDS } from './styles/offline-style';
import { mergeStyle, rasterStyle } from './styles/online-style';
import { COMPOUND_LAYER_IDS, COMPOUND_MIN_ZOOM, COMPOUND_SOURCE, compoundDataUrl } from './styles/compound-layers';
import { fileStyle, LANGUAGE_STATE } from './styles/file-style';
import type { OpenedArchive } from './basemap-file/open-archive';
import { carryDrawLayers } from './draw/carry-draw-layers';
import { fetchStyle } from './styles/fetch-style';
import { tooltipPlacement } from './layers/tooltip-placement';
import { MapSources } from './map-sources';
import { SiteLayer } from './site-layer';
import { captureMap, withCaptureSession, type CaptureSize, type MapCamera, type MapCapture } from './map-capture';
import {
  EFFECTIVE_SOURCE,
  ZONE_ISSUE_SOURCE,
  ZONE_LABEL_SOURCE,
  ZONE_LAYER_IDS,
  ZONE_LINE_LAYER_IDS,
  ZONE_SOURCE,
} from './styles/zone-layers';

maplibregl.setWorkerUrl(workerUrl);

/** What the controller tells whoever listens (`on` returns the function that stops listening). */
export interface MapIntentEvents {
  /** A mouse button went down on the map. */
  press: () => void;
  /** A click on the map: where, and the site or zone under it when there is one. */
  click: (hit: {
    zoneId?: string;
    siteId?: string;
    at: { lng: number; lat: number };
    point: { x: number; y: number };
  }) => void;
  /** A click on a case point or a cluster, with its properties. */
  caseClick: (properties: Record<string, unknown>, at: { lng: number; lat: number }) => void;
  /** The camera stopped moving. */
  moveEnd: () => void;
  /** A site was dragged to a new place. */
  siteMoved: (id: string, at: { lng: number; lat: number }) => void;
}

/** The camera's extent and zoom. */
export interface MapViewport {
  bbox: [number, number, number, number];
  zoom: number;
}

export interface MapControllerEvents {
  onLoad: () => void;
  onView: (view: { zoom: number; lng: number; lat: number; bearing: number }) => void;
  onPointer: (position: { lng: number; lat: number } | undefined) => void;
  /** An online basemap failed; the controller has already gone back to the offline map. */
  onBasemapError: (detail: string) => void;
}

/** Labels of maplibre's own controls, in the planner's language. */
/** The layer deck.gl adds to hold its layers drawn under the cases (its MapLibreOverlay's naming). */
const DECK_GROUP_BEFORE_CASES = `deck-maplibre-layer-group-before:${LAYER_IDS.cases}`;

export interface MapUiStrings {
  map: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
}

/**
 * Owns the maplibre map and the deck.gl overlay and pushes data into them (placemark's PMap idea).
 * React hands it data and settings; it decides nothing about them.
 */
export class MapController {
  private readonly map: maplibregl.Map;
  private readonly overlay: MapLibreOverlay;
  private readonly sources: MapSources;
  /** The plan's sites, their catchment and the uncovered cells (site-layer.ts). */
  readonly sites: SiteLayer;
  private readonly listeners: { [K in keyof MapIntentEvents]: Set<MapIntentEvents[K]> } = {
    press: new Set(),
    click: new Set(),
    caseClick: new Set(),
    moveEnd: new Set(),
    siteMoved: new Set(),
  };
  private householdPoints?: HouseholdPoints;
  private caseHexes?: { data: CaseHexData; visible: boolean; extruded: boolean; tooltip: (hex: CaseHex) => string };
  private popup?: maplibregl.Popup;
  private sizes?: Float32Array;
  private inView?: PointsInView;
  /** Data last given to each GeoJSON source, set again after a style change. */
  private visibility: LayerVisibility = DEFAULT_VISIBILITY;
  private basemap: BasemapSettings['active'] = 'offline';
  private demoCompounds = false;
  private compoundsLoaded = false;
  private briefing = false;
  private labelSize?: unknown;
  private language = 'zh-CN';
  private basemapRequest = 0;
  /** The settings last asked for, to skip reloading a style that is already shown. */
  private basemapKey = JSON.stringify({ active: 'offline' });

  constructor(
    container: HTMLElement,
    private readonly origin: string,
    private readonly events: MapControllerEvents,
    uiStrings: MapUiStrings,
  ) {
    this.map = new maplibregl.Map({
      container,
      locale: {
        'Map.Title': uiStrings.map,
        'NavigationControl.ZoomIn': uiStrings.zoomIn,
        'NavigationControl.ZoomOut': uiStrings.zoomOut,
        'NavigationControl.ResetBearing': uiStrings.resetBearing,
      },
      style: offlineStyle(origin),
      // No label fade: without a GPU each fade frame costs 100–300 ms, and a move would draw several.
      fadeDuration: 0,
      bounds: JIAXING_BBOX,
      fitBoundsOptions: { padding: 20 },
      maxBounds: [
        [118.6, 29.0],
        [122.8, 32.2],
      ],
      attributionControl: { compact: false },
      // Exports draw up to 3840 px wide (map-capture.ts); maplibre's default limit is 4096 a side.
      maxCanvasSize: [8192, 8192],
      cooperativeGestures: false,
    });
    this.sources = new MapSources(this.map);
    this.sites = new SiteLayer(this.map, this.sources, {
      onSiteMoved: (id, at) => this.emit('siteMoved', id, at),
    });
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      // Text only (deck sets it as textContent): never HTML.
      getTooltip: ({ object, layer, x, y }) =>
        layer?.id === 'case-hexes' && object && this.caseHexes
          ? { text: this.caseHexes.tooltip(object as CaseHex), style: tooltipPlacement(container, x, y) }
          : null,
    });
    this.map.addControl(this.overlay);
    this.map.on('load', () => {
      this.pushDeckLayers(); // again after load, or beforeId is ignored
      this.events.onLoad();
      this.reportView();
    });
    this.map.on('style.load', () => this.restoreData());
    // deck.gl puts its layers back into a new style only once the style has loaded its tiles
    // (isStyleLoaded); with a tiled basemap that is after style.load, so ask again when the map is idle.
    this.map.on('idle', () => {
      if (this.map.getLayer(LAYER_IDS.cases) && !this.map.getLayer(DECK_GROUP_BEFORE_CASES)) this.pushDeckLayers();
    });
    this.map.on('moveend', () => this.reportView());
    this.map.on('moveend', () => this.pushDeckLayers());
    this.map.on('moveend', () => this.loadCompoundsWhenNear());
    this.map.on('mousemove', (event) => this.events.onPointer({ lng: event.lngLat.lng, lat: event.lngLat.lat }));
    this.map.on('mouseout', () => this.events.onPointer(undefined));
    this.map.on('click', LAYER_IDS.cases, (event) => {
      const feature = event.features?.[0];
      if (feature) this.emit('caseClick', feature.properties ?? {}, { lng: event.lngLat.lng, lat: event.lngLat.lat });
    });
    this.map.on('mousedown', () => this.emit('press'));
    this.map.on('click', (event) => {
      const { x, y } = event.point;
      // The fill, or within a few pixels of an outline: an invalid zone may have no fill to click.
      const hit =
        this.map.queryRenderedFeatures([x, y], { layers: [ZONE_LAYER_IDS.fill] })[0] ??
        this.map.queryRenderedFeatures(
          [
            [x - 4, y - 4],
            [x + 4, y + 4],
          ],
          { layers: ZONE_LINE_LAYER_IDS },
        )[0];
      this.emit('click', {
        zoneId: hit ? String(hit.properties?.id) : undefined,
        siteId: this.sites.siteAt(event.point),
        at: { lng: event.lngLat.lng, lat: event.lngLat.lat },
        point: { x, y },
      });
    });
    this.map.on('moveend', () => this.emit('moveEnd'));
    this.map.on('mouseenter', LAYER_IDS.cases, () => (this.map.getCanvas().style.cursor = 'pointer'));
    this.map.on('mouseleave', LAYER_IDS.cases, () => (this.map.getCanvas().style.cursor = ''));
    this.map.on('error', (event) => this.onMapError(event as maplibregl.ErrorEvent & { sourceId?: string }));
  }

  /** Listens to one of the controller's events; returns the function that stops listening. */
  on<K extends keyof MapIntentEvents>(event: K, listener: MapIntentEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  private emit<K extends keyof MapIntentEvents>(event: K, ...args: Parameters<MapIntentEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: Parameters<MapIntentEvents[K]>) => void)(...args);
  }

  /** The extent and zoom in view now. */
  viewport(): MapViewport {
    const b = this.map.getBounds();
    return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: this.map.getZoom() };
  }

  /** The camera as a slide keeps it. */
  camera(): { center: [number, number]; zoom: number; bearing: number; pitch: number } {
    const center = this.map.getCenter();
    return {
      center: [center.lng, center.lat],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  /**
   * The map drawn off screen at an export's size, at a camera (the one now by default), with the
   * extent shown now kept in view (map-capture.ts). Throws CaptureSizeError beyond the GPU's limits.
   */
  capture(size: CaptureSize, camera: MapCamera = this.camera(), signal?: AbortSignal): Promise<MapCapture> {
    return captureMap(this.map, size, camera, signal, this.deckPixelRatio);
  }

  /** Several views drawn off screen at one export size, the map put back only at the end (a PDF's slides). */
  captureSession<T>(
    size: CaptureSize,
    signal: AbortSignal | undefined,
    run: (capture: (camera: MapCamera) => Promise<MapCapture>) => Promise<T>,
  ): Promise<T> {
    return withCaptureSession(this.map, size, signal, run, this.deckPixelRatio);
  }

  /**
   * deck.gl draws into maplibre's canvas but keeps its own idea of the canvas's size (luma.gl's
   * canvas context, updated by a ResizeObserver that sees CSS sizes only): after an export changes
   * the pixel ratio it must be told, or its layers land at half their places. Not reachable
   * through MapLibreOverlay, hence the cast.
   */
  private readonly deckPixelRatio = (): void => {
    type LumaCanvasContext = {
      cssWidth: number;
      cssHeight: number;
      setDrawingBufferSize: (width: number, height: number) => void;
    };
    const deck = (this.overlay as unknown as { _deck?: { device?: { canvasContext?: LumaCanvasContext } } })._deck;
    const context = deck?.device?.canvasContext;
    if (!context) return;
    const canvas = this.map.getCanvas();
    context.cssWidth = canvas.clientWidth;
    context.cssHeight = canvas.clientHeight;
    context.setDrawingBufferSize(canvas.width, canvas.height);
  };

  /** Moves the camera to a slide's view within `durationMs` (a presenter's step: at most 800 ms). */
  moveCamera(
    camera: { center: [number, number]; zoom: number; bearing: number; pitch: number },
    durationMs: number,
  ): void {
    this.map.resize(); // the briefing's layout may just have changed the map's size
    this.map.easeTo({ ...camera, duration: durationMs, essential: true });
  }

  /** Frames an area (a zone), not closer than street level. */
  fitArea(area: AreaGeometry): void {
    const [west, south, east, north] = areaBBox(area);
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 80, maxZoom: 17, duration: 400 },
    );
  }

  /** Moves to a place, zooming in to at least `minZoom`. */
  showPlace(at: { lng: number; lat: number }, minZoom: number): void {
    this.map.flyTo({ center: [at.lng, at.lat], zoom: Math.max(this.map.getZoom(), minZoom), duration: 400 });
  }

  /** Puts the camera at a place and zoom at once (a view brought back from the URL). */
  jumpTo(at: { lng: number; lat: number }, zoom: number): void {
    this.map.jumpTo({ center: [at.lng, at.lat], zoom });
  }

  /** Eases to a place at a zoom (a cluster's expansion zoom, say). */
  zoomTo(at: { lng: number; lat: number }, zoom: number): void {
    this.map.easeTo({ center: [at.lng, at.lat], zoom });
  }

  /** The drawing tools on this map; the caller destroys them. */
  createZoneDraw(events: ZoneDrawEvents): ZoneDraw {
    return new ZoneDraw(this.map, events);
  }

  /** The maplibre map and deck's overlay themselves, for the test build's hooks only (src/ui/planner/test-hooks.ts): nothing in the app reaches into it. */
  testHandles(): { map: maplibregl.Map; overlay: MapLibreOverlay } {
    return { map: this.map, overlay: this.overlay };
  }

  /** Relabels maplibre's controls after a language switch (maplibre reads its locale only once). */
  setUiStrings(strings: MapUiStrings): void {
    const container = this.map.getContainer();
    const label = (selector: string, text: string) => {
      container.querySelectorAll(selector).forEach((element) => {
        element.setAttribute('title', text);
        element.setAttribute('aria-label', text);
      });
    };
    label('.maplibregl-ctrl-zoom-in', strings.zoomIn);
    label('.maplibregl-ctrl-zoom-out', strings.zoomOut);
    label('.maplibregl-ctrl-compass', strings.resetBearing);
    this.map.getCanvas().setAttribute('aria-label', strings.map);
  }

  setHouseholdPoints(points: HouseholdPoints): void {
    this.householdPoints = points;
    this.sizes = householdMarkSizes(points.households);
    this.inView = undefined;
    this.pushDeckLayers();
  }

  setDensity(density: FeatureCollection): void {
    this.sources.set(SOURCE_IDS.householdDensity, density);
  }

  setCases(cases: FeatureCollection): void {
    this.sources.set(SOURCE_IDS.cases, cases);
  }

  /** Cases per H3 cell for the time window, with the tooltip's text; undefined draws none. */
  setCaseHexes(
    data: CaseHexData | undefined,
    options: { visible: boolean; extruded: boolean; tooltip: (hex: CaseHex) => string },
  ): void {
    const wasExtruded = this.caseHexes?.visible && this.caseHexes.extruded;
    this.caseHexes = data ? { data, ...options } : undefined;
    const extruded = !!data && options.visible && options.extruded;
    // Columns need a tilted view to be seen; flat hexagons look best from above.
    if (extruded !== !!wasExtruded) this.map.easeTo({ pitch: extruded ? 50 : 0, duration: 400 });
    this.pushDeckLayers();
  }

  /** What the hexagon layer draws now (for tests and exports of what is shown). */
  caseHexContents(): CaseHexData | undefined {
    return this.caseHexes?.visible ? this.caseHexes.data : undefined;
  }

  /** A popup at a place, with content built by the caller from text nodes only. */
  showPopup(at: { lng: number; lat: number }, content: HTMLElement): void {
    this.popup?.remove();
    this.popup = new maplibregl.Popup({ closeButton: true, maxWidth: '320px' })
      .setLngLat([at.lng, at.lat])
      .setDOMContent(content)
      .addTo(this.map);
  }

  /** The effective tiers (rings included), drawn as derived areas. */
  setEffectiveTiers(areas: FeatureCollection): void {
    this.sources.set(EFFECTIVE_SOURCE, areas);
  }

  /** The plan's zones (their geometry) and the spots where invalid ones go wrong: only when the zones change. */
  setZones(zones: FeatureCollection, issues: FeatureCollection): void {
    this.sources.set(ZONE_SOURCE, zones);
    this.sources.set(ZONE_ISSUE_SOURCE, issues);
    this.sources.applySelection();
  }

  /** The zones' labels (a point each, with the clock's badge): these change with the date, the geometry does not. */
  setZoneLabels(labels: FeatureCollection): void {
    this.sources.set(ZONE_LABEL_SOURCE, labels);
  }

  /** Highlights one zone (or none) through feature state: no data is sent again. */
  selectZone(id: string | undefined): void {
    this.sources.selectZone(id);
  }

  /** How many times a source was given new data since the map started (for tests that count them). */
  setDataCount(id: string): number {
    return this.sources.count(id);
  }

  /** Shows the demo's synthetic compounds while the plan uses the demo households (and the layer is on). */
  setDemoCompounds(shown: boolean): void {
    this.demoCompounds = shown;
    this.applyVisibility();
    this.loadCompoundsWhenNear();
  }

  /**
   * The compounds' outlines (2.3 MB) are fetched and indexed by maplibre's worker only when first
   * needed: shown, and the map near the zoom they are drawn from. Until then the source is empty,
   * so a session that stays at city scale never pays for them.
   */
  private loadCompoundsWhenNear(): void {
    if (this.compoundsLoaded || !this.demoCompounds || !this.visibility.compounds) return;
    if (this.map.getZoom() < COMPOUND_MIN_ZOOM - 1) return;
    const source = this.map.getSource(COMPOUND_SOURCE) as maplibregl.GeoJSONSource | undefined;
    if (!source) return;
    this.compoundsLoaded = true;
    void source.setData(compoundDataUrl(this.origin));
  }

  setLayerVisibility(visibility: LayerVisibility): void {
    this.visibility = visibility;
    this.loadCompoundsWhenNear();
    this.applyVisibility();
    this.pushDeckLayers();
  }

  /**
   * Switches the basemap; an online one that fails sends onBasemapError and returns to offline. A
   * map file is opened by the planner and shown with setFileBasemap.
   */
  async setBasemap(settings: BasemapSettings): Promise<void> {
    if (settings.active === 'file') return;
    const key = JSON.stringify(settings.active === 'offline' ? { active: 'offline' } : settings);
    if (key === this.basemapKey) return;
    this.basemapKey = key;
    const request = ++this.basemapRequest;
    if (settings.active === 'offline') {
      this.useStyle('offline', offlineStyle(this.origin));
    } else if (settings.active === 'raster') {
      this.useStyle('raster', rasterStyle(this.origin, settings.rasterUrl, settings.attribution));
    } else {
      try {
        const style = await fetchStyle(settings.styleUrl);
        if (request === this.basemapRequest) this.useStyle('style', mergeStyle(this.origin, style));
      } catch (error) {
        if (request === this.basemapRequest) this.failBasemap(error instanceof Error ? error.message : String(error));
      }
    }
  }

  /** Shows an opened map file (.pmtiles) as the basemap; its tiles failing sends onBasemapError. */
  setFileBasemap(opened: OpenedArchive): void {
    const key = JSON.stringify({ active: 'file', key: opened.key });
    if (key === this.basemapKey) return;
    this.basemapKey = key;
    ++this.basemapRequest;
    this.useStyle('file', fileStyle(this.origin, opened.key, opened.info));
  }

  /** Briefing mode: zone names large enough to read from the back of the room. */
  setBriefing(on: boolean): void {
    if (this.briefing === on) return;
    this.briefing = on;
    this.applyBriefing();
  }

  private applyBriefing(): void {
    if (!this.map.getLayer(ZONE_LAYER_IDS.labels)) return;
    if (this.briefing) {
      this.labelSize ??= this.map.getLayoutProperty(ZONE_LAYER_IDS.labels, 'text-size') as unknown;
      this.map.setLayoutProperty(ZONE_LAYER_IDS.labels, 'text-size', 26);
    } else if (this.labelSize !== undefined) {
      this.map.setLayoutProperty(ZONE_LAYER_IDS.labels, 'text-size', this.labelSize as number);
    }
  }

  /** Street and place names of a map file follow the UI language (map global state, no new style). */
  setLanguage(language: string): void {
    this.language = language;
    try {
      this.map.setGlobalStateProperty(LANGUAGE_STATE, language);
    } catch {
      // The style is still loading: style.load applies the language (restoreData).
    }
  }

  destroy(): void {
    this.overlay.finalize();
    this.map.remove();
  }

  private useStyle(kind: BasemapSettings['active'], style: maplibregl.StyleSpecification): void {
    this.basemap = kind;
    this.map.setStyle(style, { diff: false, transformStyle: carryDrawLayers });
  }

  private failBasemap(detail: string): void {
    if (this.basemap !== 'offline') this.useStyle('offline', offlineStyle(this.origin));
    this.basemap = 'offline';
    this.basemapKey = JSON.stringify({ active: 'offline' });
    this.events.onBasemapError(detail);
  }

  private onMapError(event: maplibregl.ErrorEvent & { sourceId?: string }): void {
    const detail = event.error?.message ?? 'unknown error';
    const ours = [
      ...(Object.values(SOURCE_IDS) as string[]),
      ZONE_SOURCE,
      ZONE_ISSUE_SOURCE,
      ZONE_LABEL_SOURCE,
      COMPOUND_SOURCE,
    ].filter((id) => id !== SOURCE_IDS.onlineRaster);
    const fromOnlineBasemap =
      this.basemap !== 'offline' && (event.sourceId === undefined || !ours.includes(event.sourceId));
    if (fromOnlineBasemap) this.failBasemap(detail);
    else console.warn('Map error:', detail);
  }

  private restoreData(): void {
    // A new style starts with an empty compound source.
    this.compoundsLoaded = false;
    this.loadCompoundsWhenNear();
    this.map.setGlobalStateProperty(LANGUAGE_STATE, this.language);
    this.labelSize = undefined;
    this.applyBriefing();
    this.sources.restore();
    this.applyVisibility();
    this.pushDeckLayers();
  }

  /** What a source was last given (for tests and for exports of what is shown). */
  sourceContents(id: string): FeatureCollection | undefined {
    return this.sources.contents(id);
  }

  private applyVisibility(): void {
    const show = (id: string, visible: boolean) => {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    };
    show(LAYER_IDS.districtLine, this.visibility.districts);
    show(LAYER_IDS.districtLabels, this.visibility.districts);
    show(LAYER_IDS.householdDensity, this.visibility.density);
    for (const id of Object.values(COMPOUND_LAYER_IDS)) show(id, this.visibility.compounds && this.demoCompounds);
    show(LAYER_IDS.cases, this.visibility.cases);
    show(LAYER_IDS.caseClusterLabels, this.visibility.cases);
  }

  private pushDeckLayers(): void {
    if (!this.map.getLayer(LAYER_IDS.cases)) {
      this.overlay.setProps({ layers: [] });
      return;
    }
    // Both layers are always there, empty until their data comes: deck.gl places a layer under
    // its beforeId only for the layers it has when the map loads.
    const hexes = this.caseHexes;
    const hexLayer = caseHexLayer(hexes?.data ?? NO_HEXES, {
      visible: !!hexes?.visible,
      extruded: !!hexes?.extruded,
      beforeId: ZONE_LAYER_IDS.effectiveFill,
    });
    const visible =
      !!this.householdPoints &&
      !!this.sizes &&
      this.visibility.householdPoints &&
      this.map.getZoom() >= HOUSEHOLD_POINTS_MIN_ZOOM;
    if (visible && this.householdPoints && this.sizes) {
      const b = this.map.getBounds();
      const view: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      if (!this.inView || !viewInside(view, this.inView.bounds))
        this.inView = pointsInView(this.householdPoints, this.sizes, view);
    }
    this.overlay.setProps({
      layers: [hexLayer, householdPointsLayer(visible && this.inView ? this.inView : NO_POINTS, visible)],
    });
  }

  private reportView(): void {
    const center = this.map.getCenter();
    this.events.onView({ zoom: this.map.getZoom(), lng: center.lng, lat: center.lat, bearing: this.map.getBearing() });
  }
}
