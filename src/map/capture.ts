// A picture of a map for the COPIL sheet, at print resolution: the canvas drawn again at a higher
// pixel ratio (after the map is idle), read in its own 'render' event, and the DOM labels
// (sector and commune names) returned as text with their place on the picture.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapCapture } from '../state/shape/map-ports';
import { metresPerCssPx } from '../geo/scale-bar';
import { overlaysOn } from './overlays';

const idle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/** Null when the map is not on screen (the list or programme view hides it): the sheet is made without it. */
export async function captureMap(map: MapLibreMap, minWidthPx: number): Promise<MapCapture | null> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  if (cssWidth === 0 || cssHeight === 0) return null;
  const previous = map.getPixelRatio();
  map.setPixelRatio(Math.max(previous, Math.ceil(minWidthPx / Math.max(1, cssWidth))));
  try {
    await idle(map);
    const image = await new Promise<string>((resolve) => {
      map.once('render', () => resolve(map.getCanvas().toDataURL('image/jpeg', 0.9)));
      map.triggerRepaint();
    });
    const canvas = map.getCanvas();
    const labels = overlaysOn(container)
      .filter((o) => o.kind !== 'pin')
      .map(({ text, x, y, kind }) => ({ text, x, y, kind }));
    return {
      image,
      widthPx: canvas.width,
      heightPx: canvas.height,
      labels,
      metresPerCssPx: metresPerCssPx(map.getCenter().lat, map.getZoom()),
      cssWidth,
      bearing: map.getBearing(),
    };
  } finally {
    map.setPixelRatio(previous);
  }
}
