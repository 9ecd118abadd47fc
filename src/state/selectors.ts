// Derived views of the state, computed on read so nothing keeps a second copy of the truth.
import { bbox } from '@turf/turf';
import { labelPoint } from '../geo/label-point';
import type { ActionFeature, SectorFeature, VersionMeta } from '../data/schemas';
import type { GeoData } from '../data/parse-geodata';
import { allVersions, defaultVersionId, versionSectors, type AppState, type SortKey } from './store';
import { STATUSES } from '../data/schemas';
import { communeOf, type CommuneRef } from '../geo/commune-of';
import { actionsNear, answerAt, type PointAnswer } from '../geo/point-answer';
import { diffVersions, type VersionDiff } from '../geo/diff-versions';
import { diffToCsv } from '../geo/diff-csv';
import { validateSectors, type SectorProblem } from '../geo/validate-sectors';
import { exportVersion } from '../geo/export-version';

export const currentVersion = (s: AppState): VersionMeta => allVersions(s).find((v) => v.id === s.versionId)!;

export const currentSectors = (s: AppState): readonly SectorFeature[] => versionSectors(s, s.versionId)?.features ?? [];

export const sectorById = (s: AppState, id: string): SectorFeature | undefined =>
  currentSectors(s).find((f) => f.properties.id === id);

export const actionById = (s: AppState, id: string): ActionFeature | undefined =>
  s.data.actions.features.find((f) => f.properties.id === id);

export const isActionShown = (s: AppState, a: ActionFeature): boolean =>
  s.axes.includes(a.properties.axe) && s.statuses.includes(a.properties.statut);

export const shownActions = (s: AppState): ActionFeature[] => s.data.actions.features.filter((a) => isActionShown(s, a));

/** Actions inside a sector of the selected version, as computed by src/geo (not typed in data). */
export const actionsInSector = (s: AppState, sectorId: string): ActionFeature[] =>
  s.data.actions.features.filter((a) => s.placements[a.properties.id]?.sectorId === sectorId);

