// Types for the two small map plugins that ship none.
declare module '@maplibre/maplibre-gl-compare' {
  import type { Map } from 'maplibre-gl';
  export default class Compare {
    constructor(a: Map, b: Map, container: string | HTMLElement, options?: { orientation?: 'vertical' | 'horizontal'; mousemove?: boolean });
    setSlider(x: number): void;
    remove(): void;
  }
}
declare module '@mapbox/mapbox-gl-sync-move' {
  import type { Map } from 'maplibre-gl';
  /** Keeps the maps' views in step; returns the function that stops it. */
  export default function syncMove(...maps: Map[]): () => void;
}
