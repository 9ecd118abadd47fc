// The shareable URL and the store: apply a link (applyUrl, reporting each unknown id), say what the
// URL is for the state (urlStateOf), and keep the URL in step with the store (bindUrl). How a
// link's text is read and written is url-grammar.ts.
// The map view lives in MapLibre's own hash (#map=zoom/lat/lon).
import type { MessageKey } from '../i18n';
import { DEFAULT_COMPARE_MODE, type CompareState } from './compare';
import { EMPTY_URL_STATE, writeUrlState } from './url-grammar';
import { hasAction, hasCommune, type Selection } from './selection';
import { hasSector, hasVersion, placements } from './versions';
import type { AppState, AppStore, SliceContext } from './app-state';
import type { View } from './ui';
import { URL_VIEWS, type UrlState, type UrlSlice } from './shape/url';
export type { UrlState, UrlSlice } from './shape/url';

const viewOfUrl = (v: string | null): View => (Object.entries(URL_VIEWS).find(([, u]) => u === v)?.[0] as View | undefined) ?? 'map';

/** A long value is cut in messages (a 6,000-character id must not stretch the page). */
const shorten = (value: string, max = 40): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** What the URL says for the current state. The version is always written so that a shared link
 * keeps its meaning after a new version comes into force; an action's sector is computed. */
export function urlStateOf(state: AppState): UrlState {
  const { selection, versionId: version } = state;
  const base: UrlState = {
    ...EMPTY_URL_STATE,
    version,
    view: state.view === 'map' ? null : URL_VIEWS[state.view],
    compare: state.compare ? [state.compare.a, state.compare.b] : null,
    mode: state.compare ? state.compare.mode : null,
    extension: state.extension,
    embed: state.embed ? '1' : null,
  };
  switch (selection.kind) {
    case 'none':
      return base;
    case 'sector':
      return { ...base, sector: selection.id };
    case 'action':
      return { ...base, sector: placements(state)[selection.id]?.sectorId ?? null, action: selection.id };
    case 'commune':
      return { ...base, commune: selection.insee };
    case 'point':
      return { ...base, at: selection.lngLat };
  }
}

export function createUrlSlice({ set, get }: SliceContext): UrlSlice {
  return {
    applyUrl(url, malformed = []) {
      const s = get();
      const warn = (key: MessageKey, param: string, id: string) => s.notify({ id: `link.${param}.${id}`, key, params: { id: shorten(id) }, tone: 'warning' });
      for (const m of malformed)
        s.notify({ id: `link.malformed.${m.param}.${m.value}`, key: `link.malformed.${m.kind}`, params: { param: m.param, value: shorten(m.value) }, tone: 'warning' });
      let versionId = s.versionId;
      if (url.version) {
        if (hasVersion(s, url.version)) versionId = url.version;
        else warn('link.unknownVersion', 'version', url.version);
      }
      let selection: Selection = { kind: 'none' };
      if (url.action) {
        if (hasAction(s, url.action)) selection = { kind: 'action', id: url.action };
        else warn('link.unknownAction', 'action', url.action);
      }
      if (url.sector && selection.kind === 'none') {
        if (hasSector(s, versionId, url.sector)) selection = { kind: 'sector', id: url.sector };
        else warn('link.unknownSector', 'sector', url.sector);
      }
      if (url.commune && selection.kind === 'none') {
        if (hasCommune(s, url.commune)) selection = { kind: 'commune', insee: url.commune };
        else warn('link.unknownCommune', 'commune', url.commune);
      }
      if (url.at && selection.kind === 'none') selection = { kind: 'point', lngLat: url.at, label: null };
      let compare: CompareState | null = null;
      if (url.compare) {
        const missing = url.compare.filter((id) => !hasVersion(s, id));
        if (missing.length === 0) compare = { a: url.compare[0], b: url.compare[1], mode: url.mode ?? DEFAULT_COMPARE_MODE };
        for (const id of missing) warn('link.unknownVersion', 'compare', id);
      }
      set({ versionId, selection, compare, view: viewOfUrl(url.view), embed: url.embed === '1' });
      if (url.extension) {
        for (const insee of url.extension.filter((c) => !hasCommune(s, c))) warn('link.unknownCommune', 'extension', insee);
        get().openExtension(url.extension);
      }
    },
  };
}

/** Where the query string is read and written: the page's location, or a test's stand-in. */
export interface UrlPort {
  read(): string;
  /** Replace the query string (no new history entry: selecting things must not flood the back button). */
  replace(search: string): void;
}

/** Keep the URL in step with the store; returns the unsubscribe function. */
export function bindUrl(store: AppStore, port: UrlPort): () => void {
  const sync = () => {
    const search = writeUrlState(port.read(), urlStateOf(store.getState()));
    if (search !== port.read()) port.replace(search);
  };
  sync();
  return store.subscribe(sync);
}
