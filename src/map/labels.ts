// Commune and sector names as DOM markers: real text (readable offline, no glyph server needed,
// read by screen readers), styled by CSS. Where two would overlap, the later one (groups in the
// order they were set, e.g. sectors before communes) is hidden until the map moves apart again.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { MapLabel } from '../state/map-selectors';

export class LabelLayer {
  private readonly markers = new Map<string, Marker[]>();
  constructor(private readonly map: MapLibreMap) {
    map.on('moveend', this.declutter);
    map.on('resize', this.declutter);
  }

  private readonly declutter = (): void => {
    // All shown, then all measured, then the overlapping ones hidden: one layout, not one a label.
    const elements = [...this.markers.values()].flatMap((group) => group.map((m) => m.getElement()));
    for (const el of elements) el.classList.remove('map-label--hidden');
    const rects = elements.map((el) => el.getBoundingClientRect());
    const kept: DOMRect[] = [];
    elements.forEach((el, i) => {
      const r = rects[i]!;
      if (r.width === 0) return;
      if (kept.some((k) => r.left < k.right && k.left < r.right && r.top < k.bottom && k.top < r.bottom)) el.classList.add('map-label--hidden');
      else kept.push(r);
    });
  };

  /** Replace one group of labels ("communes", "sectors"). */
  set(group: string, labels: readonly MapLabel[]): void {
    for (const m of this.markers.get(group) ?? []) m.remove();
    this.markers.set(
      group,
      labels.map(({ text, at }) => {
        const el = document.createElement('div');
        el.className = `map-label map-label--${group}`;
        el.textContent = text;
        // Place and sector names are French in either UI: read as French by screen readers.
        el.lang = 'fr';
        return new Marker({ element: el }).setLngLat(at).addTo(this.map);
      }),
    );
    this.declutter();
  }

  clear(): void {
    this.map.off('moveend', this.declutter);
    this.map.off('resize', this.declutter);
    for (const group of this.markers.values()) for (const m of group) m.remove();
    this.markers.clear();
  }
}
