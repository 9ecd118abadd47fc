// Composition root: creates the store from the bundled data, renders the UI, mounts the map and
// wires the network edges (contours, basemaps, drafts storage) and the URL to the store.
//
// Order matters for the first paint on a phone: MapLibre's chunk is requested on the first line
// (in parallel with everything else), the bundled data is only assembled (it was checked at build
// time), the panel renders before saved drafts are read, and the map mounts as soon as its chunk
// is there. Validators (zod), Turf's polygon operations, CSV, English and the editing tools load
// when something asks for them.
const mapModule = import('./map/map-view');
// The basemap style and the contours are fetched (and checked) by modules of their own, in parallel.
const basemapModule = import('./services/basemap-style');
const communesModule = import('./services/communes');
import { render } from 'preact';
import './ui/styles.css';
import { loadBundledGeoData } from './data/bundled-geodata';
import { versionInForce } from './data/geodata';
import { createAppStore } from './state/store';
import type { AppState } from './state/app-state';
import { bindUrl } from './state/url';
import { malformedParams, parseUrlState } from './state/url-grammar';
import { indexCommunes } from './geo/commune-of';
import { loadPolygonOps } from './geo/polygon-ops';
import { locateDevice } from './services/geolocation';
import type { GeoWorkerPort as GeoWorker } from './state/shape/services';
import type { LoadBasemap } from './map/basemap';
import { loadLang, translate, LANGS, type Lang } from './i18n';
import { StoreContext } from './ui/store-context';
import { PortsContext } from './ui/ports';
import type { MapPorts } from './state/shape/map-ports';
import { App } from './ui/App';
import { afterFirstPaint, firstPaintDone } from './ui/after-paint';
import { listenForDroppedFiles } from './ui/file-drop';
import type { MapHandle } from './map/map-view';
import type { CompareHandle } from './map/compare-view';
import { applyPaletteToDocument } from './style/palette';
import { currentLayout } from './style/layout';

const root = document.getElementById('app')!;
applyPaletteToDocument(document.documentElement);
const data = loadBundledGeoData();
listenForDroppedFiles(document);
// Not at the top level: lazy chunks import from this one, and a top-level await here would make
// them wait for it while it waits for them.
void start();

// The validation worker's edge is loaded, and the worker started, on first use (an import, a large draft).
let geoWorkerStarted: Promise<GeoWorker> | null = null;
const geoWorker = (): Promise<GeoWorker> => (geoWorkerStarted ??= import('./services/geo-worker').then((m) => m.createGeoWorker()));

