// The store's services in the browser (StoreServices, src/state/shape/services.ts): the network
// edges, the validation worker, the browser's storage. Each module loads on first use, so that the
// first screen carries none of them; main.tsx hands the object to the store, and nothing else in
// the app reaches a service.
import type { ImportedIndicators } from '../data/indicators';
import type { DraftsChange, SavedDraft } from './draft-storage';
import type { ImportRequest, ValidateRequest } from '../geo/validate.worker';
import { locateDevice } from './geolocation';
import { fetchPublishedTable } from './suivi-table';

const LANG_KEY = 'carte-ort.lang';

/** Runs `use` on a module loaded on first use; once it is there, in the same task (an edit made just
 * before the page is closed or reloaded must reach IndexedDB: a write started a task later is lost). */
function once<M>(load: () => Promise<M>): <T>(use: (m: M) => Promise<T>) => Promise<T> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return (use) => {
    if (loaded) return use(loaded);
    loading ??= load().then((m) => {
      loaded = m;
      return m;
    });
    return loading.then(use);
  };
}

/** The language chosen at the last visit, if any (read before the store exists: English loads first). */
export const rememberedLang = (): string | null => localStorage.getItem(LANG_KEY);

/** @param siren the EPCI whose communes' official contours are asked (geo.api.gouv.fr, unless
 * VITE_COMMUNES_URL names another address, resolved against the page for relative paths)
 * @param communesModule the contours' module, requested with the page
 * @param tableUrl the action table's address (territory.json's, else geodata/suivi.csv beside the page):
 * asked now, with the page, so that the first screen shows the table published today */
export function browserServices(siren: string, communesModule: Promise<typeof import('./communes')>, tableUrl: string) {
  const publishedTable = fetchPublishedTable(new URL(tableUrl, window.location.href).href);
  let worker: Promise<ReturnType<typeof import('./geo-worker').createGeoWorker>> | null = null;
  const geoWorker = () => {
    worker ??= import('./geo-worker').then((m) => m.createGeoWorker());
    return worker;
  };
  const drafts = once(() => import('./draft-storage'));
  const indicators = once(() => import('./indicator-storage'));
  return {
    searchAddresses: async (query: string, citycodes: readonly string[], signal: AbortSignal) => (await import('./geocoder')).searchAddresses(query, citycodes, signal),
    locate: () => locateDevice(),
    async loadContours() {
      const { loadCommuneContours, officialCommunesUrl } = await communesModule;
      return loadCommuneContours(new URL(import.meta.env.VITE_COMMUNES_URL || officialCommunesUrl(siren), window.location.href).href);
    },
    geoWorker: {
      readFile: async (text: string) => (await geoWorker()).readFile(text),
      importFile: async (request: ImportRequest) => (await geoWorker()).importFile(request),
      validateSectors: async (request: ValidateRequest) => (await geoWorker()).validateSectors(request),
    },
    savedWork: {
      loadDrafts: (communes: readonly string[]) => drafts((m) => m.loadDrafts(communes)),
      saveDrafts: (list: readonly SavedDraft[], deleted: readonly SavedDraft[]) => drafts((m) => m.saveDrafts(list, deleted)),
      onDraftsChanged: (listener: (change: DraftsChange) => void) => void drafts(async (m) => m.onDraftsChanged(listener)),
      persist: () => drafts((m) => m.persistStorage()),
      discardSetAside: (key: string) => drafts((m) => m.discardSetAside(key)),
      loadIndicators: () => indicators((m) => m.loadIndicators()),
      saveIndicators: (value: ImportedIndicators | null) => indicators((m) => m.saveIndicators(value)),
    },
    publishedTable: () => publishedTable,
    shareLink: {
      encode: async (draft: Parameters<typeof import('./share-link').encodeSharedDraft>[0]) => (await import('./share-link')).encodeSharedDraft(draft),
      decode: async (text: string) => (await import('./share-link')).decodeSharedDraft(text),
    },
    rememberLang: (lang: string) => localStorage.setItem(LANG_KEY, lang),
  };
}
