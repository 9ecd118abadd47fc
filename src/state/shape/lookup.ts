// The lookup slice's keys and actions, as the rest of the app sees them (implemented in ../lookup.ts).
export interface AddressHit {
  readonly label: string;
  readonly lngLat: readonly [number, number];
  readonly citycode: string;
}

export type SearchState =
  | { readonly status: 'idle' | 'loading'; readonly query: string; readonly addresses: readonly AddressHit[] }
  | { readonly status: 'done'; readonly query: string; readonly addresses: readonly AddressHit[] }
  | { readonly status: 'failed'; readonly query: string; readonly addresses: readonly AddressHit[]; readonly reason: string };

type LocateState = { readonly status: 'idle' | 'locating' } | { readonly status: 'failed'; readonly reason: string };

export const SEARCH_MIN_CHARS = 3;
export const SEARCH_DEBOUNCE_MS = 250;

export interface LookupSlice {
  readonly search: SearchState;
  readonly locate: LocateState;
  /** Typed text in the search box: addresses are asked for after a pause, the previous request aborted. */
  setQuery(query: string): void;
  locateMe(): Promise<void>;
}