async function start(): Promise<void> {
  const LANG_KEY = 'carte-ort.lang';
  const storedLang = localStorage.getItem(LANG_KEY);
  const lang: Lang = LANGS.includes(storedLang as Lang) ? (storedLang as Lang) : 'fr';
  if (lang !== 'fr') await loadLang(lang);
  const store = createAppStore(data, {
    lang,
    services: {
      searchAddresses: async (...args) => (await import('./services/geocoder')).searchAddresses(...args),
      locate: () => locateDevice(),
      geoWorker: {
        readFile: async (text) => (await geoWorker()).readFile(text),
        importFile: async (request) => (await geoWorker()).importFile(request),
        validateSectors: async (request) => (await geoWorker()).validateSectors(request),
      },
    },
  });

  // Saved drafts and indicators come from IndexedDB, checked by zod: both load after the first
  // render. A link that names a draft (compare=2024-avenant,brouillon-1) waits for them.
  const urlState = parseUrlState(window.location.search);
  const known = new Set(data.versions.map((v) => v.id));
  const namesADraft = [urlState.version, ...(urlState.compare ?? [])].some((id) => id !== null && !known.has(id));
  // After the map's first sectors, unless the link needs a draft now.
  const storage = (namesADraft ? Promise.resolve() : afterFirstPaint).then(() => Promise.all([import('./services/draft-storage'), import('./services/indicator-storage')]));
  const savedDrafts = storage.then(async ([drafts, indicators]) => {
    const saved = await drafts.loadDrafts(versionInForce(data).communes);
    if (saved.ok) {
      store.getState().mergeSavedDrafts(saved.value.drafts);
      store.getState().setSetAside(saved.value.setAside);
      if (saved.value.setAside.length)
        store.getState().notify({ id: 'drafts-set-aside', key: 'draft.setAsideNotice', params: { count: saved.value.setAside.length }, tone: 'warning' });
    } else store.getState().notify({ id: 'drafts', key: 'draft.loadFailed', params: { reason: saved.message }, tone: 'warning' });
    // Saving starts once the saved drafts are in the store (saveDrafts deletes what the list lacks);
    // a draft made before they arrived is saved with them now.
    const save = (list: AppState['drafts']) =>
      void drafts.saveDrafts(list).then((r) => {
        if (!r.ok) store.getState().notify({ id: 'drafts', key: 'draft.saveFailed', params: { reason: r.message }, tone: 'warning' });
      });
    store.subscribe((next, prev) => {
      if (next.indicators !== prev.indicators) void indicators.saveIndicators(next.indicators);
      if (next.setAside !== prev.setAside) for (const r of prev.setAside.filter((x) => !next.setAside.includes(x))) void drafts.discardSetAside(r.key);
      if (next.drafts === prev.drafts) return;
      save(next.drafts);
    });
    if (saved.ok && store.getState().drafts.length > saved.value.drafts.length) save(store.getState().drafts);
    const loaded = await indicators.loadIndicators();
    if (loaded.ok && store.getState().indicators === null) store.getState().setIndicators(loaded.value);
    else if (!loaded.ok) store.getState().notify({ id: 'indicators', key: 'indicators.loadFailed', params: { reason: loaded.message }, tone: 'warning' });
  });
  if (namesADraft) await savedDrafts.catch(() => undefined);
  store.getState().applyUrl(urlState, malformedParams(window.location.search, window.location.hash));

  const loadBasemap: LoadBasemap = async (id, signal) => {
    const { fetchPlanIgnStyle, orthoStyle } = await basemapModule;
    return id === 'ortho' ? { ok: true, value: orthoStyle } : fetchPlanIgnStyle(signal);
  };
  let mapHandle: MapHandle | null = null;
  let compareHandle: CompareHandle | null = null;
  const ports: MapPorts = {
    mountCompare: async (container) => {
      const handle = await (await import('./map/compare-view')).mountCompare(container, store, loadBasemap);
      compareHandle = handle;
      return {
        destroy: () => {
          if (compareHandle === handle) compareHandle = null;
          handle.destroy();
        },
      };
    },
    captureMap: async (minWidthPx) => {
      const handle = store.getState().compare ? compareHandle : mapHandle;
      return handle?.capture ? handle.capture(minWidthPx) : null;
    },
  };

  performance.mark('carte-ort:store-ready');
  // The map first, then the panel: when MapLibre is already there (fetched with the page), the page
  // renders without the panel's contents, the map is mounted (its worker and style load meanwhile),
  // and the panel fills in right after. On a slow connection the panel does not wait for MapLibre.
  const mapArrived = await Promise.race([
    mapModule.then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 400)),
  ]);
  let showPanel = () => {};
  const panelAfter = mapArrived ? new Promise<void>((resolve) => (showPanel = resolve)) : undefined;
  render(
    <StoreContext.Provider value={store}>
      <PortsContext.Provider value={ports}>
        <App wideScreen={currentLayout() === 'wide'} panelAfter={panelAfter} />
      </PortsContext.Provider>
    </StoreContext.Provider>,
    root,
  );

  // Turf's polygon operations (two actions are areas, not points): after the map's first sectors.
  void afterFirstPaint.then(loadPolygonOps).then(() => store.getState().setPolygonOpsReady());

  performance.mark('carte-ort:rendered');
  bindUrl(store, {
    read: () => window.location.search,
    replace: (search) => history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`),
  });
  store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    localStorage.setItem(LANG_KEY, next.lang);
    mapHandle?.setLabel(translate(next.lang, 'map.label'));
  });

  // Official commune contours (or VITE_COMMUNES_URL), resolved against the page for relative paths.
  void communesModule
    .then(async ({ loadCommuneContours, officialCommunesUrl }) => {
      const communesUrl = new URL(import.meta.env.VITE_COMMUNES_URL || officialCommunesUrl(data.territory.epci.siren), window.location.href).href;
      const result = await loadCommuneContours(communesUrl);
      const members = data.territory.communes.map((c) => c.insee);
      if (result.ok)
        store.getState().setContours({ status: 'ready', contours: result.value.contours, index: indexCommunes(result.value.contours, members), from: result.value.from });
      else store.getState().setContours({ status: 'failed', message: result.message });
    })
    .catch((e: unknown) => store.getState().setContours({ status: 'failed', message: (e as Error).message }));

  // MapLibre is its own chunk: the panel (sectors, actions, figures) is readable before the map
  // library has arrived, which matters on a slow mobile connection in the valley.
  mapModule
    .then(({ mountMap }) => {
      performance.mark('carte-ort:map-module');
      mapHandle = mountMap({ container: document.getElementById('map')!, store, label: translate(store.getState().lang, 'map.label'), loadBasemap, onFirstPaint: firstPaintDone });
      performance.mark('carte-ort:map-mounted');
    })
    .finally(() => showPanel())
    .catch((e: unknown) => {
      // No WebGL, or the chunk failed to load: the panel still gives every sector and action.
      console.error(e);
      firstPaintDone();
      store.getState().notify({ id: 'webgl', key: 'map.webglUnavailable', tone: 'warning' });
    });
}
