// The url slice's keys and actions, as the rest of the app sees them (implemented in ../url.ts).
import type { CompareMode } from './compare';

/** The views as the URL names them (`view=liste`), the map being the default. */
export const URL_VIEWS = { list: 'liste', programme: 'programme', accessibilite: 'accessibilite', verifier: 'verifier' } as const;
export type UrlView = (typeof URL_VIEWS)[keyof typeof URL_VIEWS];

export interface UrlState {
  readonly version: string | null;
  readonly sector: string | null;
  readonly action: string | null;
  /** A place chosen by a resident: `at=lat,lon` (5 decimals, about a metre). */
  readonly at: readonly [lon: number, lat: number] | null;
  readonly commune: string | null;
  readonly view: UrlView | null;
  /** Two versions to compare: `compare=<idA>,<idB>`, shown as `mode=swipe|cote-a-cote|difference`. */
  readonly compare: readonly [string, string] | null;
  readonly mode: CompareMode | null;
  /** The extension view: `extension=<INSEE>,<INSEE>` (INSEE codes proposed to join), `extension=` for none yet. */
  readonly extension: readonly string[] | null;
  /** `embed=1`: the compact map for another site's page. */
  readonly embed: '1' | null;
}

/** What a link's parameter should have been, when it is not: said in a notice of its own. */
export type MalformedKind = 'at' | 'compare' | 'compareSame' | 'mode' | 'map' | 'id' | 'commune' | 'extension' | 'view' | 'embed';
export interface MalformedParam {
  readonly param: string;
  readonly value: string;
  readonly kind: MalformedKind;
}

export interface UrlSlice {
  /** Restore version, selection, comparison and view from a shared link; each id it names that
   * does not exist, and each parameter it could not read, gets its own notice. */
  applyUrl(url: UrlState, malformed?: readonly MalformedParam[]): void;
}
