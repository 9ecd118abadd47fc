// What the map shows in the DOM over its canvas — the names of sectors and communes (those CSS and
// the decluttering leave visible) and the chosen place's pin — with their place as fractions of the
// map's box: the COPIL sheet (capture.ts) and the printed page (print-snapshot.ts) redraw them there.
export interface MapOverlay {
  readonly element: HTMLElement;
  readonly text: string;
  readonly kind: 'sector' | 'commune' | 'pin';
  /** The label's centre, or the pin's tip. */
  readonly x: number;
  readonly y: number;
}

export function overlaysOn(container: HTMLElement): MapOverlay[] {
  const box = container.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return [];
  const at = (element: HTMLElement, kind: MapOverlay['kind']): MapOverlay | null => {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || element.classList.contains('map-label--hidden')) return null;
    const x = (r.left + r.width / 2 - box.left) / box.width;
    const y = ((kind === 'pin' ? r.bottom : r.top + r.height / 2) - box.top) / box.height;
    return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { element, text: element.textContent ?? '', kind, x, y } : null;
  };
  const labels = [...container.querySelectorAll<HTMLElement>('.map-label')].map((el) => at(el, el.classList.contains('map-label--sectors') ? 'sector' : 'commune'));
  const pin = container.querySelector<HTMLElement>('.map-pin');
  return [...labels, pin && at(pin, 'pin')].filter((o): o is MapOverlay => o !== null && (o.kind === 'pin' || o.text !== ''));
}
