import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { ZONE_SOURCE } from './styles/zone-layers';

/**
 * The data of the map's GeoJSON sources and the selected features' state, kept so that both
 * can be given again after a style change (a basemap switch), with a count of what each source
 * was sent (docs/architecture.md, The map controller).
 */
export class MapSources {
  private readonly data = new Map<string, FeatureCollection>();
  private readonly calls = new Map<string, number>();
  /** The selected feature of each source that has one (a zone, a site). */
  private readonly selected = new Map<string, string>();

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
    this.select(ZONE_SOURCE, id);
  }

  /** Highlights one feature of a source (or none) through feature state (its `selected`). */
  select(source: string, id: string | undefined): void {
    const before = this.selected.get(source);
    if (id === before) return;
    if (before !== undefined && this.map.getSource(source))
      this.map.removeFeatureState({ source, id: before }, 'selected');
    if (id === undefined) this.selected.delete(source);
    else this.selected.set(source, id);
    this.applySelection();
  }

  /** Sets the selected features' state again (after their source got new data or a new style). */
  applySelection(): void {
    for (const [source, id] of this.selected)
      if (this.map.getSource(source)) this.map.setFeatureState({ source, id }, { selected: true });
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
