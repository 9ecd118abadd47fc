// Versions of the perimeter: which one is shown, the one in force, their order, their sectors,
// and where each action falls in the version shown (memoized: computed again only when the
// sectors or the commune contours change).
import { createSelector } from 'reselect';
import type { Lang } from '../i18n';
import { versionInForce, type GeoData } from '../data/geodata';
import type { SectorCollection, SectorFeature, VersionMeta } from '../data/schemas';
import { placeActions, type ActionPlacement } from '../geo/place-actions';
import { sectorIndexOf } from '../geo/sector-of';
import type { CommuneIndex } from '../geo/commune-of';
import type { AppState, SliceContext } from './app-state';
import type { VersionsSlice } from './shape/versions';
export type { VersionsSlice } from './shape/versions';

/** Oldest first; versions of the same date keep their order. */
const byDate = (versions: readonly VersionMeta[]): VersionMeta[] => [...versions].sort((a, b) => a.date.localeCompare(b.date));

/** Official versions (geodata/) then drafts, in that order. */
/** A version's words in the UI's language: its English forms in English where the data has them
 * (the French stays the reference: links, exports and checks use ids). */
export const versionInLang = (v: VersionMeta, lang: Lang): VersionMeta => (lang === 'en' && v.en ? { ...v, ...v.en } : v);

export const allVersions = createSelector(
  [(s: AppState) => s.data.versions, (s: AppState) => s.drafts, (s: AppState) => s.lang],
  (official, drafts, lang): readonly VersionMeta[] => [...official.map((v) => versionInLang(v, lang)), ...drafts.map((d) => d.meta)],
);

/** The timeline's order: official versions by date, then drafts. */
export const timelineVersions = createSelector(
  [(s: AppState) => s.data.versions, (s: AppState) => s.drafts, (s: AppState) => s.lang],
  (official, drafts, lang): readonly VersionMeta[] => [
    ...byDate(official.filter((v) => v.etat !== 'projet')).map((v) => versionInLang(v, lang)),
    ...official.filter((v) => v.etat === 'projet').map((v) => versionInLang(v, lang)),
    ...drafts.map((d) => d.meta),
  ],
);

export const versionById = (s: AppState, id: string): VersionMeta | undefined => allVersions(s).find((v) => v.id === id);

export const versionSectors = (s: Pick<AppState, 'data' | 'drafts'>, id: string): SectorCollection | undefined =>
  s.data.sectorsByVersion[id] ?? s.drafts.find((d) => d.meta.id === id)?.sectors;

export const hasVersion = (s: AppState, id: string): boolean => versionSectors(s, id) !== undefined;

export const hasSector = (s: AppState, versionId: string, sectorId: string): boolean => !!versionSectors(s, versionId)?.features.some((f) => f.properties.id === sectorId);

export const currentVersion = (s: AppState): VersionMeta => versionById(s, s.versionId)!;

const NO_SECTORS: readonly SectorFeature[] = [];
export const currentSectors = (s: AppState): readonly SectorFeature[] => versionSectors(s, s.versionId)?.features ?? NO_SECTORS;

export const sectorById = (s: AppState, id: string): SectorFeature | undefined => currentSectors(s).find((f) => f.properties.id === id);

/** The EPCI's communes, indexed on their official contours, able to place polygons once the
 * polygon operations are there; null until the contours have arrived. */
export const communeIndexOf = (s: Pick<AppState, 'contours' | 'polygonOps'>): CommuneIndex | null =>
  s.contours.status === 'ready' ? s.contours.index.withPolygonOps(s.polygonOps) : null;

/** Where each action falls in the version shown (sector, commune), from src/geo. */
export const placements = createSelector(
  [(s: AppState) => s.data.actions, currentSectors, communeIndexOf, (s: AppState) => s.polygonOps],
  (actions, sectors, communes, ops): Readonly<Record<string, ActionPlacement>> => placeActions(actions, sectorIndexOf(sectors).withPolygonOps(ops), communes),
);

/** Whether an action's area meets a sector's or a commune's outline in the version shown: only
 * the polygon operations can then say where most of it lies (main.tsx loads them then). */
export const placementsNeedPolygonOps = (s: AppState): boolean => {
  if (s.polygonOps) return false;
  const [sectors, communes] = [sectorIndexOf(currentSectors(s)), communeIndexOf(s)];
  return s.data.actions.features.some((a) => !sectors.placesExactly(a.geometry) || (communes !== null && !communes.placesExactly(a.geometry)));
};

/** Versions holding a sector id, oldest first. */
export const versionsWithSector = (data: GeoData, sectorId: string): VersionMeta[] =>
  byDate(data.versions).filter((v) => data.sectorsByVersion[v.id]?.features.some((f) => f.properties.id === sectorId));

/** The version that introduced a sector: the oldest one holding its id. */
export const introducedBy = (data: GeoData, sectorId: string): VersionMeta | undefined => versionsWithSector(data, sectorId)[0];

export const oldestVersion = (data: GeoData): VersionMeta | undefined => byDate(data.versions)[0];

export function createVersionsSlice({ set, get, data }: SliceContext): VersionsSlice {
  return {
    versionId: versionInForce(data).id,
    polygonOps: null,
    setPolygonOps: (polygonOps) => set({ polygonOps }),
    selectVersion(id) {
      const s = get();
      if (!hasVersion(s, id) || id === s.versionId) return;
      const keep = s.selection.kind !== 'sector' || hasSector(s, id, s.selection.id);
      set({ versionId: id, selection: keep ? s.selection : { kind: 'none' } });
    },
  };
}
