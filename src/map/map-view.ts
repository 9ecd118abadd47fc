// The only module that talks to MapLibre. It renders what the store holds and turns map gestures
// into store actions; it decides nothing about sectors or communes itself. When the store shows
// a draft, it mounts the draft editor (loaded on demand) on this map.
import { maplibregl } from './maplibre';
import type { AppState, AppStore } from '../state/app-state';
import type { Selection } from '../state/selection';
import type { BasemapId } from '../state/ui';
import { currentSectors } from '../state/versions';
import { editedDraftId } from '../state/drafts';
import { communeLabels, sectorLabels, selectionBounds, territoryBounds } from '../state/map-selectors';
import { extensionRows } from '../state/extension-figures';
import { memberContours } from '../state/selectors';
import { NEUTRAL_BACKGROUND } from '../style/palette';
import { translate } from '../i18n';
import { mapLocale, relabelControls } from './locale';
import { ACTION_LAYERS, DATA_SOURCE, SECTOR_FILL, dataFeatures, dataStyle, featureId, updateActionFilters } from './layers';
import { applyBasemap, type LoadBasemap } from './basemap';
import { LabelLayer } from './labels';
import { captureMap } from './capture';
import { printWithSnapshot } from './print-snapshot';
import type { MapCapture } from '../state/shape/map-ports';

export interface MapOptions {
  readonly container: HTMLElement;
  readonly store: AppStore;
  readonly loadBasemap: LoadBasemap;
  /** Called once, on the first frame that shows a sector. */
  readonly onFirstPaint?: () => void;
}

export interface MapHandle {
  /** A picture of the map at least `minWidthPx` wide, for the COPIL sheet. */
  capture(minWidthPx: number): Promise<MapCapture | null>;
  destroy(): void;
}

const CLICK_TOLERANCE_PX = 8;