/** Versions holding a sector id, oldest first (the index lists them in date order). */
export function versionsWithSector(data: GeoData, sectorId: string): VersionMeta[] {
  return [...data.versions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((v) => data.sectorsByVersion[v.id]?.features.some((f) => f.properties.id === sectorId));
}

export const oldestVersionId = (s: AppState): string | undefined => [...s.data.versions].sort((a, b) => a.date.localeCompare(b.date))[0]?.id;

/** The version that introduced a sector: the oldest one holding its id. */
export const introducedBy = (data: GeoData, sectorId: string): VersionMeta | undefined => versionsWithSector(data, sectorId)[0];

/** Where an action's marker goes: the point itself, or a point inside its polygon. */
export const markerPoint = (a: ActionFeature): [number, number] => labelPoint(a.geometry);

/** Bounds of what is selected, for the map to bring it into view. */
export function selectionBounds(s: AppState): [number, number, number, number] | null {
  const { selection } = s;
  if (selection.kind === 'sector') {
    const sector = sectorById(s, selection.id);
    return sector ? (bbox(sector.geometry) as [number, number, number, number]) : null;
  }
  if (selection.kind === 'action') {
    const action = actionById(s, selection.id);
    if (!action) return null;
    const [x, y] = markerPoint(action);
    return [x, y, x, y];
  }
  if (selection.kind === 'point') {
    const [x, y] = selection.lngLat;
    return [x, y, x, y];
  }
  if (selection.kind === 'commune' && s.contours.status === 'ready') {
    const contour = s.contours.contours.features.find((f) => f.properties.code === selection.insee);
    return contour ? (bbox(contour.geometry) as [number, number, number, number]) : null;
  }
  return null;
}

export interface MapLabel {
  readonly text: string;
  readonly at: [number, number];
}

export const sectorLabels = (s: AppState): MapLabel[] => sectorLabelsOf(currentSectors(s));

/** Names from territory.json (current official names), positions from the contours. */
export function communeLabels(s: AppState): MapLabel[] {
  if (s.contours.status !== 'ready') return [];
  const contours = s.contours.contours.features;
  return s.data.territory.communes.flatMap((c) => {
    const contour = contours.find((f) => f.properties.code === c.insee);
    return contour ? [{ text: c.nom, at: labelPoint(contour.geometry) }] : [];
  });
}

/** A commune's current official name from territory.json (contour files may carry older short forms). */
export const communeName = (s: AppState, commune: { insee: string; nom: string }): string =>
  s.data.territory.communes.find((c) => c.insee === commune.insee)?.nom ?? commune.nom;

/** The commune at a place, on the official contours; null when unknown or outside the EPCI. */
export function communeAt(s: AppState, lngLat: readonly [number, number]): CommuneRef | null {
  return s.contours.status === 'ready' ? communeOf(s.contours.index, { type: 'Point', coordinates: [lngLat[0], lngLat[1]] }) : null;
}

export interface VersionAnswer {
  readonly version: VersionMeta;
  readonly answer: PointAnswer;
}

/** The answer for the version in force, and for the version shown when it is another one. */
export function pointAnswers(s: AppState, lngLat: readonly [number, number]): VersionAnswer[] {
  const inForce = defaultVersionId(s.data);
  const ids = s.versionId === inForce ? [inForce] : [s.versionId, inForce];
  return ids.map((id) => ({ version: allVersions(s).find((v) => v.id === id)!, answer: answerAt(lngLat, versionSectors(s, id)?.features ?? []) }));
}

export const nearbyActions = (s: AppState, lngLat: readonly [number, number]): { action: ActionFeature; distanceM: number }[] =>
  actionsNear(lngLat, s.data.actions.features).map((n) => ({ action: actionById(s, n.id)!, distanceM: n.distanceM }));

export const actionsInCommune = (s: AppState, insee: string): ActionFeature[] =>
  s.data.actions.features.filter((a) => s.placements[a.properties.id]?.commune?.insee === insee);

export const isOrtCommune = (s: AppState, insee: string): boolean => s.data.programme.communesOrt.includes(insee);

export const link = (s: AppState, id: 'contact' | 'denormandie' | 'renovation') => s.data.programme.liens.find((l) => l.id === id);

/** The actions shown by the filters, in the list view's order. Sorting compares the visible labels. */
export function sortedActions(s: AppState, label: (a: ActionFeature, key: SortKey) => string): ActionFeature[] {
  const { key, descending } = s.listSort;
  const order = key === 'statut' ? (a: ActionFeature) => String(STATUSES.indexOf(a.properties.statut)) : (a: ActionFeature) => label(a, key);
  const sorted = shownActions(s).sort((a, b) => order(a).localeCompare(order(b), 'fr', { sensitivity: 'base' }) || a.properties.titre.localeCompare(b.properties.titre, 'fr'));
  return descending ? sorted.reverse() : sorted;
}

export const sectorLabelsOf = (sectors: readonly SectorFeature[]): MapLabel[] => sectors.map((f) => ({ text: f.properties.nom, at: labelPoint(f.geometry) }));

/** The change report between two versions, computed once per pair of sector collections. */
const diffCache = new WeakMap<object, WeakMap<object, VersionDiff>>();
export function compareDiff(s: AppState, a: string, b: string): VersionDiff | null {
  const sa = versionSectors(s, a);
  const sb = versionSectors(s, b);
  if (!sa || !sb) return null;
  let inner = diffCache.get(sa);
  if (!inner) diffCache.set(sa, (inner = new WeakMap()));
  let diff = inner.get(sb);
  if (!diff) inner.set(sb, (diff = diffVersions(sa, sb, s.data.actions.features)));
  return diff;
}

/** Bounds holding the sectors of the given versions (the territory's centre when they are empty). */
export function versionBounds(s: AppState, ids: readonly string[]): [number, number, number, number] {
  const features = ids.flatMap((id) => versionSectors(s, id)?.features ?? []);
  if (features.length === 0) {
    const [x, y] = s.data.territory.center;
    return [x - 0.01, y - 0.01, x + 0.01, y + 0.01];
  }
  return bbox({ type: 'FeatureCollection', features }) as [number, number, number, number];
}

export function compareCsv(s: AppState, a: string, b: string): string | null {
  const diff = compareDiff(s, a, b);
  return diff ? diffToCsv(diff, a, b) : null;
}

/** Live validation of a draft, in French, before anything is exported. */
export function draftProblems(s: AppState, draftId: string): SectorProblem[] {
  const sectors = versionSectors(s, draftId);
  if (!sectors) return [];
  const communes = s.contours.status === 'ready' ? s.contours.index : null;
  return validateSectors(
    sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
    s.data.territory.bbox,
    communes,
  );
}

export const isDraft = (s: AppState, id: string) => s.drafts.some((d) => d.meta.id === id);

export function exportDraftGeoJson(s: AppState, id: string): string | null {
  const meta = allVersions(s).find((v) => v.id === id);
  const sectors = versionSectors(s, id);
  return meta && sectors ? exportVersion(meta, sectors) : null;
}
