/**
 * Escapes text for the few places a library renders strings as HTML (maplibre's attribution
 * control). User text must go through this before it reaches such a place.
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
