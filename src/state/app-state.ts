// The shape of the state: the keys and actions of every slice (declared in ./shape, one file a
// slice), what each slice creator receives, and the side effects the store is given. Slices and
// selectors import their types from here; store.ts composes the slices' implementations.
import type { StoreApi } from 'zustand/vanilla';
import type { GeoData } from '../data/geodata';
import type { StoreServices } from './shape/services';
import type { SelectionSlice } from './shape/selection';
import type { VersionsSlice } from './shape/versions';
import type { DraftsSlice } from './shape/drafts';
import type { CompareSlice } from './shape/compare';
import type { LookupSlice } from './shape/lookup';
import type { FiltersSlice } from './shape/filters';
import type { NoticesSlice } from './shape/notices';
import type { UrlSlice } from './shape/url';
import type { UiSlice } from './shape/ui';
import type { ContoursSlice } from './shape/contours';
import type { ExtensionSlice } from './shape/extension';
import type { GeoChecksSlice } from './shape/geo-checks';
import type { SavedWorkSlice } from './shape/saved-work';
import type { SuiviSlice } from './shape/suivi';

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
  ExtensionSlice &
  GeoChecksSlice &
  SavedWorkSlice &
  SuiviSlice;

export type AppStore = StoreApi<AppState>;

/** What every slice creator receives: zustand's set, get and subscribe, the project data and the services. */
export interface SliceContext {
  readonly set: AppStore['setState'];
  readonly get: () => AppState;
  /** For a slice that reacts to changes of the state (saving drafts as they change). */
  readonly subscribe: AppStore['subscribe'];
  readonly data: GeoData;
  readonly services: StoreServices;
}
