// The one source of truth. Map and UI render from it; clicks become actions here; geometry
// questions are answered by src/geo and the answers kept here, not recomputed in components.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GeoData } from '../data/parse-geodata';
import { AXES, STATUSES, type Axis, type CommuneContours, type Status } from '../data/schemas';
import { indexCommunes, communeOf, type CommuneIndex, type CommuneRef } from '../geo/commune-of';
import { indexSectors, sectorOf, type SectorIndex } from '../geo/sector-of';
import { placeActions, type ActionPlacement } from '../geo/place-actions';
import type { Lang, MessageKey } from '../i18n';
import type { UrlState } from './url';

export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'sector'; readonly id: string }
  | { readonly kind: 'action'; readonly id: string }
  | { readonly kind: 'outside'; readonly lngLat: readonly [number, number]; readonly commune: CommuneRef | null };

export type ContoursState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly contours: CommuneContours; readonly index: CommuneIndex; readonly from: 'network' | 'cache' }
  | { readonly status: 'failed'; readonly message: string };

export const BASEMAPS = ['plan-ign', 'ortho', 'neutral'] as const;
export type BasemapId = (typeof BASEMAPS)[number];
export type BasemapState = { readonly choice: BasemapId; readonly failed: BasemapId | null };

export interface Notice {
  readonly id: string;
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
  readonly tone: 'info' | 'warning';
}

export interface AppState {
  readonly data: GeoData;
  readonly versionId: string;
  readonly selection: Selection;
  readonly axes: readonly Axis[];
  readonly statuses: readonly Status[];
  readonly contours: ContoursState;
  readonly basemap: BasemapState;
  readonly lang: Lang;
  readonly notices: readonly Notice[];
  /** Ids of notices the user dismissed, including those derived from contours and basemap state. */
  readonly dismissed: readonly string[];
  /** Where each action falls in the selected version (sector, commune), from src/geo. */
  readonly placements: Readonly<Record<string, ActionPlacement>>;

  selectVersion(id: string): void;
  selectSector(id: string): void;
  selectAction(id: string): void;
  /** A click on the map away from any action marker. */
  clickAt(lngLat: readonly [number, number]): void;
  clearSelection(): void;
  toggleAxis(axis: Axis): void;
  toggleStatus(status: Status): void;
  setContours(contours: ContoursState): void;
  chooseBasemap(id: BasemapId): void;
  basemapFailed(id: BasemapId): void;
  setLang(lang: Lang): void;
  notify(notice: Notice): void;
  dismissNotice(id: string): void;
  /** Restore version and selection from a shared link, reporting what the link named but does not exist. */
  applyUrl(url: UrlState): void;
}

export type AppStore = StoreApi<AppState>;

export function defaultVersionId(data: GeoData): string {
  return (data.versions.find((v) => v.etat === 'en-vigueur') ?? data.versions[data.versions.length - 1]!).id;
}

export function createAppStore(data: GeoData, options: { lang?: Lang } = {}): AppStore {
  const sectorIndexes = new Map<string, SectorIndex>();
  const sectorIndex = (versionId: string) => {
    let index = sectorIndexes.get(versionId);
    if (!index) sectorIndexes.set(versionId, (index = indexSectors(data.sectorsByVersion[versionId]!)));
    return index;
  };
  const communeIndex = (c: ContoursState) => (c.status === 'ready' ? c.index : null);
  const place = (versionId: string, contours: ContoursState) => placeActions(data.actions, sectorIndex(versionId), communeIndex(contours));
  const hasSector = (versionId: string, id: string) => data.sectorsByVersion[versionId]!.features.some((f) => f.properties.id === id);
  const hasAction = (id: string) => data.actions.features.some((f) => f.properties.id === id);
  const initialVersion = defaultVersionId(data);

  return createStore<AppState>()((set, get) => ({
    data,
    versionId: initialVersion,
    selection: { kind: 'none' },
    axes: [...AXES],
    statuses: [...STATUSES],
    contours: { status: 'loading' },
    basemap: { choice: 'plan-ign', failed: null },
    lang: options.lang ?? 'fr',
    notices: [],
    dismissed: [],
    placements: place(initialVersion, { status: 'loading' }),

    selectVersion(id) {
      if (!data.sectorsByVersion[id] || id === get().versionId) return;
      const { selection } = get();
      // A sector that the new version does not have cannot stay selected.
      const keep = selection.kind !== 'sector' || hasSector(id, selection.id);
      const nextSelection: Selection =
        selection.kind === 'outside' ? { ...selection } : keep ? selection : { kind: 'none' };
      set({ versionId: id, placements: place(id, get().contours), selection: nextSelection });
      if (selection.kind === 'outside') get().clickAt(selection.lngLat);
    },
    selectSector(id) {
      if (hasSector(get().versionId, id)) set({ selection: { kind: 'sector', id } });
    },
    selectAction(id) {
      if (hasAction(id)) set({ selection: { kind: 'action', id } });
    },
    clickAt(lngLat) {
      const point = { type: 'Point' as const, coordinates: [lngLat[0], lngLat[1]] };
      const sector = sectorOf(sectorIndex(get().versionId), point);
      if (sector) {
        set({ selection: { kind: 'sector', id: sector } });
        return;
      }
      const communes = communeIndex(get().contours);
      set({ selection: { kind: 'outside', lngLat, commune: communes ? communeOf(communes, point) : null } });
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
      const { selection } = get();
      if (selection.kind === 'outside') get().clickAt(selection.lngLat);
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
    notify(notice) {
      set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice], dismissed: get().dismissed.filter((d) => d !== notice.id) });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id), dismissed: [...get().dismissed.filter((d) => d !== id), id] });
    },
    applyUrl(url) {
      const s = get();
      let versionId = s.versionId;
      if (url.version) {
        if (data.sectorsByVersion[url.version]) versionId = url.version;
        else s.notify({ id: 'link', key: 'link.unknownVersion', params: { id: url.version }, tone: 'warning' });
      }
      let selection: Selection = { kind: 'none' };
      if (url.action) {
        if (hasAction(url.action)) selection = { kind: 'action', id: url.action };
        else s.notify({ id: 'link', key: 'link.unknownAction', params: { id: url.action }, tone: 'warning' });
      }
      if (selection.kind === 'none' && url.sector) {
        if (hasSector(versionId, url.sector)) selection = { kind: 'sector', id: url.sector };
        else s.notify({ id: 'link', key: 'link.unknownSector', params: { id: url.sector }, tone: 'warning' });
      }
      set({ versionId, selection, placements: place(versionId, get().contours) });
    },
  }));
}

/** What the URL says for the current state. The version is always written so that a shared link
 * keeps its meaning after a new version comes into force; an action's sector is computed. */
export function urlStateOf(state: AppState): UrlState {
  const { selection, versionId: version, placements } = state;
  switch (selection.kind) {
    case 'none':
    case 'outside':
      return { version, sector: null, action: null };
    case 'sector':
      return { version, sector: selection.id, action: null };
    case 'action':
      return { version, sector: placements[selection.id]?.sectorId ?? null, action: selection.id };
  }
}

export type { CommuneContours, CommuneRef };
export { indexCommunes };
