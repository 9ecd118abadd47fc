// What only the map asks of the state: where markers and labels go, what to bring into view. Apart
// from selectors.ts so that their geometry (Turf's point-on-feature, bbox) loads with the map, not
// with the first screen.
import { createSelector } from 'reselect';
import type { ActionFeature } from '../data/schemas';
import { boundsOf } from '../geo/bounds';
import { labelPoint } from '../geo/label-point';
import { actionById, memberContours } from './selectors';
import { currentSectors, sectorById, versionSectors } from './versions';
import type { AppState } from './app-state';

/** Where an action's marker goes: the point itself, or a point inside its polygon. */
export const markerPoint = (a: ActionFeature): [number, number] => labelPoint(a.geometry);

/** Bounds of what is selected, for the map to bring it into view. */
export function selectionBounds(s: AppState): [number, number, number, number] | null {
  const { selection } = s;
  switch (selection.kind) {
    case 'sector': {
      const sector = sectorById(s, selection.id);
      return sector ? boundsOf([sector.geometry]) : null;
    }
    case 'action': {
      const action = actionById(s, selection.id);
      if (!action) return null;
      const [x, y] = markerPoint(action);
      return [x, y, x, y];
    }
    case 'point':
      // Framed with its nearest sector when outside: pointFrame (point-answers.ts, loaded with the card).
      return null;
    case 'commune': {
      const contour = s.contours.status === 'ready' ? s.contours.contours.features.find((f) => f.properties.code === selection.insee) : undefined;
      return contour ? boundsOf([contour.geometry]) : null;
    }
    case 'none':
      return null;
  }
}

/** Bounds of the EPCI: its communes' official contours, else the territory's box. */
export function territoryBounds(s: AppState): [number, number, number, number] {
  const features = memberContours(s) ?? [];
  return boundsOf(features.map((f) => f.geometry)) ?? [...s.data.territory.bbox];
}

export interface MapLabel {
  readonly text: string;
  readonly at: [number, number];
}

export const sectorLabelsOf = (sectors: readonly { properties: { nom: string }; geometry: Parameters<typeof labelPoint>[0] }[]): MapLabel[] =>
  sectors.map((f) => ({ text: f.properties.nom, at: labelPoint(f.geometry) }));

export const sectorLabels = createSelector([currentSectors], (sectors): readonly MapLabel[] => sectorLabelsOf(sectors));

/** Names from territory.json (current official names), positions from the contours. */
export const communeLabels = createSelector([(s: AppState) => s.data.territory.communes, (s: AppState) => s.contours], (communes, contours): readonly MapLabel[] => {
  if (contours.status !== 'ready') return [];
  return communes.flatMap((c) => {
    const contour = contours.contours.features.find((f) => f.properties.code === c.insee);
    return contour ? [{ text: c.nom, at: labelPoint(contour.geometry) }] : [];
  });
});

/** Bounds holding the sectors of the given versions (around the territory's centre when they are empty). */
export function versionBounds(s: AppState, ids: readonly string[]): [number, number, number, number] {
  const bounds = boundsOf(ids.flatMap((id) => versionSectors(s, id)?.features.map((f) => f.geometry) ?? []));
  if (bounds) return bounds;
  const [x, y] = s.data.territory.center;
  return [x - 0.01, y - 0.01, x + 0.01, y + 0.01];
}
