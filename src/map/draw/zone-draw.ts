import type * as maplibregl from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawLineStringMode,
  TerraDrawModeUndoRedo,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type SnapToCustom,
  type TerraDrawMouseEvent,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Polygon, Position } from 'geojson';
import { haversineMeters } from '../../domain/geo/distance';
import type { AreaGeometry } from '../../domain/geo/types';
import { TIER_COLORS, type Tier } from '../../domain/zones/tier';
import { snapToAreas } from '../../domain/zones/snap';
import { INVALID_LINE_COLOR } from '../styles/zone-layers';
import { DRAW_PREFIX } from './carry-draw-layers';

const INVALID_FILL = '#9e9e9e';

/** What the pointer draws: a zone shape, a shape to cut out, or a line to split along. */
export type DrawIntent =
  { kind: 'zone'; tier: Tier; shape: 'polygon' | 'rectangle' | 'circle' } | { kind: 'cutter' } | { kind: 'split-line' };

export interface ZoneDrawEvents {
  onShapeDrawn: (intent: DrawIntent, geometry: Polygon) => void;
  onLineDrawn: (line: Position[]) => void;
  /** One finished edit of the zone being edited: a vertex drag, a move, an inserted or deleted vertex. */
  onZoneEdited: (zoneId: string, geometry: Polygon, how: 'vertex' | 'move') => void;
  /** Radius in metres while a circle is drawn; undefined when not drawing one. */
  onCircleRadius: (meters: number | undefined) => void;
}

const SNAP_TOLERANCE_PX = 10;
/** Hold this key to place a vertex exactly where the pointer is. */
export const SNAP_OFF_KEY = 'Alt';

/**
 * Drawing and vertex editing through terra-draw. Cordon's plan stays the source of truth:
 * terra-draw only holds the shape being drawn, or the one zone being edited, for as long as that
 * lasts, and every finished gesture is reported back as one event (one undo step).
 */
