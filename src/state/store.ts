// The one source of truth. Map and UI render from it; clicks become actions here; geometry
// questions are answered by src/geo and the answers kept here, not recomputed in components.
// Network edges (geocoder, geolocation) are injected, so the store stays testable in Node.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GeoData } from '../data/parse-geodata';
import type { Result } from '../data/result';
import { AXES, STATUSES, type Axis, type CommuneContours, type SectorCollection, type Status, type VersionMeta } from '../data/schemas';
import type { CommuneIndex } from '../geo/commune-of';
import { indexSectors, sectorOf, type SectorIndex } from '../geo/sector-of';
import { placeActions, type ActionPlacement } from '../geo/place-actions';
import { parseCoordinates } from '../geo/parse-coordinates';
import type { Lang, MessageKey } from '../i18n';
import { EMPTY_URL_STATE, type UrlState } from './url';

export type Selection =
  | { readonly kind: 'none' }
  /** `at`: where the map was clicked, when the sector was chosen that way (offers the answer card). */
  | { readonly kind: 'sector'; readonly id: string; readonly at?: readonly [number, number] }
  | { readonly kind: 'action'; readonly id: string }
  | { readonly kind: 'commune'; readonly insee: string }
  /** A place: clicked outside the sectors, found by address, typed as coordinates, or located. */
  | { readonly kind: 'point'; readonly lngLat: readonly [number, number]; readonly label: string | null };

export type ContoursState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly contours: CommuneContours; readonly index: CommuneIndex; readonly from: 'network' | 'cache' }
  | { readonly status: 'failed'; readonly message: string };

export const BASEMAPS = ['plan-ign', 'ortho', 'neutral'] as const;
export type BasemapId = (typeof BASEMAPS)[number];
export type BasemapState = { readonly choice: BasemapId; readonly failed: BasemapId | null };

export interface AddressHit {
  readonly label: string;
  readonly lngLat: readonly [number, number];
  readonly citycode: string;
}

/** A perimeter version being prepared in the browser (kept in IndexedDB, never on a server). */
export interface Draft {
  readonly meta: VersionMeta;
  readonly sectors: SectorCollection;
}

