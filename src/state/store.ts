// The one source of truth, composed of slices: each file of src/state owns some keys of the state,
// the actions that change them and the selectors that derive from them. This file only composes
// them and declares what the store is given: the project data and the network edges.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GeoData } from '../data/geodata';
import type { Result } from '../data/result';
import { setTerritoryWords, territoryWordsOf, type Lang } from '../i18n';
import { createSelectionSlice, type SelectionSlice } from './selection';
import { createVersionsSlice, type VersionsSlice } from './versions';
import { createDraftsSlice, type DraftsSlice } from './drafts';
import { createCompareSlice, type CompareSlice } from './compare';
import { createLookupSlice, type AddressHit, type LookupSlice } from './lookup';
import { createFiltersSlice, type FiltersSlice } from './filters';
import { createNoticesSlice, type NoticesSlice } from './notices';
import { createUrlSlice, type UrlSlice } from './url';
import { createUiSlice, type UiSlice } from './ui';
import { createContoursSlice, type ContoursSlice } from './contours';
import { createExtensionSlice, type ExtensionSlice } from './extension';

/** The network edges the store may call; main.tsx passes the real ones, tests pass recorded ones. */
export interface StoreServices {
  searchAddresses(query: string, citycodes: readonly string[], signal: AbortSignal): Promise<Result<AddressHit[]>>;
  locate(): Promise<Result<[number, number]>>;
}

const noServices: StoreServices = {
  searchAddresses: async () => ({ ok: false, reason: 'offline', message: 'recherche d’adresse non configurée' }),
  locate: async () => ({ ok: false, reason: 'unsupported', message: 'géolocalisation non disponible' }),
};

export type AppState = { readonly data: GeoData } & SelectionSlice &
  VersionsSlice &
  DraftsSlice &
  CompareSlice &
  LookupSlice &
  FiltersSlice &
  NoticesSlice &
  UrlSlice &
  UiSlice &
  ContoursSlice &
  ExtensionSlice;

export type AppStore = StoreApi<AppState>;

/** What every slice creator receives: zustand's set and get, the project data and the services. */
export interface SliceContext {
  readonly set: AppStore['setState'];
  readonly get: () => AppState;
  readonly data: GeoData;
  readonly services: StoreServices;
}

export function createAppStore(data: GeoData, options: { lang?: Lang; services?: StoreServices } = {}): AppStore {
  // The catalogues name the territory with the words of its geodata.
  setTerritoryWords(
    territoryWordsOf(
      data.territory,
      data.versions.map((v) => v.id),
    ),
  );
  return createStore<AppState>()((set, get) => {
    const ctx: SliceContext = { set, get, data, services: options.services ?? noServices };
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
    };
  });
}
