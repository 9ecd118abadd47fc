// Composition root: loads the data, creates the store, renders the UI, mounts the map and wires
// the network edges (contours, basemaps, drafts storage) and the URL to the store.
import { render } from 'preact';
import './ui/styles.css';
import { loadBundledGeoData } from './data/bundled-geodata';
import { versionInForce } from './data/parse-geodata';
import { createAppStore } from './state/store';
import { bindUrl, malformedParams, parseUrlState } from './state/url';
import { indexCommunes } from './geo/commune-of';
import { loadCommuneContours, OFFICIAL_COMMUNES_URL } from './services/communes';
import { fetchPlanIgnStyle, orthoStyle } from './services/basemap-style';
import { searchAddresses } from './services/geocoder';
import { locateDevice } from './services/geolocation';
import { ok } from './data/result';
import type { LoadBasemap } from './map/basemap';
import { translate, LANGS, type Lang } from './i18n';
import { StoreContext } from './ui/store-context';
import { PortsContext, type MapPorts } from './ui/ports';
import { discardSetAside, loadDrafts, saveDrafts } from './services/draft-storage';
import { loadIndicators, saveIndicators } from './services/indicator-storage';
import { App } from './ui/App';
import { DataError } from './ui/DataError';
import type { MapHandle } from './map/map-view';
import type { CompareHandle } from './map/compare-view';
import { applyPaletteToDocument } from './style/palette';
import { currentLayout } from './style/layout';

const root = document.getElementById('app')!;
applyPaletteToDocument(document.documentElement);
const parsed = loadBundledGeoData();

if (!parsed.ok) {
  render(<DataError problems={parsed.problems} lang={navigator.language.startsWith('en') ? 'en' : 'fr'} />, root);
} else {
  const LANG_KEY = 'carte-ort.lang';
  const storedLang = localStorage.getItem(LANG_KEY);
  const store = createAppStore(parsed.data, {
    lang: LANGS.includes(storedLang as Lang) ? (storedLang as Lang) : 'fr',
    services: { searchAddresses, locate: () => locateDevice() },
  });
  // Drafts first: a link may name one (compare=2024-avenant,brouillon-1).
  const saved = await loadDrafts(versionInForce(parsed.data).communes);
  if (saved.ok) {
    store.getState().setDrafts(saved.value.drafts);
    store.getState().setSetAside(saved.value.setAside);
    if (saved.value.setAside.length) store.getState().notify({ id: 'drafts-set-aside', key: 'draft.setAsideNotice', params: { count: saved.value.setAside.length }, tone: 'warning' });
  } else store.getState().notify({ id: 'drafts', key: 'draft.loadFailed', params: { reason: saved.message }, tone: 'warning' });
  const indicators = await loadIndicators();
  if (indicators.ok) store.getState().setIndicators(indicators.value);
  else store.getState().notify({ id: 'indicators', key: 'indicators.loadFailed', params: { reason: indicators.message }, tone: 'warning' });
  store.subscribe((next, prev) => {
    if (next.indicators !== prev.indicators) void saveIndicators(next.indicators);
  });
  store.getState().applyUrl(parseUrlState(window.location.search), malformedParams(window.location.search, window.location.hash));
  store.subscribe((next, prev) => {
    if (next.setAside !== prev.setAside) for (const r of prev.setAside.filter((x) => !next.setAside.includes(x))) void discardSetAside(r.key);
    if (next.drafts === prev.drafts) return;
    void saveDrafts(next.drafts).then((r) => {
      if (!r.ok) store.getState().notify({ id: 'drafts', key: 'draft.saveFailed', params: { reason: r.message }, tone: 'warning' });
    });
  });

  const loadBasemap: LoadBasemap = async (id, signal) => (id === 'ortho' ? ok(orthoStyle) : fetchPlanIgnStyle(signal));
  let mapHandle: MapHandle | null = null;
  let compareHandle: CompareHandle | null = null;
  const ports: MapPorts = {
    mountCompare: async (container) => {
      const handle = await (await import('./map/compare-view')).mountCompare(container, store, loadBasemap);
      compareHandle = handle;
      return { destroy: () => ((compareHandle = compareHandle === handle ? null : compareHandle), handle.destroy()) };
    },
    captureMap: async (minWidthPx) => {
      const handle = store.getState().compare ? compareHandle : mapHandle;
      return handle?.capture ? handle.capture(minWidthPx) : null;
    },
  };

  render(
    <StoreContext.Provider value={store}>
      <PortsContext.Provider value={ports}>
        <App wideScreen={currentLayout() === 'wide'} />
      </PortsContext.Provider>
    </StoreContext.Provider>,
    root,
  );

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
  const communesUrl = new URL(import.meta.env.VITE_COMMUNES_URL || OFFICIAL_COMMUNES_URL, window.location.href).href;
  void loadCommuneContours(communesUrl).then((result) => {
    const members = parsed.data.territory.communes.map((c) => c.insee);
    if (result.ok) store.getState().setContours({ status: 'ready', contours: result.value.contours, index: indexCommunes(result.value.contours, members), from: result.value.from });
    else store.getState().setContours({ status: 'failed', message: result.message });
  });

  // MapLibre is its own chunk: the panel (sectors, actions, figures) is readable before the map
  // library has arrived, which matters on a slow mobile connection in the valley.
  import('./map/map-view')
    .then(({ mountMap }) => {
      mapHandle = mountMap({ container: document.getElementById('map')!, store, label: translate(store.getState().lang, 'map.label'), loadBasemap });
    })
    .catch((e: unknown) => {
      // No WebGL, or the chunk failed to load: the panel still gives every sector and action.
      console.error(e);
      store.getState().notify({ id: 'webgl', key: 'map.webglUnavailable', tone: 'warning' });
    });
}