export function mountMap({ container, store, loadBasemap, onFirstPaint }: MapOptions): MapHandle {
  const initial = store.getState();
  // Read before MapLibre writes its own hash: a shared link with a view (#map=…) keeps that view.
  const linkHasView = window.location.hash.includes('map=');
  const map = new maplibregl.Map({
    container,
    style: dataStyle(initial, NEUTRAL_BACKGROUND),
    center: initial.data.territory.center,
    zoom: 14,
    hash: 'map',
    attributionControl: { compact: true },
    locale: mapLocale(initial.lang),
    maxBounds: [
      [initial.data.territory.bbox[0] - 0.3, initial.data.territory.bbox[1] - 0.2],
      [initial.data.territory.bbox[2] + 0.3, initial.data.territory.bbox[3] + 0.2],
    ],
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  const canvas = map.getCanvas();
  // The canvas's text alternative, in the language chosen (it changes with it).
  canvas.setAttribute('aria-label', translate(initial.lang, 'map.label'));
  const unsubscribeLang = store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    canvas.setAttribute('aria-label', translate(next.lang, 'map.label'));
    relabelControls(map, next.lang);
  });
  canvas.setAttribute('role', 'region');

  const labels = new LabelLayer(map);
  let hovered: string | null = null;
  let selected: { source: string; id: string } | null = null;
  // The chosen place (address, coordinates, position, click outside the sectors): a pin.
  const pinElement = document.createElement('div');
  pinElement.className = 'map-pin';
  pinElement.setAttribute('aria-hidden', 'true');
  const pin = new maplibregl.Marker({ element: pinElement, anchor: 'bottom' });
  let unsubscribe = () => {};
  let basemapAbort: AbortController | null = null;
  let editor: { readonly draftId: string; readonly mounted: Promise<{ destroy(): void }> } | null = null;

  function showEditor(draftId: string | null): void {
    if (editor?.draftId === draftId) return;
    void editor?.mounted.then((e) => e.destroy());
    editor = draftId ? { draftId, mounted: import('./draft-editor').then((m) => m.mountDraftEditor(map, store, draftId)) } : null;
  }

  function showSelection(selection: Selection, state: AppState, move: boolean): void {
    if (selected) map.setFeatureState(selected, { selected: false });
    const id =
      selection.kind === 'sector'
        ? featureId('sector', selection.id)
        : selection.kind === 'action'
          ? featureId('point', selection.id)
          : selection.kind === 'commune'
            ? featureId('commune', selection.insee)
            : null;
    selected = id === null ? null : { source: DATA_SOURCE, id };
    if (selected) map.setFeatureState(selected, { selected: true });
    if (selection.kind === 'point') pin.setLngLat([selection.lngLat[0], selection.lngLat[1]]).addTo(map);
    else pin.remove();
    if (!move) return;
    if (selection.kind === 'point') {
      // Outside the perimeter, the place and its nearest sector are framed together (the card's
      // distance code, loaded with the card).
      void import('../state/point-answers').then(({ pointFrame }) => {
        if (store.getState().selection === selection) frame(pointFrame(store.getState(), selection.lngLat));
      });
      return;
    }
    const bounds = selectionBounds(state);
    if (bounds) frame(bounds);
  }

  /** Brings `bounds` into view unless it is already. */
  function frame(bounds: readonly [number, number, number, number]): void {
    const view = map.getBounds();
    const visible = view.contains([bounds[0], bounds[1]]) && view.contains([bounds[2], bounds[3]]);
    if (!visible) map.fitBounds(bounds as [number, number, number, number], { padding: 80, maxZoom: 16, duration: 600 });
  }

  /** Colour each commune by its place in the extension scenario; bring the whole EPCI into view when it opens. */
  let extensionShown = false;
  function showExtension(state: AppState, opened: boolean): void {
    // Nothing to clear (the map's start, most pages): no feature-state written for eight communes.
    if (state.extension === null && !extensionShown) return;
    extensionShown = state.extension !== null;
    const rows = state.extension === null ? [] : extensionRows(state);
    for (const c of state.data.territory.communes) {
      const status = rows.find((r) => r.insee === c.insee)?.status ?? null;
      map.setFeatureState({ source: DATA_SOURCE, id: featureId('commune', c.insee) }, { extension: status });
    }
    if (opened && state.extension !== null) map.fitBounds(territoryBounds(state), { padding: 20, duration: 600 });
  }

  function switchBasemap(choice: BasemapId): void {
    basemapAbort?.abort();
    basemapAbort = new AbortController();
    void applyBasemap(map, choice, loadBasemap, basemapAbort.signal, () => store.getState().basemapFailed(choice));
  }

  /** The data's sources and filters, when the store's data changed from `prev`'s. */
  function updateData(next: AppState, prev: AppState): void {
    // Another version, contours arriving (not their failure: nothing to draw, no frame for it), the
    // table published today (its statuses): the data again.
    if (currentSectors(next) !== currentSectors(prev) || memberContours(next) !== memberContours(prev) || next.data.actions !== prev.data.actions) {
      (map.getSource(DATA_SOURCE) as maplibregl.GeoJSONSource).setData(dataFeatures(next));
    }
    // The legend's choices, or the table known: the markers (hidden until then).
    if (next.axes !== prev.axes || next.statuses !== prev.statuses || next.suivi.status !== prev.suivi.status) updateActionFilters(map, next);
  }

  map.on('load', () => {
    performance.mark('carte-ort:map-load');
    const s = store.getState();
    // The style was made from the store at creation: what changed since (a late table, another version).
    updateData(s, initial);
    labels.set('sectors', sectorLabels(s));
    labels.set('communes', communeLabels(s));
    showSelection(s.selection, s, !linkHasView);
    switchBasemap(s.basemap.choice);
    showEditor(editedDraftId(s));
    showExtension(s, !linkHasView);

    unsubscribe = store.subscribe((next, prev) => {
      updateData(next, prev);
      if (currentSectors(next) !== currentSectors(prev)) labels.set('sectors', sectorLabels(next));
      if (next.contours !== prev.contours) {
        labels.set('communes', communeLabels(next));
        if (next.selection.kind === 'commune') showSelection(next.selection, next, true);
        // Contours arriving after the extension view opened: fit the EPCI's real outline.
        showExtension(next, !linkHasView && next.extension !== null && prev.contours.status !== 'ready');
      }
      if (next.extension !== prev.extension || currentSectors(next) !== currentSectors(prev)) showExtension(next, prev.extension === null);
      if (next.selection !== prev.selection || next.versionId !== prev.versionId) showSelection(next.selection, next, true);
      if (next.basemap.choice !== prev.basemap.choice) switchBasemap(next.basemap.choice);
      if (editedDraftId(next) !== editedDraftId(prev)) showEditor(editedDraftId(next));
    });
    container.dataset.mapReady = 'true';
  });
  // The first frame drawn with the sectors' data in (its tiles loaded), as a User Timing mark:
  // what real-user monitoring would read, and what releases the loads that wait for the map
  // (startup.afterFirstPaint). `npm run bench:paint` does not trust it: it reads the pixels.
  const markFirstSectors = () => {
    if (!map.getSource(DATA_SOURCE) || !map.isSourceLoaded(DATA_SOURCE)) return;
    performance.mark('carte-ort:sectors-painted');
    map.off('render', markFirstSectors);
    onFirstPaint?.();
  };
  map.on('render', markFirstSectors);
  // Rendered and settled: what browser tests (and anyone automating the page) can wait on.
  map.on('idle', () => (container.dataset.mapIdle = 'true'));

  map.on('click', (e) => {
    // A draft's sectors are being edited: clicks belong to the editor.
    if (editedDraftId(store.getState())) return;
    const { x, y } = e.point;
    const hit = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers: [...ACTION_LAYERS] },
    )[0];
    const id = hit?.properties?.id;
    if (typeof id === 'string') store.getState().selectAction(id);
    else store.getState().clickAt([e.lngLat.lng, e.lngLat.lat]);
  });

  map.on('mousemove', SECTOR_FILL, (e) => {
    const id = e.features?.[0]?.id;
    if (typeof id !== 'string' || id === hovered) return;
    if (hovered) map.setFeatureState({ source: DATA_SOURCE, id: hovered }, { hover: false });
    hovered = id;
    map.setFeatureState({ source: DATA_SOURCE, id }, { hover: true });
  });
  map.on('mouseleave', SECTOR_FILL, () => {
    if (hovered) map.setFeatureState({ source: DATA_SOURCE, id: hovered }, { hover: false });
    hovered = null;
  });
  for (const layer of [SECTOR_FILL, ...ACTION_LAYERS]) {
    map.on('mouseenter', layer, () => (canvas.style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (canvas.style.cursor = ''));
  }
  // The panel opening (a bottom sheet on phones) shrinks the map: keep the chosen place in view.
  map.on('resize', () => {
    const s = store.getState();
    if (s.selection.kind !== 'none' && container.dataset.mapReady === 'true') showSelection(s.selection, s, true);
  });
  // Paper: the canvas does not print; a picture of it does (Ctrl+P as well as « Imprimer »).
  const stopPrinting = printWithSnapshot(map, () => ({ north: translate(store.getState().lang, 'sheet.north'), mapAlt: translate(store.getState().lang, 'sheet.mapAlt') }));
  map.on('zoom', () => container.classList.toggle('map--show-sector-labels', map.getZoom() >= 13.5));
  container.classList.toggle('map--show-sector-labels', map.getZoom() >= 13.5);

  return {
    capture: (minWidthPx) => captureMap(map, minWidthPx),
    destroy() {
      unsubscribe();
      unsubscribeLang();
      stopPrinting();
      showEditor(null);
      basemapAbort?.abort();
      labels.clear();
      map.remove();
    },
  };
}
