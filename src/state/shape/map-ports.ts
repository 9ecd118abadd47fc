// What the UI may ask of the map layer without importing it (ui/ports.ts provides it to
// components; main.tsx implements it with src/map, loaded on demand). Declared here, below both
// the UI and the map, which share these shapes.

export interface MapCapture {
  /** JPEG, as a data URL. */
  readonly image: string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Labels over the picture: positions as fractions of its width and height. */
  readonly labels: readonly { readonly text: string; readonly x: number; readonly y: number; readonly kind: string }[];
  /** For the scale bar: metres per CSS pixel at the centre, and the picture's width in CSS pixels. */
  readonly metresPerCssPx: number;
  readonly cssWidth: number;
  readonly bearing: number;
}

export interface Mounted {
  destroy(): void;
}

export interface MapPorts {
  /** The comparison held in the store, into this element. */
  mountCompare(container: HTMLElement): Promise<Mounted>;
  /** A picture of the map shown (or of the comparison), at least `minWidthPx` wide; null without a map. */
  captureMap(minWidthPx: number): Promise<MapCapture | null>;
}
