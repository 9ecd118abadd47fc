// Commune and sector names as DOM markers: real text (readable offline, no glyph server needed,
// read by screen readers), styled by CSS.
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { MapLabel } from '../state/selectors';

export class LabelLayer {
  private readonly markers = new Map<string, Marker[]>();
  constructor(private readonly map: MapLibreMap) {}

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
  }

  clear(): void {
    for (const group of this.markers.values()) for (const m of group) m.remove();
    this.markers.clear();
  }
}
