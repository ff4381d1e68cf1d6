import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Position } from 'geojson';
import type { SiteKind } from '../domain/sites/site';
import type { AreaGeometry } from '../domain/geo/types';
import { snapToAreas } from '../domain/zones/snap';
import type { MapSources } from './map-sources';
import { SITE_SYMBOLS, siteKindOfImage } from './layers/site-symbols';
import { CATCHMENT_SOURCE, SITE_LAYER_IDS, SITE_SOURCE, UNCOVERED_SOURCE } from './styles/site-layers';

/** Held down while placing or dragging a site, the pointer does not snap (as when drawing zones). */
const SNAP_OFF_KEY = 'Alt';
/** How far the pointer must move before a press on a site becomes a drag, in pixels. */
const DRAG_THRESHOLD_PX = 3;

/** The pixels of a kind's symbol at twice the CSS size (sharp on high-density screens). */
function symbolImage(kind: SiteKind): ImageData {
  const scale = 2;
  const size = 28;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * scale;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  const { color, shape, mark } = SITE_SYMBOLS[kind];
  context.scale((size * scale) / 26, (size * scale) / 26);
  context.translate(1, 1);
  const outline = new Path2D(shape);
  context.lineJoin = 'round';
  context.lineWidth = 2.2;
  context.strokeStyle = '#ffffff';
  context.stroke(outline);
  context.fillStyle = color;
  context.fill(outline);
  context.fillStyle = '#ffffff';
  context.fill(new Path2D(mark));
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

export interface SiteLayerEvents {
  /** A site was dragged to a new place (snapped to a zone's vertex or edge within 10 px, unless Alt is held). */
  onSiteMoved: (id: string, at: { lng: number; lat: number }) => void;
}

/**
 * The plan's sites on the map (docs/architecture.md, Sites): their symbols (made on demand when a
 * style asks for them, so a basemap switch keeps them), the selected one's highlight and
 * catchment, the uncovered cells, and dragging a site to move it while the plan may be edited.
 */
export class SiteLayer {
  private editable = false;
  private snapTargets: AreaGeometry[] = [];
  private snapOff = false;
  private drag?: { id: string; start: { x: number; y: number }; moved: boolean; at?: Position };

  constructor(
    private readonly map: maplibregl.Map,
    private readonly sources: MapSources,
    private readonly events: SiteLayerEvents,
  ) {
    map.on('styleimagemissing', (event: { id: string }) => {
      const kind = siteKindOfImage(event.id);
      if (kind && !map.hasImage(event.id)) map.addImage(event.id, symbolImage(kind), { pixelRatio: 2 });
    });
    const keys = (event: KeyboardEvent) => {
      if (event.key === SNAP_OFF_KEY) this.snapOff = event.type === 'keydown';
    };
    window.addEventListener('keydown', keys);
    window.addEventListener('keyup', keys);
    window.addEventListener('blur', () => (this.snapOff = false));
    map.on('mouseenter', SITE_LAYER_IDS.icons, () => {
      if (this.editable) map.getCanvas().style.cursor = 'move';
    });
    map.on('mouseleave', SITE_LAYER_IDS.icons, () => {
      if (!this.drag) map.getCanvas().style.cursor = '';
    });
    map.on('mousedown', SITE_LAYER_IDS.icons, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (!this.editable || typeof id !== 'string' || event.originalEvent.button !== 0) return;
      event.preventDefault();
      this.drag = { id, start: { x: event.point.x, y: event.point.y }, moved: false };
    });
    map.on('mousemove', (event) => {
      const drag = this.drag;
      if (!drag) return;
      if (!drag.moved && Math.hypot(event.point.x - drag.start.x, event.point.y - drag.start.y) < DRAG_THRESHOLD_PX)
        return;
      drag.moved = true;
      drag.at = this.snapped(event.point, [event.lngLat.lng, event.lngLat.lat]);
      this.showAt(drag.id, drag.at);
    });
    map.on('mouseup', () => {
      const drag = this.drag;
      this.drag = undefined;
      map.getCanvas().style.cursor = '';
      if (drag?.moved && drag.at) this.events.onSiteMoved(drag.id, { lng: drag.at[0], lat: drag.at[1] });
    });
  }

  /** Whether sites may be dragged (not while the plan is read-only or on the wall). */
  setEditable(editable: boolean): void {
    this.editable = editable;
  }

  /** The zones a placed or dragged site snaps to. */
  setSnapTargets(areas: AreaGeometry[]): void {
    this.snapTargets = areas;
  }

  /** Where a pointer at `point` puts a site: a zone's vertex or edge within 10 px, else the pointer's place. */
  snapped(point: { x: number; y: number }, at: Position): Position {
    if (this.snapOff || this.snapTargets.length === 0) return at;
    return (
      snapToAreas(
        point,
        this.snapTargets,
        (lng, lat) => this.map.project([lng, lat]),
        (x, y) => {
          const position = this.map.unproject([x, y]);
          return [position.lng, position.lat];
        },
      ) ?? at
    );
  }

  /** Whether a drag is under way (the click that ends it must not select or place anything). */
  dragging(): boolean {
    return this.drag?.moved === true;
  }

  /** The site under a screen point, if any. */
  siteAt(point: { x: number; y: number }): string | undefined {
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - 3, point.y - 3],
      [point.x + 3, point.y + 3],
    ];
    const hit = this.map.queryRenderedFeatures(box, { layers: [SITE_LAYER_IDS.icons] })[0];
    const id = hit?.properties?.id;
    return typeof id === 'string' ? id : undefined;
  }

  setSites(sites: FeatureCollection): void {
    this.sources.set(SITE_SOURCE, sites);
    this.sources.applySelection();
  }

  selectSite(id: string | undefined): void {
    this.sources.select(SITE_SOURCE, id);
  }

  setCatchment(area: FeatureCollection): void {
    this.sources.set(CATCHMENT_SOURCE, area);
  }

  setUncovered(cells: FeatureCollection): void {
    this.sources.set(UNCOVERED_SOURCE, cells);
  }

  /** Draws one site at a place while it is dragged (the plan changes only when it is let go). */
  private showAt(id: string, at: Position): void {
    const data = this.sources.contents(SITE_SOURCE);
    if (!data) return;
    const source = this.map.getSource(SITE_SOURCE) as maplibregl.GeoJSONSource | undefined;
    source?.setData({
      ...data,
      features: data.features.map((feature) =>
        feature.id === id ? { ...feature, geometry: { type: 'Point', coordinates: at } } : feature,
      ),
    });
  }
}
