// The browser's print (Ctrl+P, « Imprimer ») cannot print a WebGL canvas: it comes out blank. Just
// before printing, the map is drawn once more and read as a picture, set in a figure with the
// labels and the pin in their places (in % of the picture, so they stay put at any printed size),
// a north arrow and a scale bar true to the picture. The print stylesheet shows that figure instead
// of the live map; it leaves when printing is over. Synchronous: `beforeprint` does not wait.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { metresPerCssPx, scaleBar } from '../geo/scale-bar';
import { overlaysOn } from './overlays';

/** Print resolution: the picture is read at least at this pixel ratio. */
const PRINT_PIXEL_RATIO = 2;
/** The scale bar at most this share of the picture's width. */
const BAR_MAX_SHARE = 30;

export interface PrintWords {
  readonly north: string;
  readonly mapAlt: string;
}

/** The figure for paper, made now from what the map shows; null when the map is hidden. */
function printFigure(map: MapLibreMap, words: PrintWords): HTMLElement | null {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const previous = map.getPixelRatio();
  const ratio = Math.max(previous, PRINT_PIXEL_RATIO);
  if (ratio !== previous) map.setPixelRatio(ratio);
  map.redraw();
  // Read in the same task as the drawing: the canvas keeps no buffer once it is shown.
  const image = map.getCanvas().toDataURL('image/jpeg', 0.9);
  if (ratio !== previous) map.setPixelRatio(previous);

  const figure = document.createElement('figure');
  figure.className = 'map-print';
  figure.style.setProperty('--ratio', String(box.width / box.height));
  const frame = figure.appendChild(document.createElement('div'));
  frame.className = 'map-print__frame';
  const img = frame.appendChild(document.createElement('img'));
  img.src = image;
  img.alt = words.mapAlt;
  // Labels and pin as on screen, placed in % of the picture so that they stay put at any printed size.
  for (const o of overlaysOn(container)) {
    const copy = o.element.cloneNode(true) as HTMLElement;
    copy.removeAttribute('style');
    copy.classList.add('map-print__overlay', `map-print__overlay--${o.kind === 'pin' ? 'bottom' : 'centre'}`);
    copy.style.left = `${o.x * 100}%`;
    copy.style.top = `${o.y * 100}%`;
    frame.appendChild(copy);
  }
  const north = frame.appendChild(document.createElement('span'));
  north.className = 'map-print__north';
  north.textContent = `↑ ${words.north}`;
  north.style.transform = `rotate(${-map.getBearing()}deg)`;

  const bar = scaleBar({ metresPerCssPx: metresPerCssPx(map.getCenter().lat, map.getZoom()), cssWidth: box.width }, 100, BAR_MAX_SHARE);
  const caption = figure.appendChild(document.createElement('figcaption'));
  caption.className = 'map-print__scale';
  const line = caption.appendChild(document.createElement('span'));
  line.className = 'map-print__bar';
  line.style.width = `${bar.mm}%`;
  caption.append(` ${bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`}`);
  return figure;
}

/** Puts the figure into the map's container before each print, and takes it out after. */
export function printWithSnapshot(map: MapLibreMap, words: () => PrintWords): () => void {
  let figure: HTMLElement | null = null;
  const before = () => {
    figure?.remove();
    figure = printFigure(map, words());
    if (figure) map.getContainer().appendChild(figure);
  };
  const after = () => {
    figure?.remove();
    figure = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    after();
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
