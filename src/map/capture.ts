// A picture of a map for the COPIL sheet, at print resolution: the canvas drawn again at a higher
// pixel ratio (after the map is idle), read in its own 'render' event, and the DOM labels
// (sector and commune names) returned as text with their place on the picture.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapCapture } from '../state/shape/map-ports';
import { metresPerCssPx } from '../geo/scale-bar';

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
    const box = container.getBoundingClientRect();
    const labels = [...container.querySelectorAll<HTMLElement>('.map-label')]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          x: (r.left + r.width / 2 - box.left) / cssWidth,
          y: (r.top + r.height / 2 - box.top) / cssHeight,
          kind: el.classList.contains('map-label--sectors') ? 'sector' : 'commune',
        };
      })
      .filter((l) => l.text && l.x >= 0 && l.x <= 1 && l.y >= 0 && l.y <= 1);
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
