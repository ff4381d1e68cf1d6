import type { StyleSpecification } from 'maplibre-gl';
import { escapeHtml } from '../escape-html';
import { cordonSources, fontFaces, LAYER_IDS, offlineBaseLayers, overlayLayers, SOURCE_IDS } from './offline-style';

/** An online raster basemap under Cordon's boundaries, data and labels. */
export function rasterStyle(origin: string, tileUrl: string, attribution: string): StyleSpecification {
  const background = offlineBaseLayers()[0];
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
    },
    layers: [
      background,
      { id: LAYER_IDS.onlineRaster, type: 'raster', source: SOURCE_IDS.onlineRaster },
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
