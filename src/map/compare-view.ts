// Comparing two perimeter versions on maps: swipe (the MapLibre compare plugin), side by side
// (two maps kept in step by mapbox-gl-sync-move), or one map of the difference, whose added and
// removed areas are hatched so the meaning does not rest on colour alone. Loaded on demand.
import { maplibregl } from './maplibre';
import Compare from '@maplibre/maplibre-gl-compare';
import '@maplibre/maplibre-gl-compare/dist/maplibre-gl-compare.css';
import syncMove from '@mapbox/mapbox-gl-sync-move';
import type { FeatureCollection } from 'geojson';
import type { AppStore } from '../state/app-state';
import type { CompareState } from '../state/compare';
import { versionBounds } from '../state/map-selectors';
import { compareDiff } from '../state/compare-diff';
import { versionSectors } from '../state/versions';
import { sectorLabelsOf } from '../state/map-selectors';
import { DIFF_COLORS, NEUTRAL_BACKGROUND } from '../style/palette';
import { addBaseLayers } from './layers';
import { applyBasemap, type LoadBasemap } from './basemap';
import { LabelLayer } from './labels';
import { captureMap } from './capture';
import { printWithSnapshot } from './print-snapshot';
import { translate } from '../i18n';
import { mapLocale } from './locale';
import type { MapCapture } from '../state/shape/map-ports';

/** A 16 px tile of diagonal lines (`/` or `\`) on a pale background, for fill-pattern. */
function hatch(color: string, direction: 1 | -1, background: string): ImageData {
  const size = 16;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  for (const offset of [-size, 0, size]) {
    ctx.beginPath();
    if (direction === 1) {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
    } else {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + size, size);
    }
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, size, size);
}

/** Room around the fitted sectors: 60 px, less on a phone's half-height map. */
const padding = (el: HTMLElement) => Math.round(Math.min(60, el.clientHeight / 6, el.clientWidth / 6));

function createMap(container: HTMLElement, store: AppStore, versionId: string | null, loadBasemap: LoadBasemap, bounds: [number, number, number, number]): Promise<maplibregl.Map> {
  const s = store.getState();
  const map = new maplibregl.Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': NEUTRAL_BACKGROUND } }] },
    bounds,
    fitBoundsOptions: { padding: padding(container) },
    attributionControl: { compact: true },
    locale: mapLocale(store.getState().lang),
  });
  map.getCanvas().setAttribute('role', 'region');
  container.classList.add('map--show-sector-labels');
  return new Promise((resolve) =>
    map.on('load', () => {
      // The container got its final size with the page layout: fit again now that it has.
      map.resize();
      map.fitBounds(bounds, { padding: padding(container), duration: 0 });
      addBaseLayers(map, s, versionId ? (versionSectors(s, versionId)?.features ?? []) : []);
      void applyBasemap(map, s.basemap.choice, loadBasemap, new AbortController().signal, () => s.basemapFailed(s.basemap.choice));
      if (versionId) new LabelLayer(map).set('sectors', sectorLabelsOf(versionSectors(s, versionId)?.features ?? []));
      resolve(map);
    }),
  );
}

function addDifferenceLayers(map: maplibregl.Map, store: AppStore, compare: CompareState): void {
  const diff = compareDiff(store.getState(), compare.a, compare.b);
  if (!diff) return;
  const piece = (geometry: unknown): FeatureCollection => ({
    type: 'FeatureCollection',
    features: geometry ? [{ type: 'Feature', properties: {}, geometry: geometry as never }] : [],
  });
  map.addImage('hatch-added', hatch(DIFF_COLORS.added, 1, DIFF_COLORS.addedPale));
  map.addImage('hatch-removed', hatch(DIFF_COLORS.removed, -1, DIFF_COLORS.removedPale));
  map.addSource('diff-unchanged', { type: 'geojson', data: piece(diff.areas.unchanged) });
  map.addSource('diff-added', { type: 'geojson', data: piece(diff.areas.added) });
  map.addSource('diff-removed', { type: 'geojson', data: piece(diff.areas.removed) });
  map.addLayer({ id: 'diff-unchanged', type: 'fill', source: 'diff-unchanged', paint: { 'fill-color': DIFF_COLORS.unchanged, 'fill-opacity': 0.35 } });
  map.addLayer({ id: 'diff-added', type: 'fill', source: 'diff-added', paint: { 'fill-pattern': 'hatch-added' } });
  map.addLayer({ id: 'diff-removed', type: 'fill', source: 'diff-removed', paint: { 'fill-pattern': 'hatch-removed' } });
  map.addLayer({ id: 'diff-added-line', type: 'line', source: 'diff-added', paint: { 'line-color': DIFF_COLORS.added, 'line-width': 2.5 } });
  map.addLayer({ id: 'diff-removed-line', type: 'line', source: 'diff-removed', paint: { 'line-color': DIFF_COLORS.removed, 'line-width': 2.5, 'line-dasharray': [2, 1] } });
  new LabelLayer(map).set(
    'sectors',
    sectorLabelsOf([...(versionSectors(store.getState(), compare.a)?.features ?? []), ...(versionSectors(store.getState(), compare.b)?.features ?? [])]),
  );
}

export interface CompareHandle {
  /** A picture of the comparison's first map (the difference map, or version A). */
  capture?(minWidthPx: number): Promise<MapCapture | null>;
  destroy(): void;
}

/** Mounts the comparison chosen in the store into `container` (which the UI sized and labelled). */
export async function mountCompare(container: HTMLElement, store: AppStore, loadBasemap: LoadBasemap): Promise<CompareHandle> {
  const compare = store.getState().compare;
  if (!compare) return { destroy() {} };
  const bounds = versionBounds(store.getState(), [compare.a, compare.b]);
  container.replaceChildren();
  container.dataset.compareReady = 'false';
  const pane = (className: string) => {
    const el = document.createElement('div');
    el.className = className;
    container.appendChild(el);
    return el;
  };
  const maps: maplibregl.Map[] = [];
  let cleanup = () => {};

  if (compare.mode === 'difference') {
    const map = await createMap(pane('compare__map compare__map--full'), store, null, loadBasemap, bounds);
    addDifferenceLayers(map, store, compare);
    maps.push(map);
  } else {
    const className = compare.mode === 'swipe' ? 'compare__map compare__map--full' : 'compare__map compare__map--half';
    const [a, b] = await Promise.all([
      createMap(pane(`${className} compare__map--a`), store, compare.a, loadBasemap, bounds),
      createMap(pane(`${className} compare__map--b`), store, compare.b, loadBasemap, bounds),
    ]);
    maps.push(a, b);
    if (compare.mode === 'swipe') {
      const swipe = new Compare(a, b, container, { orientation: 'vertical' });
      cleanup = () => swipe.remove();
    } else {
      cleanup = syncMove(a, b);
    }
  }
  await Promise.all(maps.map((m) => (m.loaded() ? Promise.resolve() : new Promise<void>((r) => m.once('idle', () => r())))));
  container.dataset.compareReady = 'true';
  const words = () => ({ north: translate(store.getState().lang, 'sheet.north'), mapAlt: translate(store.getState().lang, 'sheet.mapAlt') });
  const stopPrinting = maps.map((m) => printWithSnapshot(m, words));
  return {
    capture: (minWidthPx) => captureMap(maps[0]!, minWidthPx),
    destroy() {
      for (const stop of stopPrinting) stop();
      cleanup();
      for (const m of maps) m.remove();
      container.replaceChildren();
    },
  };
}
