import type { StyleSpecification } from 'maplibre-gl';

/** The prefix of the drawing tool's (terra-draw's) sources and layers. */
export const DRAW_PREFIX = 'cordon-draw';

/**
 * A new basemap style with the drawing tool's sources and layers carried over from the style it
 * replaces, on top: terra-draw adds them once, when it starts, and would otherwise lose them (and
 * what is being drawn) at a basemap switch. For maplibre's setStyle `transformStyle`.
 */
export function carryDrawLayers(
  previous: StyleSpecification | undefined,
  next: StyleSpecification,
): StyleSpecification {
  if (!previous) return next;
  const ours = (id: string) => id.startsWith(`${DRAW_PREFIX}-`);
  const sources = Object.fromEntries(Object.entries(previous.sources).filter(([id]) => ours(id)));
  const layers = previous.layers.filter((layer) => ours(layer.id));
  return { ...next, sources: { ...next.sources, ...sources }, layers: [...next.layers, ...layers] };
}
