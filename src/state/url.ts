// The whole shareable URL in one room: read a link (parseUrlState), apply it to the store
// (applyUrl, reporting each unknown id), and keep the URL in step with the store (bindUrl).
// The map view lives in MapLibre's own hash (#map=zoom/lat/lon).
import type { MessageKey } from '../i18n';
import { ID_PATTERN, INSEE_PATTERN } from '../data/ids';
import { COMPARE_MODES, DEFAULT_COMPARE_MODE, type CompareMode, type CompareState } from './compare';
import { hasAction, hasCommune, type Selection } from './selection';
import { hasSector, hasVersion, placements } from './versions';
import type { AppState, AppStore, SliceContext } from './app-state';
import type { View } from './ui';
import { URL_VIEWS, type UrlState, type UrlView, type MalformedKind, type MalformedParam, type UrlSlice } from './shape/url';
export type { UrlState, MalformedParam, UrlSlice } from './shape/url';

export const EMPTY_URL_STATE: UrlState = {
  version: null,
  sector: null,
  action: null,
  at: null,
  commune: null,
  view: null,
  compare: null,
  mode: null,
  extension: null,
  embed: null,
};

const viewOfUrl = (v: string | null): View => (Object.entries(URL_VIEWS).find(([, u]) => u === v)?.[0] as View | undefined) ?? 'map';

const KEYS = ['version', 'sector', 'action', 'at', 'commune', 'view', 'compare', 'mode', 'extension', 'embed'] as const;

function readAt(value: string | null): readonly [number, number] | null {
  const m = value ? /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value) : null;
  if (!m) return null;
  const [lat, lon] = [Number(m[1]), Number(m[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const id = (key: string) => {
    const value = params.get(key);
    return value && ID_PATTERN.test(value) ? value : null;
  };
  const commune = params.get('commune');
  const pair = (params.get('compare') ?? '').split(',');
  const mode = params.get('mode');
  const extension = params.get('extension');
  return {
    embed: params.get('embed') === '1' ? '1' : null,
    extension: extension === null ? null : extension.split(',').filter((c) => INSEE_PATTERN.test(c)),
    compare: pair.length === 2 && pair.every((p) => ID_PATTERN.test(p)) && pair[0] !== pair[1] ? [pair[0]!, pair[1]!] : null,
    mode: COMPARE_MODES.includes(mode as CompareMode) ? (mode as CompareMode) : null,
    version: id('version'),
    sector: id('sector'),
    action: id('action'),
    at: readAt(params.get('at')),
    commune: commune && INSEE_PATTERN.test(commune) ? commune : null,
    view: viewOfUrl(params.get('view')) === 'map' ? null : (params.get('view') as UrlView),
  };
}

/** A long value is cut in messages (a 6,000-character id must not stretch the page). */
const shorten = (value: string, max = 40): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** The parameters of a link (query and #map= hash) that parseUrlState could not read. */
export function malformedParams(search: string, hash = ''): MalformedParam[] {
  const params = new URLSearchParams(search);
  const out: MalformedParam[] = [];
  const bad = (param: string, kind: MalformedKind) => out.push({ param, value: params.get(param) ?? '', kind });
  for (const key of ['version', 'sector', 'action'] as const) {
    const v = params.get(key);
    if (v !== null && !ID_PATTERN.test(v)) bad(key, 'id');
  }
  const at = params.get('at');
  if (at !== null && !readAt(at)) bad('at', 'at');
  const commune = params.get('commune');
  if (commune !== null && !INSEE_PATTERN.test(commune)) bad('commune', 'commune');
  const compare = params.get('compare');
  if (compare !== null) {
    const pair = compare.split(',');
    if (pair.length !== 2 || !pair.every((p) => ID_PATTERN.test(p))) bad('compare', 'compare');
    else if (pair[0] === pair[1]) bad('compare', 'compareSame');
  }
  const mode = params.get('mode');
  if (mode !== null && !COMPARE_MODES.includes(mode as CompareMode)) bad('mode', 'mode');
  const extension = params.get('extension');
  if (extension) for (const code of extension.split(',').filter((c) => !INSEE_PATTERN.test(c))) out.push({ param: 'extension', value: code, kind: 'extension' });
  const view = params.get('view');
  if (view !== null && !Object.values(URL_VIEWS).includes(view as UrlView)) bad('view', 'view');
  const embed = params.get('embed');
  if (embed !== null && embed !== '1') bad('embed', 'embed');
  // MapLibre's own hash: #map=zoom/lat/lon[/bearing[/pitch]]; anything else is ignored by the map.
  const map = new URLSearchParams(hash.replace(/^#/, '')).get('map');
  if (map !== null && !/^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?(\/-?\d+(\.\d+)?){0,2}$/.test(map)) out.push({ param: 'map', value: map, kind: 'map' });
  return out;
}

/** Rewrites only our keys, keeping any other query parameter the page was opened with. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    const value = state[key];
    if (value === null) params.delete(key);
    else if (key === 'at') {
      const [lon, lat] = value as readonly [number, number];
      params.set(key, `${lat.toFixed(5)},${lon.toFixed(5)}`);
    } else if (key === 'compare' || key === 'extension') params.set(key, (value as readonly string[]).join(','));
    else params.set(key, value as string);
  }
  const out = params.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

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
