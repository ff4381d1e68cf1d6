/**
 * Where the hexagon tooltip goes: beside the pointer, on the side with room, so it is never cut
 * off at the map's right or bottom edge (deck.gl applies this style after its own placement).
 */
export function tooltipPlacement(container: HTMLElement, x: number, y: number): Partial<CSSStyleDeclaration> {
  const flipX = x > container.clientWidth - 260;
  const flipY = y > container.clientHeight - 90;
  const left = flipX ? `calc(${x - 14}px - 100%)` : `${x + 14}px`;
  const top = flipY ? `calc(${y - 14}px - 100%)` : `${y + 14}px`;
  return {
    transform: `translate(${left}, ${top})`,
    maxWidth: '240px',
    padding: '6px 8px',
    borderRadius: '4px',
    font: '13px/1.35 system-ui, sans-serif',
    color: '#ffffff',
    backgroundColor: 'rgba(31, 45, 58, 0.92)',
    whiteSpace: 'normal',
  };
}