export class ZoneDraw {
  private readonly draw: TerraDraw;
  private intent?: DrawIntent;
  private editing?: { zoneId: string; featureId: string | number };
  private snapTargets: AreaGeometry[] = [];
  /**
   * Whether the snap-off key is held. Tracked on the window: terra-draw only hears keys while the
   * map has focus, and after a click on a toolbar button the focus is on that button.
   */
  private snapOff = false;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === SNAP_OFF_KEY) this.snapOff = event.type === 'keydown';
  };
  private readonly onBlur = () => {
    this.snapOff = false;
  };

  constructor(
    private readonly map: maplibregl.Map,
    private readonly events: ZoneDrawEvents,
  ) {
    const snapping = { toCustom: this.snap };
    const polygonStyles = {
      fillOpacity: 0.25,
      outlineWidth: 3,
      closingPointWidth: 6,
      closingPointColor: '#ffffff' as const,
      closingPointOutlineColor: '#1f2d3a' as const,
      closingPointOutlineWidth: 2,
    };
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: DRAW_PREFIX }),
      modes: [
        new TerraDrawPolygonMode({
          snapping,
          keyEvents: { cancel: 'Escape', finish: 'Enter' },
          styles: polygonStyles,
          pointerDistance: 12,
        }),
        new TerraDrawRectangleMode({
          keyEvents: { cancel: 'Escape', finish: 'Enter' },
          styles: { fillOpacity: 0.25, outlineWidth: 3 },
        }),
        new TerraDrawCircleMode({
          keyEvents: { cancel: 'Escape', finish: 'Enter' },
          styles: { fillOpacity: 0.25, outlineWidth: 3 },
          segments: 64,
        }),
        new TerraDrawLineStringMode({
          snapping,
          keyEvents: { cancel: 'Escape', finish: 'Enter' },
          styles: { lineStringColor: '#1d5fa8', lineStringWidth: 3 },
        }),
        new TerraDrawSelectMode({
          allowManualDeselection: false,
          allowManualSelection: false,
          keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
          flags: {
            polygon: {
              feature: {
                draggable: true,
                coordinates: {
                  draggable: true,
                  midpoints: { draggable: true },
                  deletable: true,
                  snappable: { toCustom: this.snap },
                },
              },
            },
          },
          // An invalid zone under edit keeps the invalid style (grey, red edge), so it reads as the thing to fix.
          styles: {
            selectedPolygonColor: (feature) => (feature.properties.invalid ? INVALID_FILL : '#1d5fa8'),
            selectedPolygonFillOpacity: 0.15,
            selectedPolygonOutlineColor: (feature) => (feature.properties.invalid ? INVALID_LINE_COLOR : '#1d5fa8'),
            selectedPolygonOutlineWidth: 2,
            selectionPointWidth: 6,
            midPointWidth: 4,
          },
        }),
      ],
      undoRedo: { modeLevel: new TerraDrawModeUndoRedo() },
    });
    this.draw.start();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('keyup', this.onKey);
    window.addEventListener('blur', this.onBlur);
    this.draw.on('finish', (id, context) => this.onFinish(id, context.mode, context.action));
    this.draw.on('change', (ids) => this.onChange(ids));
  }

  /** Starts drawing; Enter or a click on the first vertex finishes, Escape cancels. */
  startDrawing(intent: DrawIntent, snapTargets: AreaGeometry[]): void {
    this.stopEditing();
    this.intent = intent;
    this.snapTargets = snapTargets;
    const mode = intent.kind === 'split-line' ? 'linestring' : intent.kind === 'cutter' ? 'polygon' : intent.shape;
    this.draw.setMode(mode);
    if (intent.kind === 'zone') this.tint(TIER_COLORS[intent.tier]);
    else this.tint('#1d5fa8');
  }

  /** Stops drawing without keeping anything. */
  cancelDrawing(): void {
    this.intent = undefined;
    this.draw.clear();
    this.draw.setMode('static');
    this.events.onCircleRadius(undefined);
  }

  /** Removes the last vertex of the shape being drawn (Backspace); false when there is none. */
  removeLastVertex(): boolean {
    if (!this.intent || this.draw.getModeState() !== 'drawing' || !this.draw.canUndo()) return false;
    this.draw.undo();
    return true;
  }

  get isDrawing(): boolean {
    return this.draw.getModeState() === 'drawing';
  }

  /**
   * Lets the user reshape one single-polygon zone: drag vertices, add at midpoints, delete
   * (right-click), move. An invalid zone (crossing edges, say) is editable too: moving a vertex
   * is how it gets fixed.
   */
  startEditing(zoneId: string, geometry: Polygon, snapTargets: AreaGeometry[], invalid = false): void {
    this.cancelDrawing();
    this.snapTargets = snapTargets;
    const featureId = this.draw.getFeatureId();
    const feature: GeoJSONStoreFeatures = {
      id: featureId,
      type: 'Feature',
      geometry,
      properties: { mode: 'polygon', invalid },
    };
    const [validation] = this.draw.addFeatures([feature]);
    if (!validation?.valid) return;
    this.draw.setMode('select');
    this.draw.selectFeature(featureId);
    this.editing = { zoneId, featureId };
  }

  stopEditing(): void {
    if (!this.editing) return;
    this.editing = undefined;
    this.draw.clear();
    this.draw.setMode('static');
  }

  get editingZoneId(): string | undefined {
    return this.editing?.zoneId;
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('keyup', this.onKey);
    window.removeEventListener('blur', this.onBlur);
    this.draw.stop();
  }

  private readonly snap: SnapToCustom = (event: TerraDrawMouseEvent) => {
    if (this.snapOff || event.heldKeys.includes(SNAP_OFF_KEY) || this.snapTargets.length === 0) return undefined;
    return snapToAreas(
      { x: event.containerX, y: event.containerY },
      this.snapTargets,
      (lng, lat) => this.map.project([lng, lat]),
      (x, y) => {
        const lngLat = this.map.unproject([x, y]);
        return [lngLat.lng, lngLat.lat];
      },
      SNAP_TOLERANCE_PX,
    );
  };

  private tint(color: string): void {
    const hex = color as `#${string}`;
    for (const mode of ['polygon', 'rectangle', 'circle']) {
      this.draw.setModeStyles(mode, { fillColor: hex, outlineColor: hex });
    }
  }

  private onFinish(id: string | number, mode: string, action: string): void {
    const feature = this.draw.getSnapshotFeature(id);
    if (!feature) return;
    if (
      this.editing &&
      mode === 'select' &&
      feature.id === this.editing.featureId &&
      feature.geometry.type === 'Polygon'
    ) {
      this.events.onZoneEdited(
        this.editing.zoneId,
        feature.geometry as Polygon,
        action === 'dragFeature' ? 'move' : 'vertex',
      );
      return;
    }
    if (action !== 'draw' || !this.intent) return;
    const intent = this.intent;
    this.draw.removeFeatures([id]);
    this.events.onCircleRadius(undefined);
    if (intent.kind === 'split-line' && feature.geometry.type === 'LineString')
      this.events.onLineDrawn(feature.geometry.coordinates as Position[]);
    else if (feature.geometry.type === 'Polygon') this.events.onShapeDrawn(intent, feature.geometry as Polygon);
  }

  private onChange(ids: (string | number)[]): void {
    if (this.intent?.kind !== 'zone' || this.intent.shape !== 'circle') return;
    const feature = ids.map((id) => this.draw.getSnapshotFeature(id)).find((f) => f?.geometry.type === 'Polygon');
    if (!feature) return;
    const ring = (feature.geometry as Polygon).coordinates[0];
    const centre = ring
      .slice(0, -1)
      .reduce<Position>((sum, p) => [sum[0] + p[0] / (ring.length - 1), sum[1] + p[1] / (ring.length - 1)], [0, 0]);
    this.events.onCircleRadius(haversineMeters([centre[0], centre[1]], [ring[0][0], ring[0][1]]));
  }
}
