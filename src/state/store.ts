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
import { createSavedWorkSlice } from './saved-work';
import { createSuiviSlice } from './suivi';

export function createAppStore(data: GeoData, options: { readonly lang?: Lang; readonly services: StoreServices }): AppStore {
  return createStore<AppState>()((set, get, api) => {
    const ctx: SliceContext = { set, get, subscribe: api.subscribe, data, services: options.services };
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
      ...createSavedWorkSlice(ctx),
      ...createSuiviSlice(ctx),
    };
  });
}
