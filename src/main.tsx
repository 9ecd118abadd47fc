// Composition root: creates the store from the bundled data and the browser's services, renders
// the UI, mounts the map, and keeps the URL in step with the store. What the app does lives in the
// store (src/state) and its services; this file only says when.
//
// Order matters for the first paint on a phone: MapLibre's chunk is requested on the first line
// (in parallel with everything else), the bundled data is only assembled (it was checked at build
// time), the panel renders before saved drafts are read, and the map mounts as soon as its chunk
// is there. Validators (zod: only when there are saved drafts to read), Turf's polygon operations
// (only for an action area across an outline), CSV, English and the editing tools load when
// something asks for them.
//
// In the browser only: the build's prerender (src/prerender.tsx, run in Node by
// vite-prerender-plugin) imports the chunk this module shares with the first screen, and must not
// start the page.
import { render } from 'preact';
import './ui/styles.css';
import { loadBundledGeoData } from './data/bundled-geodata';
import { createAppStore } from './state/store';
import { bindUrl } from './state/url';
import { placementsNeedPolygonOps } from './state/versions';
import { malformedParams, parseUrlState } from './state/url-grammar';
import { loadPolygonOps } from './geo/polygon-ops';
import { browserServices, rememberedLang } from './services/browser';
import type { LoadBasemap } from './map/basemap';
import { loadLang, loadMoreWords, LANGS, translate, type Lang } from './i18n';
import { warmUpFormatters } from './i18n/warm-up';
import { draftWording } from './ui/draft-wording';
import { StoreContext } from './ui/store-context';
import { PortsContext } from './ui/ports';
import type { MapPorts } from './state/shape/map-ports';
import { App } from './ui/App';
import { firstPaint, StartupContext, type Startup } from './ui/startup';
import { listenForDroppedFiles } from './ui/file-drop';
import type { MapHandle } from './map/map-view';
import type { CompareHandle } from './map/compare-view';
import { applyPaletteToDocument } from './style/palette';
import { currentLayout } from './style/layout';

if (typeof document !== 'undefined') boot();

