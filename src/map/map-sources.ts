import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { ZONE_SOURCE } from './styles/zone-layers';

/**
 * The data of the map's GeoJSON sources and the selected zone's feature state, kept so that both
 * can be given again after a style change (a basemap switch), with a count of what each source
 * was sent (docs/architecture.md, The map controller).
 */
export class MapSources {
  private readonly data = new Map<string, FeatureCollection>();
  private readonly calls = new Map<string, number>();
  private selectedZone: string | undefined;

  constructor(private readonly map: maplibregl.Map) {}

  /** Keeps and sends a source's data. */
  set(id: string, data: FeatureCollection): void {
    this.data.set(id, data);
    this.send(id, data);
  }

  /** What a source was last given. */
  contents(id: string): FeatureCollection | undefined {
    return this.data.get(id);
  }

  /** How many times a source was given new data since the map started. */
  count(id: string): number {
    return this.calls.get(id) ?? 0;
  }

  /** Highlights one zone (or none) through feature state: no data is sent again. */
  selectZone(id: string | undefined): void {
    if (id === this.selectedZone) return;
    if (this.selectedZone !== undefined && this.map.getSource(ZONE_SOURCE))
      this.map.removeFeatureState({ source: ZONE_SOURCE, id: this.selectedZone }, 'selected');
    this.selectedZone = id;
    this.applySelection();
  }

  /** Sets the selected zone's feature state again (after its source got new data or a new style). */
  applySelection(): void {
    if (this.selectedZone !== undefined && this.map.getSource(ZONE_SOURCE))
      this.map.setFeatureState({ source: ZONE_SOURCE, id: this.selectedZone }, { selected: true });
  }

  /** Sends every source its data again, and the selection (a new style starts empty). */
  restore(): void {
    for (const [id, data] of this.data) this.send(id, data);
    this.applySelection();
  }

  private send(id: string, data: FeatureCollection): void {
    const source = this.map.getSource(id) as maplibregl.GeoJSONSource | undefined;
    if (!source) return;
    source.setData(data);
    this.calls.set(id, (this.calls.get(id) ?? 0) + 1);
  }
}
