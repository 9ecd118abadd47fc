// The one source of truth, composed of slices: each file of src/state owns some keys of the state,
// the actions that change them and the selectors that derive from them. This file only composes
// them and declares what the store is given: the project data and the network edges.
import { createStore } from 'zustand/vanilla';
import type { GeoData } from '../data/geodata';
import type { Lang } from '../i18n';
import type { AppState, AppStore, SliceContext } from './app-state';
import type { StoreServices } from './shape/services';
import { createSelectionSlice } from './selection';
import { createVersionsSlice } from './versions';
import { createDraftsSlice } from './drafts';
import { createCompareSlice } from './compare';
import { createLookupSlice } from './lookup';
import { createFiltersSlice } from './filters';
import { createNoticesSlice } from './notices';
import { createUrlSlice } from './url';
import { createUiSlice } from './ui';
import { createContoursSlice } from './contours';
import { createExtensionSlice } from './extension';
import { createGeoChecksSlice } from './geo-checks';

const noServices: StoreServices = {
  searchAddresses: async () => ({ ok: false, reason: 'offline', message: 'recherche d’adresse non configurée' }),
  locate: async () => ({ ok: false, reason: 'unsupported', message: 'géolocalisation non disponible' }),
  geoWorker: {
    readFile: () => Promise.reject(new Error('vérificateur de périmètres non configuré')),
    importFile: () => Promise.reject(new Error('vérificateur de périmètres non configuré')),
    validateSectors: () => Promise.reject(new Error('vérificateur de périmètres non configuré')),
  },
};

export function createAppStore(data: GeoData, options: { lang?: Lang; services?: Partial<StoreServices> } = {}): AppStore {
  return createStore<AppState>()((set, get) => {
    const ctx: SliceContext = { set, get, data, services: { ...noServices, ...options.services } };
    return {
      data,
      ...createSelectionSlice(ctx),
      ...createVersionsSlice(ctx),
      ...createDraftsSlice(ctx),
      ...createCompareSlice(ctx),
      ...createLookupSlice(ctx),
      ...createFiltersSlice(ctx),
      ...createNoticesSlice(ctx),
      ...createUrlSlice(ctx),
      ...createUiSlice(ctx, options.lang ?? 'fr'),
      ...createContoursSlice(ctx),
      ...createExtensionSlice(ctx),
      ...createGeoChecksSlice(ctx),
    };
  });
}
