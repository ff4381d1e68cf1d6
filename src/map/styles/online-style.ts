import type { StyleSpecification } from 'maplibre-gl';
import { escapeHtml } from '../escape-html';
import { tiandituLabelUrl } from '../../types/basemap-settings';
import { cordonSources, fontFaces, LAYER_IDS, offlineBaseLayers, overlayLayers, SOURCE_IDS } from './offline-style';

/** The source and layer of an online basemap's own names (Tianditu's cva). */
export const ONLINE_LABELS = 'online-labels';

/** An online raster basemap under Cordon's boundaries, data and labels. */
export function rasterStyle(origin: string, tileUrl: string, attribution: string): StyleSpecification {
  const background = offlineBaseLayers()[0];
  // Tianditu draws its names on a layer of their own (cva), over its map (vec).
  const labelUrl = tiandituLabelUrl(tileUrl);
  const labels: { sources: StyleSpecification['sources']; layers: StyleSpecification['layers'] } = labelUrl
    ? {
        sources: { [ONLINE_LABELS]: { type: 'raster', tiles: [labelUrl], tileSize: 256, maxzoom: 18 } },
        layers: [{ id: ONLINE_LABELS, type: 'raster', source: ONLINE_LABELS }],
      }
    : { sources: {}, layers: [] };
  return {
    version: 8,
    name: 'Cordon over raster tiles',
    'font-faces': fontFaces(origin),
    sources: {
      ...cordonSources(origin),
      [SOURCE_IDS.onlineRaster]: {
        type: 'raster',
        tiles: [tileUrl],
        tileSize: 256,
        maxzoom: 19,
        attribution: escapeHtml(attribution),
      },
      ...labels.sources,
    },
    layers: [
      background,
      { id: LAYER_IDS.onlineRaster, type: 'raster', source: SOURCE_IDS.onlineRaster },
      ...labels.layers,
      ...overlayLayers(),
    ],
  };
}

/**
 * A user's MapLibre style with Cordon's sources and layers added on top. Ids are Cordon's own; a
 * style that already uses one of them is refused rather than silently overwritten.
 */
export function mergeStyle(origin: string, base: StyleSpecification): StyleSpecification {
  const ours = cordonSources(origin);
  const clash = Object.keys(ours).find((id) => id in (base.sources ?? {}));
  if (clash) throw new Error(`the style already has a source named "${clash}"`);
  return {
    ...base,
    'font-faces': { ...(base['font-faces'] ?? {}), ...fontFaces(origin) },
    sources: { ...base.sources, ...ours },
    layers: [...base.layers, ...overlayLayers()],
  };
}

/** Minimal shape check of a fetched style, so a wrong URL gives a clear message. */
export function assertStyle(value: unknown): asserts value is StyleSpecification {
  const style = value as Partial<StyleSpecification> | null;
  if (!style || style.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers)) {
    throw new Error('the URL did not return a MapLibre style (version 8 with sources and layers)');
  }
}