/** Resolves in a later task of the page's main thread. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function boot(): void {
  const mapModule = import('./map/map-view');
  // The basemap style and the contours are fetched (and checked) by modules of their own, in parallel.
  const basemapModule = import('./services/basemap-style');
  const communesModule = import('./services/communes');
  const root = document.getElementById('app')!;
  applyPaletteToDocument(document.documentElement);
  const data = loadBundledGeoData();
  // The services start now: the action table published today is asked for with the page.
  const services = browserServices(data.territory.epci.siren, communesModule, data.territory.suivi?.url ?? 'geodata/suivi.csv');
  // Saved drafts, the later words and the import and share tools wait for the map's first sectors:
  // started earlier, they would compete with MapLibre for the network and the main thread on a
  // phone. If the map cannot draw, they wait 4 s at most.
  const painted = firstPaint(4000);
  let tableIsKnown = () => {};
  const tableKnown = new Promise<void>((resolve) => {
    tableIsKnown = resolve;
  });
  const startup: Startup = { afterFirstPaint: painted.painted, droppedFiles: listenForDroppedFiles(document), tableKnown };
  // Not at the top level: lazy chunks import from this one, and a top-level await here would make
  // them wait for it while it waits for them.
  void start();

  async function start(): Promise<void> {
    const remembered = rememberedLang();
    const lang: Lang = LANGS.includes(remembered as Lang) ? (remembered as Lang) : 'fr';
    // ICU's data for the language loads in a worker meanwhile (i18n/warm-up.ts), not in the render.
    const formattersWarm = warmUpFormatters(lang);
    if (lang !== 'fr') await loadLang(lang);
    // The store's start is a task of its own, after the modules' evaluation: two shorter tasks
    // rather than one long one, so that a phone's main thread can answer in between.
    else await nextTask();
    const store = createAppStore(data, { lang, services });
    // The figures of the table published today, not those of the build: it was asked for with the
    // page. Nothing waits for it but what shows its figures (statuses, budgets, markers: hidden while
    // it is pending; the later views: startup.tableKnown). A slow table (1.5 s) is applied when it comes.
    void Promise.race([store.getState().loadPublishedTable(), new Promise((resolve) => setTimeout(resolve, 1500))]).then(tableIsKnown);

    // Saved drafts and indicators load after the map's first sectors, unless the link names a
    // draft (compare=2024-avenant,brouillon-1): then the link waits for them.
    const urlState = parseUrlState(window.location.search);
    const known = new Set(data.versions.map((v) => v.id));
    const namesADraft = [urlState.version, ...(urlState.compare ?? [])].some((id) => id !== null && !known.has(id));
    const savedWork = (namesADraft ? Promise.resolve() : startup.afterFirstPaint).then(() => store.getState().loadSavedWork());
    if (namesADraft) await savedWork.catch(() => undefined);
    // A draft shared by link (`#brouillon=…`, services/share-link.ts): shown once the saved drafts are
    // in (its id is then free), not stored until kept; kept, the link's fragment no longer carries it.
    const shared = new URLSearchParams(window.location.hash.slice(1)).get('brouillon');
    if (shared) {
      void savedWork.then(() => store.getState().openSharedDraft(shared, (label) => draftWording((key, params) => translate(store.getState().lang, key, params), label)));
      let opened = false;
      const unsubscribe = store.subscribe((s) => {
        const showing = s.drafts.some((d) => d.shared);
        opened ||= showing;
        if (opened && !showing) {
          const hash = new URLSearchParams(window.location.hash.slice(1));
          hash.delete('brouillon');
          history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${hash.size ? `#${hash.toString().replace(/%2F/g, '/')}` : ''}`);
          unsubscribe();
        }
      });
    }
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
    // The build put the first screen in the page (src/prerender.tsx): the panel is there already,
    // and is not emptied while the map mounts.
    const prerendered = root.querySelector('.app') !== null;
    // Over the prerendered page the render only takes it over: it is a task of its own too, once the
    // worker has loaded ICU's data (a quarter of a second at most; the page is readable meanwhile).
    if (prerendered) {
      await formattersWarm;
      await nextTask();
    }
    const mapArrived =
      !prerendered &&
      (await Promise.race([
        mapModule.then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 400)),
      ]));
    let showPanel = () => {};
    const panelAfter = mapArrived
      ? new Promise<void>((resolve) => {
          showPanel = resolve;
        })
      : undefined;
    render(
      <StoreContext.Provider value={store}>
        <PortsContext.Provider value={ports}>
          <StartupContext.Provider value={startup}>
            <App wideScreen={currentLayout() === 'wide'} panelAfter={panelAfter} />
          </StartupContext.Provider>
        </PortsContext.Provider>
      </StoreContext.Provider>,
      root,
    );

    // The words of the later views and tools: after the map's first sectors.
    void startup.afterFirstPaint.then(loadMoreWords);
    // Turf's polygon operations (polyclip-ts), only once an action's area meets an outline in the
    // version shown (a draft, contours arriving): an area inside one sector is placed without them.
    void startup.afterFirstPaint.then(() => {
      let stop = () => {};
      const loadIfNeeded = () => {
        if (!placementsNeedPolygonOps(store.getState())) return;
        stop();
        void loadPolygonOps().then((ops) => store.getState().setPolygonOps(ops));
      };
      stop = store.subscribe(loadIfNeeded);
      loadIfNeeded();
    });

    performance.mark('carte-ort:rendered');
    bindUrl(store, {
      read: () => window.location.search,
      replace: (search) => history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`),
    });
    void store.getState().loadContours();

    // MapLibre is its own chunk: the panel (sectors, actions, figures) is readable before the map
    // library has arrived, which matters on a slow mobile connection in the valley.
    // Mounted in a task of its own: the chunk is often there by the end of the render, whose task
    // would otherwise run MapLibre's start too.
    mapModule
      .then(async ({ mountMap }) => {
        await nextTask();
        performance.mark('carte-ort:map-module');
        mapHandle = mountMap({ container: document.getElementById('map')!, store, loadBasemap, onFirstPaint: painted.done });
        performance.mark('carte-ort:map-mounted');
      })
      .finally(() => showPanel())
      .catch((e: unknown) => {
        // No WebGL, or the chunk failed to load: the panel still gives every sector and action.
        console.error(e);
        painted.done();
        store.getState().notify({ id: 'webgl', key: 'map.webglUnavailable', tone: 'warning' });
      });
  }
}