export const COMPARE_MODES = ['swipe', 'cote-a-cote', 'difference'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export interface CompareState {
  readonly a: string;
  readonly b: string;
  readonly mode: CompareMode;
}

interface DraftHistory {
  readonly past: readonly SectorCollection[];
  readonly future: readonly SectorCollection[];
}

/** Official versions (geodata/) then drafts, in that order. */
export const allVersions = (s: Pick<AppState, 'data' | 'drafts'>): VersionMeta[] => [...s.data.versions, ...s.drafts.map((d) => d.meta)];

export const versionSectors = (s: Pick<AppState, 'data' | 'drafts'>, id: string): SectorCollection | undefined =>
  s.data.sectorsByVersion[id] ?? s.drafts.find((d) => d.meta.id === id)?.sectors;

export type SearchState =
  | { readonly status: 'idle' | 'loading'; readonly query: string; readonly addresses: readonly AddressHit[] }
  | { readonly status: 'done'; readonly query: string; readonly addresses: readonly AddressHit[] }
  | { readonly status: 'failed'; readonly query: string; readonly addresses: readonly AddressHit[]; readonly message: string };

export type LocateState = { readonly status: 'idle' | 'locating' } | { readonly status: 'failed'; readonly reason: string };

export const SORT_KEYS = ['titre', 'axe', 'statut', 'commune', 'secteur'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface ListSort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export interface Notice {
  readonly id: string;
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
  readonly tone: 'info' | 'warning';
}

/** The network edges the store may call; main.tsx passes the real ones, tests pass recorded ones. */
export interface StoreServices {
  searchAddresses(query: string, citycodes: readonly string[], signal: AbortSignal): Promise<Result<AddressHit[]>>;
  locate(): Promise<Result<[number, number]>>;
}

const noServices: StoreServices = {
  searchAddresses: async () => ({ ok: false, reason: 'offline', message: 'recherche d’adresse non configurée' }),
  locate: async () => ({ ok: false, reason: 'unsupported', message: 'géolocalisation non disponible' }),
};

export const SEARCH_MIN_CHARS = 3;
export const SEARCH_DEBOUNCE_MS = 250;

export interface AppState {
  readonly data: GeoData;
  readonly versionId: string;
  readonly selection: Selection;
  readonly axes: readonly Axis[];
  readonly statuses: readonly Status[];
  readonly contours: ContoursState;
  readonly basemap: BasemapState;
  readonly lang: Lang;
  readonly view: 'map' | 'list';
  readonly listSort: ListSort;
  readonly search: SearchState;
  readonly locate: LocateState;
  readonly drafts: readonly Draft[];
  readonly history: Readonly<Record<string, DraftHistory>>;
  readonly compare: CompareState | null;
  /** What a click on the map does while a draft is shown: edit vertices, or draw a new sector. */
  readonly drawMode: 'select' | 'draw';
  readonly notices: readonly Notice[];
  /** Ids of notices the user dismissed, including those derived from contours and basemap state. */
  readonly dismissed: readonly string[];
  /** Where each action falls in the selected version (sector, commune), from src/geo. */
  readonly placements: Readonly<Record<string, ActionPlacement>>;

  selectVersion(id: string): void;
  selectSector(id: string): void;
  selectAction(id: string): void;
  selectCommune(insee: string): void;
  selectPoint(lngLat: readonly [number, number], label?: string | null): void;
  /** A click on the map away from any action marker: the sector there, or the place itself. */
  clickAt(lngLat: readonly [number, number]): void;
  clearSelection(): void;
  toggleAxis(axis: Axis): void;
  toggleStatus(status: Status): void;
  setContours(contours: ContoursState): void;
  chooseBasemap(id: BasemapId): void;
  basemapFailed(id: BasemapId): void;
  setLang(lang: Lang): void;
  setView(view: 'map' | 'list'): void;
  sortList(key: SortKey): void;
  /** Typed text in the search box: addresses are asked for after a pause, the previous request aborted. */
  setQuery(query: string): void;
  locateMe(): Promise<void>;
  /** Copy any version into a new draft and show it. Returns the draft's id. */
  createDraft(fromVersionId: string): string;
  /** A new draft from imported sectors (already validated and reprojected). */
  addDraft(label: string, sectors: SectorCollection): string;
  setDrafts(drafts: readonly Draft[]): void;
  renameDraft(id: string, label: string): void;
  deleteDraft(id: string): void;
  /** Replace a draft's sectors, remembering the previous state for undo. */
  editDraft(id: string, sectors: SectorCollection): void;
  undo(id: string): void;
  redo(id: string): void;
  setCompare(compare: CompareState | null): void;
  setDrawMode(mode: 'select' | 'draw'): void;
  notify(notice: Notice): void;
  dismissNotice(id: string): void;
  /** Restore version and selection from a shared link, reporting what the link named but does not exist. */
  applyUrl(url: UrlState): void;
}

export type AppStore = StoreApi<AppState>;

export function defaultVersionId(data: GeoData): string {
  return (data.versions.find((v) => v.etat === 'en-vigueur') ?? data.versions[data.versions.length - 1]!).id;
}

export function createAppStore(data: GeoData, options: { lang?: Lang; services?: StoreServices } = {}): AppStore {
  const services = options.services ?? noServices;
  // Keyed by the collection itself: a draft edit makes a new collection, hence a new index.
  const sectorIndexes = new WeakMap<SectorCollection, SectorIndex>();
  const sectorIndex = (versionId: string) => {
    const sectors = versionSectors(store.getState(), versionId) ?? { type: 'FeatureCollection' as const, features: [] };
    let index = sectorIndexes.get(sectors);
    if (!index) sectorIndexes.set(sectors, (index = indexSectors(sectors)));
    return index;
  };
  const communeIndex = (c: ContoursState) => (c.status === 'ready' ? c.index : null);
  const place = (versionId: string, contours: ContoursState) => placeActions(data.actions, sectorIndex(versionId), communeIndex(contours));
  const hasSector = (versionId: string, id: string) => !!versionSectors(store.getState(), versionId)?.features.some((f) => f.properties.id === id);
  const hasVersion = (id: string) => !!versionSectors(store.getState(), id);
  const hasAction = (id: string) => data.actions.features.some((f) => f.properties.id === id);
  const hasCommune = (insee: string) => data.territory.communes.some((c) => c.insee === insee);
  const citycodes = data.territory.communes.map((c) => c.insee);
  const initialVersion = defaultVersionId(data);
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchAbort: AbortController | undefined;

  const store = createStore<AppState>()((set, get) => ({
    data,
    versionId: initialVersion,
    selection: { kind: 'none' },
    axes: [...AXES],
    statuses: [...STATUSES],
    contours: { status: 'loading' },
    basemap: { choice: 'plan-ign', failed: null },
    lang: options.lang ?? 'fr',
    view: 'map',
    listSort: { key: 'titre', descending: false },
    search: { status: 'idle', query: '', addresses: [] },
    locate: { status: 'idle' },
    notices: [],
    dismissed: [],
    placements: {},
    drafts: [],
    history: {},
    compare: null,
    drawMode: 'select',

    selectVersion(id) {
      if (!hasVersion(id) || id === get().versionId) return;
      const { selection } = get();
      // A sector that the new version does not have cannot stay selected.
      const keep = selection.kind !== 'sector' || hasSector(id, selection.id);
      set({ versionId: id, placements: place(id, get().contours), selection: keep ? selection : { kind: 'none' } });
    },
    selectSector(id) {
      if (hasSector(get().versionId, id)) set({ selection: { kind: 'sector', id } });
    },
    selectAction(id) {
      if (hasAction(id)) set({ selection: { kind: 'action', id } });
    },
    selectCommune(insee) {
      if (hasCommune(insee)) set({ selection: { kind: 'commune', insee } });
    },
    selectPoint(lngLat, label = null) {
      set({ selection: { kind: 'point', lngLat: [lngLat[0], lngLat[1]], label } });
    },
    clickAt(lngLat) {
      const sector = sectorOf(sectorIndex(get().versionId), { type: 'Point', coordinates: [lngLat[0], lngLat[1]] });
      if (sector) set({ selection: { kind: 'sector', id: sector, at: [lngLat[0], lngLat[1]] } });
      else get().selectPoint(lngLat);
    },
    clearSelection() {
      set({ selection: { kind: 'none' } });
    },
    toggleAxis(axis) {
      const axes = get().axes;
      set({ axes: axes.includes(axis) ? axes.filter((a) => a !== axis) : AXES.filter((a) => a === axis || axes.includes(a)) });
    },
    toggleStatus(status) {
      const statuses = get().statuses;
      set({ statuses: statuses.includes(status) ? statuses.filter((s) => s !== status) : STATUSES.filter((s) => s === status || statuses.includes(s)) });
    },
    setContours(contours) {
      set({ contours, placements: place(get().versionId, contours) });
    },
    chooseBasemap(id) {
      set({ basemap: { choice: id, failed: null } });
    },
    basemapFailed(id) {
      if (get().basemap.choice !== id) return;
      set({ basemap: { choice: 'neutral', failed: id }, dismissed: get().dismissed.filter((d) => d !== 'basemap') });
    },
    setLang(lang) {
      set({ lang });
    },
    setView(view) {
      set({ view });
    },
    sortList(key) {
      const { listSort } = get();
      set({ listSort: { key, descending: listSort.key === key ? !listSort.descending : false } });
    },
    setQuery(query) {
      clearTimeout(searchTimer);
      searchAbort?.abort();
      const wantsAddresses = query.trim().length >= SEARCH_MIN_CHARS && !parseCoordinates(query);
      set({ search: { status: wantsAddresses ? 'loading' : 'idle', query, addresses: [] } });
      if (!wantsAddresses) return;
      const controller = (searchAbort = new AbortController());
      searchTimer = setTimeout(async () => {
        const reply = await services.searchAddresses(query.trim(), citycodes, controller.signal);
        if (controller.signal.aborted) return;
        set({
          search: reply.ok
            ? { status: 'done', query, addresses: reply.value }
            : { status: 'failed', query, addresses: [], message: reply.message },
        });
      }, SEARCH_DEBOUNCE_MS);
    },
    async locateMe() {
      set({ locate: { status: 'locating' } });
      const position = await services.locate();
      if (position.ok) {
        set({ locate: { status: 'idle' } });
        get().selectPoint(position.value, null);
      } else set({ locate: { status: 'failed', reason: position.reason } });
    },
    notify(notice) {
      set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice], dismissed: get().dismissed.filter((d) => d !== notice.id) });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id), dismissed: [...get().dismissed.filter((d) => d !== id), id] });
    },
    applyUrl(url) {
      const s = get();
      const warn = (key: MessageKey, id: string) => s.notify({ id: 'link', key, params: { id }, tone: 'warning' });
      let versionId = s.versionId;
      if (url.version) {
        if (hasVersion(url.version)) versionId = url.version;
        else warn('link.unknownVersion', url.version);
      }
      let selection: Selection = { kind: 'none' };
      if (url.action) {
        if (hasAction(url.action)) selection = { kind: 'action', id: url.action };
        else warn('link.unknownAction', url.action);
      }
      if (selection.kind === 'none' && url.sector) {
        if (hasSector(versionId, url.sector)) selection = { kind: 'sector', id: url.sector };
        else warn('link.unknownSector', url.sector);
      }
      if (selection.kind === 'none' && url.commune) {
        if (hasCommune(url.commune)) selection = { kind: 'commune', insee: url.commune };
        else warn('link.unknownCommune', url.commune);
      }
      if (selection.kind === 'none' && url.at) selection = { kind: 'point', lngLat: url.at, label: null };
      let compare: CompareState | null = null;
      if (url.compare) {
        const missing = url.compare.filter((id) => !hasVersion(id));
        if (missing.length === 0) compare = { a: url.compare[0], b: url.compare[1], mode: url.mode ?? 'difference' };
        else warn('link.unknownVersion', missing.join(', '));
      }
      set({ versionId, selection, compare, view: url.view === 'liste' ? 'list' : 'map', placements: place(versionId, get().contours) });
    },

    createDraft(fromVersionId) {
      const from = allVersions(get()).find((v) => v.id === fromVersionId);
      const sectors = versionSectors(get(), fromVersionId);
      if (!from || !sectors) return get().versionId;
      return get().addDraft(`Brouillon — d’après ${from.label}`, structuredClone(sectors));
    },
    addDraft(label, sectors) {
      const taken = new Set(allVersions(get()).map((v) => v.id));
      let n = 1;
      while (taken.has(`brouillon-${n}`)) n++;
      const id = `brouillon-${n}`;
      const meta: VersionMeta = {
        id,
        label,
        intitule: `le brouillon « ${label} »`,
        date: new Date().toISOString().slice(0, 10),
        acte: 'Projet de modification du périmètre (brouillon, sans valeur juridique)',
        etat: 'projet',
        file: `perimetres/${id}.geojson`,
        provenance: 'indicatif',
      };
      set({ drafts: [...get().drafts, { meta, sectors }] });
      get().selectVersion(id);
      return id;
    },
    setDrafts(drafts) {
      set({ drafts });
    },
    renameDraft(id, label) {
      const name = label.trim();
      if (!name) return;
      set({ drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, meta: { ...d.meta, label: name, intitule: `le brouillon « ${name} »` } } : d)) });
    },
    deleteDraft(id) {
      const { [id]: _gone, ...history } = get().history;
      const compare = get().compare;
      set({
        drafts: get().drafts.filter((d) => d.meta.id !== id),
        history,
        compare: compare && (compare.a === id || compare.b === id) ? null : compare,
      });
      if (get().versionId === id) {
        const fallback = defaultVersionId(data);
        set({ versionId: fallback, selection: { kind: 'none' }, placements: place(fallback, get().contours) });
      }
    },
    editDraft(id, sectors) {
      const draft = get().drafts.find((d) => d.meta.id === id);
      if (!draft) return;
      const past = get().history[id]?.past ?? [];
      set({
        drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, sectors } : d)),
        history: { ...get().history, [id]: { past: [...past, draft.sectors].slice(-100), future: [] } },
      });
      if (get().versionId === id) set({ placements: place(id, get().contours) });
    },
    undo(id) {
      const h = get().history[id];
      const draft = get().drafts.find((d) => d.meta.id === id);
      if (!h || !draft || h.past.length === 0) return;
      const previous = h.past[h.past.length - 1]!;
      set({
        drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, sectors: previous } : d)),
        history: { ...get().history, [id]: { past: h.past.slice(0, -1), future: [draft.sectors, ...h.future] } },
      });
      if (get().versionId === id) set({ placements: place(id, get().contours) });
    },
    redo(id) {
      const h = get().history[id];
      const draft = get().drafts.find((d) => d.meta.id === id);
      if (!h || !draft || h.future.length === 0) return;
      const [next, ...future] = h.future;
      set({
        drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, sectors: next! } : d)),
        history: { ...get().history, [id]: { past: [...h.past, draft.sectors], future } },
      });
      if (get().versionId === id) set({ placements: place(id, get().contours) });
    },
    setCompare(compare) {
      set({ compare });
    },
    setDrawMode(drawMode) {
      set({ drawMode });
    },
  }));
  store.setState({ placements: place(initialVersion, { status: 'loading' }) });
  return store;
}

/** What the URL says for the current state. The version is always written so that a shared link
 * keeps its meaning after a new version comes into force; an action's sector is computed. */
export function urlStateOf(state: AppState): UrlState {
  const { selection, versionId: version, placements } = state;
  const base: UrlState = {
    ...EMPTY_URL_STATE,
    version,
    view: state.view === 'list' ? 'liste' : null,
    compare: state.compare ? [state.compare.a, state.compare.b] : null,
    mode: state.compare ? state.compare.mode : null,
  };
  switch (selection.kind) {
    case 'none':
      return base;
    case 'sector':
      return { ...base, sector: selection.id };
    case 'action':
      return { ...base, sector: placements[selection.id]?.sectorId ?? null, action: selection.id };
    case 'commune':
      return { ...base, commune: selection.insee };
    case 'point':
      return { ...base, at: selection.lngLat };
  }
}

