// Build time only: vite-prerender-plugin (vite.config.ts) runs this in Node after the build and puts
// its HTML into index.html's #app, so that a phone shows the first screen of the default view —
// header, versions, the overview with its sectors, figures and actions — before any JavaScript has
// run. main.tsx then renders the same tree over it (Preact reuses those nodes: no layout shift).
import { renderToString } from 'preact-render-to-string';
import { loadBundledGeoData } from './data/bundled-geodata';
import { polygonOps } from './geo/polygon-shares';
import { createAppStore } from './state/store';
import type { StoreServices } from './state/shape/services';
import { StoreContext } from './ui/store-context';
import { PortsContext } from './ui/ports';
import { StartupContext } from './ui/startup';
import { App } from './ui/App';
import { addWords } from './i18n';
import { frMore } from './i18n/fr-more';

/** Nothing is asked of the network while prerendering: a service called would be a bug. */
const noServices = new Proxy({} as StoreServices, {
  get: (_target, name) => {
    throw new Error(`prerender: service ${String(name)} called`);
  },
});

export function prerender(): { html: string } {
  // Every French word, as the page has them once its later words are in.
  addWords('fr', frMore);
  const store = createAppStore(loadBundledGeoData(), { lang: 'fr', services: noServices });
  // The exact placement of the two actions that are areas (the browser loads it after the map).
  store.getState().setPolygonOps(polygonOps);
  const never = new Promise<void>(() => {});
  const html = renderToString(
    <StoreContext.Provider value={store}>
      <PortsContext.Provider value={{ mountCompare: () => never as never, captureMap: async () => null }}>
        <StartupContext.Provider value={{ afterFirstPaint: never, tableKnown: never, droppedFiles: { take: () => () => {} } }}>
          <App wideScreen={true} />
        </StartupContext.Provider>
      </PortsContext.Provider>
    </StoreContext.Provider>,
  );
  // The page's Content-Security-Policy refuses style attributes in HTML (the app sets them from
  // script, which it allows): the few colour swatches get theirs when the app takes over.
  return { html: html.replace(/\sstyle="[^"]*"/g, '') };
}
